import { startOf } from '../../src/course/quizChecks';
import type { QuizItem, RunIt } from '../../src/course/types';
import { isAwsError, type Simulation } from '../../src/engine/index';
import { runSteps } from '../../src/course/steps';
import { alarmOn5xx, CANARY_10, deploy } from './solution';
import scenario, { peakTasks } from './scenario';

const TAGS = {
  exams: ['DVA-C02', 'DOP-C02', 'SAA-C03'] as const,
  tasks: ['DVA-3.4', 'DOP-1.4', 'SAA-2.2'] as const,
};

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

/** "Run it": the alarm, then web:2 under `deploymentConfiguration`; look at the shifts and the rollback. */
const shipBuggy = (deploymentConfiguration: Record<string, unknown>): RunIt => ({
  steps: [alarmOn5xx(), deploy({ taskDefinition: 'web:2', deploymentConfiguration })],
  advance: 900,
  look: 'the service events: the lifecycle stages, the production share web:2 reached, and whether the alarm rolled it back',
});

const ALL_AT_ONCE = { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5, alarms: CANARY_10.alarms };

const peakShare = (sim: Simulation) =>
  Math.max(0, ...sim.events.flatMap((e) => (e.type === 'TrafficShifted' ? [e.productionPercent] : [])));

export default [
  {
    id: 'canary-first-ten',
    kind: 'single',
    prompt:
      'A team ships a new web revision on ECS behind an ALB. They want 10 % of production requests on it for ' +
      'five minutes, then the rest, and an automatic return to the old revision if 5xx errors rise. Which ' +
      'configuration meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'canary',
        text: 'ECS controller, strategy CANARY (canaryPercent 10, canaryBakeTimeInMinutes 5), a 5xx alarm in alarms with rollback',
        explanation:
          'Right: the listener weights send 10 % to green, the alarm sends everything back to blue, and no extra service is involved.',
        runIt: shipBuggy(CANARY_10),
      },
      {
        id: 'rolling',
        text: 'ROLLING with minimumHealthyPercent 90 and maximumPercent 110',
        explanation:
          'Rolling shares traffic by task count and replaces every task; there is no traffic percentage and no weighted rollback.',
        runIt: shipBuggy({ strategy: 'ROLLING', minimumHealthyPercent: 90, maximumPercent: 110 }),
      },
      {
        id: 'all-at-once',
        text: 'strategy BLUE_GREEN with bakeTimeInMinutes 5 and the same alarm',
        explanation:
          'Blue/green moves 100 % at once: every customer meets the new revision before the alarm can react.',
        runIt: shipBuggy(ALL_AT_ONCE),
      },
      {
        id: 'two-services',
        text: 'A second ECS service for the new revision and a Route 53 weighted record, adjusted by hand',
        explanation:
          'It can work, but someone must move the weights and roll back by hand: far more overhead.',
      },
    ],
    correct: ['canary'],
    tags: { concepts: ['canary', 'listener weights'], ...TAGS, misconceptions: ['M15'], facts: ['F61'] },
    engineCheck(newSim) {
      const canary = world(newSim);
      runSteps(canary, shipBuggy(CANARY_10).steps);
      canary.advance(900);
      const all = world(newSim);
      runSteps(all, shipBuggy(ALL_AT_ONCE).steps);
      all.advance(900);
      return peakShare(canary) === 10 && peakShare(all) === 100;
    },
  },
  {
    id: 'rolling-ten-percent',
    kind: 'single',
    prompt:
      'A service runs 4 tasks with a rolling update (100 / 200 %). A developer says the first minute of a ' +
      'deployment only exposes 10 % of users to the new code. Which statement is MOST accurate?',
    options: [
      {
        id: 'no-count',
        text: 'No: traffic splits by healthy task count, so once new tasks pass health checks they take about half',
        explanation: 'Right: with 4 old and 4 new healthy tasks, the ALB spreads requests evenly over all 8.',
      },
      {
        id: 'yes',
        text: 'Yes: ECS sends 10 % of requests to new tasks until the deployment completes',
        explanation:
          'A rolling update has no traffic percentage; weights exist only with blue/green, linear or canary.',
      },
      {
        id: 'zero',
        text: 'No: new tasks take no traffic until every old task has stopped',
        explanation: 'New tasks join the target group as soon as they are healthy, beside the old ones.',
      },
    ],
    correct: ['no-count'],
    tags: { concepts: ['rolling update', 'canary'], ...TAGS, misconceptions: ['M15'] },
  },
  {
    id: 'task-count-bake',
    kind: 'single',
    prompt:
      'A service with desiredCount 4 uses ECS-native blue/green with a 30-minute bake time. How many tasks does it ' +
      'run during the bake, and afterwards?',
    options: [
      {
        id: '8-4',
        text: '8 during the bake, 4 afterwards',
        explanation: 'Right: green runs at full size beside blue until the bake ends.',
      },
      {
        id: '4-4',
        text: '4 all the time',
        explanation: 'Green starts at the full desired count before traffic moves.',
      },
      {
        id: '8-8',
        text: '8 for as long as the service exists',
        explanation: 'Blue is scaled down after the bake: the doubling is temporary.',
      },
    ],
    correct: ['8-4'],
    tags: { concepts: ['bake time', 'blue/green'], ...TAGS, misconceptions: ['M16'] },
    engineCheck(newSim) {
      const sim = world(newSim);
      const from = sim.now;
      runSteps(sim, [alarmOn5xx(), deploy({ taskDefinition: 'web:3', deploymentConfiguration: CANARY_10 })]);
      sim.advance(1500);
      const live = Object.values(sim.state.ecs.tasks).filter(
        (t) => t.group === 'service:web' && t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
      ).length;
      return peakTasks(sim, from) === 8 && live === 4;
    },
  },
  {
    id: 'needs-codedeploy',
    kind: 'single',
    prompt:
      'A company wants blue/green deployments with a test listener for an ECS service behind an ALB and is told it must ' +
      'adopt CodeDeploy. Which statement is MOST accurate today?',
    options: [
      {
        id: 'native',
        text: 'The ECS controller itself offers BLUE_GREEN, LINEAR and CANARY; CodeDeploy (CODE_DEPLOY controller) remains an option',
        explanation:
          'Right: since 2025 ECS shifts traffic itself with bake time, alarms and hooks. Exam questions written earlier expect CodeDeploy with an AppSpec.',
      },
      {
        id: 'only-cd',
        text: 'Only CodeDeploy can run blue/green for ECS',
        explanation: 'That was true before ECS-native blue/green.',
      },
      {
        id: 'pipeline',
        text: 'Only CodePipeline can run blue/green for ECS',
        explanation: 'CodePipeline orchestrates; it does not shift traffic itself.',
      },
    ],
    correct: ['native'],
    tags: {
      concepts: ['CODE_DEPLOY', 'blue/green'],
      ...TAGS,
      misconceptions: ['M16'],
      facts: ['F59', 'F61'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      try {
        sim.call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          deploymentController: { type: 'CODE_DEPLOY' },
        });
        return false;
      } catch (e) {
        return isAwsError(e) && e.message.includes('BLUE_GREEN');
      }
    },
  },
  {
    id: 'codedeploy-config',
    kind: 'single',
    prompt:
      'A service uses the CODE_DEPLOY controller. The team wants 10 % of traffic on the new task set, then the rest ' +
      'after 5 minutes. Which deployment configuration do they choose?',
    options: [
      {
        id: 'canary',
        text: 'CodeDeployDefault.ECSCanary10Percent5Minutes',
        explanation: 'Right: two steps, 10 % then 90 % after 5 minutes.',
      },
      {
        id: 'linear',
        text: 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
        explanation: 'That moves 10 % every minute: ten equal steps.',
      },
      { id: 'all', text: 'CodeDeployDefault.ECSAllAtOnce', explanation: 'Everything moves in one step.' },
    ],
    correct: ['canary'],
    tags: {
      concepts: ['CodeDeploy', 'AppSpec'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-3.4', 'DOP-1.4'],
      facts: ['F60'],
    },
  },
  {
    id: 'two-alb-pieces',
    kind: 'multiple',
    prompt:
      'An ECS service behind an ALB will use the ECS blue/green strategy with a test listener. Which TWO resources must ' +
      'exist besides the service’s current target group?',
    options: [
      {
        id: 'alt-tg',
        text: 'A second (alternate) target group for green',
        explanation: 'Right: green registers there while blue keeps its own.',
      },
      {
        id: 'prod-rule',
        text: 'A production listener (rule) that ECS can reweight',
        explanation: 'Right: traffic moves by its forward weights.',
      },
      {
        id: 'second-alb',
        text: 'A second ALB for green',
        explanation: 'One ALB is enough: the weights sit on one listener rule.',
      },
      {
        id: 'second-cluster',
        text: 'A second ECS cluster',
        explanation: 'Blue and green are two deployments of the same service.',
      },
    ],
    correct: ['alt-tg', 'prod-rule'],
    tags: { concepts: ['advancedConfiguration', 'alternate target group'], ...TAGS, facts: ['F59', 'F61'] },
    engineCheck(newSim) {
      const sim = world(newSim);
      try {
        sim.call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 },
        });
        return false;
      } catch (e) {
        return isAwsError(e) && e.message.includes('alternateTargetGroupArn');
      }
    },
  },
  {
    id: 'rollback-how',
    kind: 'single',
    prompt:
      'During the bake time of an ECS canary deployment, the 5xx alarm listed in deploymentConfiguration.alarms goes ' +
      'into ALARM. Customers must be back on the old revision as quickly as possible. Which statement MOST accurately ' +
      'describes what ECS does?',
    options: [
      {
        id: 'weights',
        text: 'Blue is still running, so ECS only moves the listener weights back to blue',
        explanation: 'Right: no task has to start; green is scaled down afterwards.',
      },
      {
        id: 'breaker',
        text: 'The deployment circuit breaker restarts blue tasks',
        explanation: 'The circuit breaker belongs to rolling updates; here alarms (or hooks) roll back.',
      },
      {
        id: 'redeploy',
        text: 'ECS starts a new deployment of the previous revision',
        explanation: 'That is what a rolling rollback does; blue/green keeps blue until the bake ends.',
      },
    ],
    correct: ['weights'],
    tags: { concepts: ['rollback', 'bake time', 'alarms'], ...TAGS, misconceptions: ['M17'], facts: ['F62'] },
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, shipBuggy(CANARY_10).steps);
      sim.advance(900);
      return sim.events.some(
        (e) => e.type === 'TrafficShifted' && e.rollbackReason?.includes('web-5xx') === true,
      );
    },
  },
] satisfies ReadonlyArray<QuizItem>;
