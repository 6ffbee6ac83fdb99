import { startOf } from '../../src/course/quizChecks';
import { call, wait } from '../../src/course/steps';
import type { QuizItem, RunIt, Step } from '../../src/course/types';
import {
  circuitBreakerThreshold,
  deploymentBounds,
  type InputOf,
  type Simulation,
} from '../../src/engine/index';
import { countsBetween, revisionName, serviceTasks, webService } from './rollout';
import scenario from './scenario';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

type Update = Omit<InputOf<'ecs', 'UpdateService'>, 'service' | 'cluster'>;
const update = (sim: Simulation, input: Update) =>
  sim.call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', ...input });

/** The primary deployment of web, and the revisions its live tasks run. */
function now(sim: Simulation) {
  const primary = webService(sim)!.deployments[0]!;
  const live = serviceTasks(sim).filter((t) => t.desiredStatus === 'RUNNING');
  return { primary, revisions: new Set(live.map((t) => revisionName(t.taskDefinitionArn))), live };
}

const BREAKER_ROLLBACK = { deploymentCircuitBreaker: { enable: true, rollback: true } };

type Percents = { minimumHealthyPercent: number; maximumPercent: number };

/**
 * "Run it" for keep-two-of-three: web shrinks to 3 tasks, two standalone web:1 tasks take the two freed slots so
 * the cluster is full, then web:2 ships under `percents`.
 */
const fullClusterRollout = (percents: Percents): RunIt => ({
  steps: [
    call(
      'ecs',
      'UpdateService',
      { cluster: 'shop', service: 'web', desiredCount: 3 },
      'Scale web to 3 tasks',
    ),
    wait(300),
    call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'web:1', count: 2 }, 'Fill the two free slots'),
    wait(60),
    call('ecs', 'UpdateService', {
      cluster: 'shop',
      service: 'web',
      taskDefinition: 'web:2',
      deploymentConfiguration: percents,
    }),
  ],
  advance: 600,
  look: 'the service’s deployment (COMPLETED or stuck), its events, and the fewest tasks RUNNING on the timeline',
});

/** "Run it" for never-below-four: web:2 rolled out on the lesson's cluster (room for 5) under `percents`. */
const rollout = (percents: Percents): RunIt => ({
  steps: [
    call('ecs', 'UpdateService', {
      cluster: 'shop',
      service: 'web',
      taskDefinition: 'web:2',
      deploymentConfiguration: percents,
    }),
  ],
  advance: 900,
  look: 'the timeline: the fewest tasks RUNNING during the rollout, and whether it COMPLETED',
});

/** "Run it" for a rollout of the crashing web:3 with `deploymentConfiguration`. */
const crashingRollout = (
  deploymentConfiguration: InputOf<'ecs', 'UpdateService'>['deploymentConfiguration'],
): RunIt => ({
  steps: [
    call('ecs', 'UpdateService', {
      cluster: 'shop',
      service: 'web',
      taskDefinition: 'web:3',
      deploymentConfiguration,
    }),
  ],
  advance: 600,
  look: 'the service’s deployments: whether the web:3 deployment FAILED and which revision the tasks run afterwards',
});

/** Stops one of web's tasks that is still wanted (the one a learner would click first). */
const stopOneWebTask: Step = call(
  'ecs',
  'StopTask',
  (sim) => ({ cluster: 'shop', task: now(sim).live[0]!.taskArn, reason: 'Stopped by hand' }),
  'Stop a web task',
);

export default [
  {
    id: 'keep-two-of-three',
    kind: 'single',
    prompt:
      'A service runs 3 tasks on an EC2 cluster with no spare capacity. During deployments at least 2 tasks ' +
      'must keep serving. Which deployment configuration is MOST appropriate?',
    options: [
      {
        id: '50-100',
        text: 'minimumHealthyPercent 50, maximumPercent 100',
        explanation:
          'Right. ceil(3 × 0.5) = 2 must stay healthy and floor(3 × 1.0) = 3 may run: ECS stops one old task, ' +
          'starts a new one in its place, and repeats. No extra capacity is needed.',
        runIt: fullClusterRollout({ minimumHealthyPercent: 50, maximumPercent: 100 }),
      },
      {
        id: '100-200',
        text: 'minimumHealthyPercent 100, maximumPercent 200 (the defaults)',
        explanation:
          'No old task may stop before a new one is healthy, and no new one fits on a full cluster: the ' +
          'deployment stalls.',
        runIt: fullClusterRollout({ minimumHealthyPercent: 100, maximumPercent: 200 }),
      },
      {
        id: '30-100',
        text: 'minimumHealthyPercent 30, maximumPercent 100',
        explanation: 'ceil(3 × 0.3) = ceil(0.9) = 1: ECS may take the service down to a single task.',
        runIt: fullClusterRollout({ minimumHealthyPercent: 30, maximumPercent: 100 }),
      },
      {
        id: '100-100',
        text: 'minimumHealthyPercent 100, maximumPercent 100',
        explanation:
          'Both bounds are 3: ECS may neither stop nor start a task, and the deployment never moves.',
        runIt: fullClusterRollout({ minimumHealthyPercent: 100, maximumPercent: 100 }),
      },
    ],
    correct: ['50-100'],
    tags: {
      concepts: ['minimumHealthyPercent', 'maximumPercent'],
      exams: ['DVA-C02', 'DOP-C02', 'SOA-C03'],
      tasks: ['DVA-3.4', 'DOP-1.4', 'SOA-3.1'],
      misconceptions: ['M9', 'M10'],
      facts: ['F54', 'F55', 'F56'],
    },
    engineCheck(newSim) {
      const bounds = (min: number, max: number) => deploymentBounds(3, min, max);
      const sim = world(newSim);
      update(sim, { desiredCount: 3 });
      sim.advance(300);
      const from = sim.now;
      update(sim, {
        taskDefinition: 'web:2',
        deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 100 },
      });
      sim.advance(600);
      const { fewestRunning, mostLive } = countsBetween(sim, from, sim.now);
      const after = now(sim);
      return (
        bounds(50, 100).lower === 2 &&
        bounds(30, 100).lower === 1 &&
        bounds(100, 100).lower === bounds(100, 100).upper &&
        fewestRunning === 2 &&
        mostLive === 3 &&
        after.primary.rolloutState === 'COMPLETED' &&
        after.revisions.size === 1 &&
        after.revisions.has('web:2')
      );
    },
  },
  {
    id: 'breaker-threshold',
    kind: 'single',
    prompt:
      'A service with a desired count of 40 has the deployment circuit breaker on with its default threshold. ' +
      'A new revision crashes on start. After how many failed tasks in a row does the deployment fail?',
    options: [
      {
        id: '20',
        text: '20',
        explanation: 'Right: half the desired count, rounded up, kept between 3 and 200.',
      },
      {
        id: '3',
        text: '3',
        explanation: '3 is only the floor; it applies to services of up to 6 tasks.',
      },
      {
        id: '10',
        text: '10',
        explanation: 'Older documentation gave 10 as the floor; the threshold here is 0.5 × 40 = 20 anyway.',
      },
      {
        id: '200',
        text: '200',
        explanation: '200 is the ceiling, reached only by services of 400 tasks or more.',
      },
    ],
    correct: ['20'],
    tags: {
      concepts: ['deployment circuit breaker'],
      exams: ['DOP-C02', 'DVA-C02'],
      tasks: ['DOP-1.4', 'DVA-3.4'],
      facts: ['F57'],
    },
    engineCheck: () =>
      circuitBreakerThreshold(40) === 20 &&
      circuitBreakerThreshold(4) === 3 &&
      circuitBreakerThreshold(1) === 3 &&
      circuitBreakerThreshold(25) === 13 &&
      circuitBreakerThreshold(800) === 200,
  },
  {
    id: 'auto-rollback',
    kind: 'single',
    prompt:
      'An ECS service uses rolling updates. Last week a bad image crashed on start and ECS kept launching ' +
      'replacement tasks until someone noticed. Failed deployments must now stop and return to the last working ' +
      'version automatically. Which solution meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'breaker',
        text: 'Turn on the deployment circuit breaker with rollback in the deployment configuration.',
        explanation:
          'Right. ECS counts the failed tasks, marks the deployment FAILED at the threshold and deploys the last ' +
          'COMPLETED configuration again, with nothing to build or run.',
        runIt: crashingRollout(BREAKER_ROLLBACK),
      },
      {
        id: 'lambda',
        text: 'An EventBridge rule on the service events that invokes a Lambda function to update the service to the previous revision.',
        explanation:
          'It can work, but it is code to write and keep; the circuit breaker does the same job built in.',
      },
      {
        id: 'min100',
        text: 'Set minimumHealthyPercent to 100 so the old tasks keep running.',
        explanation:
          'The old tasks do keep serving, but the deployment never fails nor rolls back: ECS keeps retrying.',
        runIt: crashingRollout({ minimumHealthyPercent: 100 }),
      },
      {
        id: 'codedeploy',
        text: 'Move the service to CodeDeploy blue/green deployments.',
        explanation:
          'Blue/green can roll back on alarms, but it means two target groups, listeners and a new deployment ' +
          'controller: far more change than one setting.',
      },
    ],
    correct: ['breaker'],
    tags: {
      concepts: ['deployment circuit breaker', 'rollback'],
      exams: ['DOP-C02', 'DVA-C02', 'SOA-C03'],
      tasks: ['DOP-1.4', 'DVA-3.4', 'SOA-3.1'],
      misconceptions: ['M17'],
      facts: ['F57', 'F62'],
    },
    engineCheck(newSim) {
      const guarded = world(newSim);
      update(guarded, { taskDefinition: 'web:3', deploymentConfiguration: BREAKER_ROLLBACK });
      guarded.advance(600);
      const bare = world(newSim);
      update(bare, { taskDefinition: 'web:3' });
      bare.advance(600);
      const g = now(guarded);
      const b = now(bare);
      return (
        g.primary.rolloutState === 'COMPLETED' &&
        revisionName(g.primary.taskDefinition) === 'web:1' &&
        b.primary.rolloutState === 'IN_PROGRESS' &&
        revisionName(b.primary.taskDefinition) === 'web:3'
      );
    },
  },
  {
    id: 'full-cluster',
    kind: 'single',
    prompt:
      'A service of 5 tasks fills its EC2 cluster completely and keeps the default 100/200 deployment ' +
      'configuration. A new revision is deployed. What happens?',
    options: [
      {
        id: 'stalls',
        text: 'Nothing moves: no new task fits, and no old task may stop first. It waits for capacity.',
        explanation:
          'Right. 100 % keeps all 5 old tasks until new ones are healthy, and no new one can be placed. Lower ' +
          'minimumHealthyPercent or add capacity.',
      },
      {
        id: 'stops-first',
        text: 'ECS stops old tasks to make room, then starts the new ones.',
        explanation:
          'Only if minimumHealthyPercent allows it; at 100 % no healthy task may go before its replacement is healthy.',
      },
      {
        id: 'scales',
        text: 'ECS launches EC2 instances for the extra tasks.',
        explanation:
          'A deployment never adds instances. A capacity provider with managed scaling could, but there is none here.',
      },
      {
        id: 'rolls-back',
        text: 'The deployment fails and rolls back at once.',
        explanation:
          'Unplaced tasks never started, so the circuit breaker has nothing to count; the deployment waits.',
      },
    ],
    correct: ['stalls'],
    tags: {
      concepts: ['maximumPercent', 'rolling update'],
      exams: ['DVA-C02', 'DOP-C02', 'SOA-C03'],
      tasks: ['DVA-3.4', 'DOP-1.4', 'SOA-3.1'],
      misconceptions: ['M9'],
      facts: ['F56'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      update(sim, { desiredCount: 5 });
      sim.advance(300);
      update(sim, { taskDefinition: 'web:2' });
      sim.advance(600);
      const { primary, live } = now(sim);
      const running = live.filter((t) => t.lastStatus === 'RUNNING');
      return (
        primary.rolloutState === 'IN_PROGRESS' &&
        running.length === 5 &&
        running.every((t) => revisionName(t.taskDefinitionArn) === 'web:1')
      );
    },
  },
  {
    id: 'same-tag',
    kind: 'single',
    prompt:
      'A service runs app:7, whose image is tagged :latest. A fixed image was pushed under the same tag. ' +
      'Which action puts the running tasks on the new image with the LEAST effort?',
    options: [
      {
        id: 'force',
        text: 'Update the service with force new deployment.',
        explanation:
          'Right. A new deployment of app:7 replaces every task within the bounds, and each new task pulls :latest again.',
        runIt: {
          steps: [
            call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', forceNewDeployment: true }),
          ],
          advance: 600,
          look: 'the timeline: new tasks replace the old ones while 4 keep running',
        },
      },
      {
        id: 'register',
        text: 'Register app:8 with the same content and update the service to it.',
        explanation:
          'It works, but adds a revision that changes nothing; force new deployment does it in one step.',
      },
      {
        id: 'nothing',
        text: 'Nothing: ECS notices the new digest and restarts the tasks.',
        explanation: 'ECS does not watch tags. Running tasks keep the image they pulled.',
      },
      {
        id: 'stop-all',
        text: 'Stop all the tasks at once so the service starts new ones.',
        explanation: 'The service does replace them, but all at once: the app is down until they start.',
        runIt: {
          steps: [stopOneWebTask, stopOneWebTask, stopOneWebTask, stopOneWebTask],
          advance: 600,
          look: 'the timeline: the service has no task RUNNING until the replacements start',
        },
      },
    ],
    correct: ['force'],
    tags: {
      concepts: ['force new deployment'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-3.4', 'DOP-1.4'],
      facts: ['F58'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      const before = new Set(now(sim).live.map((t) => t.taskArn));
      const old = now(sim).primary.id;
      update(sim, { forceNewDeployment: true });
      sim.advance(600);
      const after = now(sim);
      return (
        after.primary.id !== old &&
        after.primary.rolloutState === 'COMPLETED' &&
        after.live.length === 4 &&
        after.live.every((t) => !before.has(t.taskArn)) &&
        after.revisions.size === 1 &&
        after.revisions.has('web:1')
      );
    },
  },
  {
    id: 'max-rounds-down',
    kind: 'single',
    prompt:
      'A service runs 3 tasks with minimumHealthyPercent 100 and maximumPercent 125, on a cluster with room to ' +
      'spare. What does a deployment of a new revision do?',
    options: [
      {
        id: 'stuck',
        text: 'It never starts: 3 must stay healthy and at most 3 may run, so no task can be stopped or added.',
        explanation:
          'Right. floor(3 × 1.25) = floor(3.75) = 3. ECS logs that it was unable to stop or start tasks because of ' +
          'the deployment configuration.',
      },
      {
        id: 'one-extra',
        text: 'It starts 1 extra task at a time (3.75 rounds up to 4).',
        explanation: 'The maximum rounds down, never up: 3.75 gives 3.',
      },
      {
        id: 'ignores',
        text: 'ECS ignores the bounds when they block it and replaces the tasks one by one.',
        explanation: 'The bounds are never bent; the deployment waits for you to change them.',
      },
    ],
    correct: ['stuck'],
    tags: {
      concepts: ['maximumPercent', 'rounding'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-3.4', 'DOP-1.4'],
      misconceptions: ['M10'],
      facts: ['F54'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      update(sim, { desiredCount: 3 });
      sim.advance(300);
      update(sim, {
        taskDefinition: 'web:2',
        deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 125 },
      });
      sim.advance(300);
      const events = webService(sim)!.events.map((e) => e.message);
      return (
        deploymentBounds(3, 100, 125).upper === 3 &&
        events.some((m) => m.includes('was unable to stop or start tasks during a deployment')) &&
        [...now(sim).revisions].join() === 'web:1'
      );
    },
  },
  {
    id: 'rollback-target',
    kind: 'single',
    prompt:
      'A service last completed a deployment of app:5. app:6 was registered but never deployed. app:7 is ' +
      'deployed with the circuit breaker and rollback on, and its tasks crash. What does the service run afterwards?',
    options: [
      {
        id: 'app5',
        text: 'app:5, the last deployment that COMPLETED',
        explanation: 'Right: a rollback returns to the last deployment that reached COMPLETED.',
      },
      {
        id: 'app6',
        text: 'app:6, the revision before app:7',
        explanation: 'Revision numbers do not matter; app:6 never ran in this service.',
      },
      {
        id: 'app7',
        text: 'app:7 with no tasks: the deployment is FAILED and rollback waits for you',
        explanation:
          'That is the breaker without rollback. With rollback on, ECS starts the rollback itself.',
      },
    ],
    correct: ['app5'],
    tags: {
      concepts: ['rollback', 'deployment circuit breaker'],
      exams: ['DOP-C02', 'DVA-C02'],
      tasks: ['DOP-1.4', 'DVA-3.4'],
      misconceptions: ['M17'],
      facts: ['F57'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      const completed = now(sim).primary.id;
      update(sim, { taskDefinition: 'web:3', deploymentConfiguration: BREAKER_ROLLBACK });
      let reason = '';
      for (let s = 0; s < 600 && !reason.includes('rolling back'); s += 1) {
        sim.advance(1);
        reason = now(sim).primary.rolloutStateReason;
      }
      sim.advance(300);
      return (
        reason === `ECS deployment circuit breaker: rolling back to deploymentId ${completed}.` &&
        [...now(sim).revisions].join() === 'web:1'
      );
    },
  },
  {
    id: 'healthy-after-40s',
    kind: 'single',
    prompt:
      'A service has no load balancer and its task definition has no container health check. When does a new ' +
      'task count toward minimumHealthyPercent?',
    options: [
      {
        id: '40s',
        text: 'Once it has been RUNNING for 40 seconds.',
        explanation:
          'Right: with no health signal at all, ECS waits 40 s of RUNNING before trusting the task.',
      },
      {
        id: 'running',
        text: 'As soon as it is RUNNING.',
        explanation: 'ECS gives it 40 s first, so a task that crashes right after starting does not count.',
      },
      {
        id: 'never',
        text: 'Never: without a health check ECS cannot replace old tasks.',
        explanation: 'Deployments work without health checks; the 40 s rule stands in for one.',
      },
    ],
    correct: ['40s'],
    tags: {
      concepts: ['rolling update', 'health check'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-3.4', 'DOP-1.4'],
      facts: ['F54'],
    },
    engineCheck(newSim) {
      // at 100/125 ECS starts one new task and stops an old one only when the new one is healthy
      const sim = world(newSim);
      update(sim, {
        taskDefinition: 'web:2',
        deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 125 },
      });
      sim.advance(120);
      const tasks = serviceTasks(sim);
      const firstNew = Math.min(
        ...tasks
          .filter((t) => revisionName(t.taskDefinitionArn) === 'web:2')
          .map((t) => t.startedAt ?? Infinity),
      );
      const firstStop = Math.min(
        ...tasks
          .filter((t) => revisionName(t.taskDefinitionArn) === 'web:1')
          .map((t) => t.stoppingAt ?? Infinity),
      );
      return Math.abs(firstStop - firstNew - 40) < 1;
    },
  },
  {
    id: 'never-below-four',
    kind: 'single',
    prompt:
      'The service web runs 4 tasks on an EC2 cluster that has room for exactly one more task. Product owners ' +
      'require 4 tasks serving at every moment of a deployment, and the team does not want to add instances. ' +
      'Which deployment approach meets these requirements with the LEAST cost?',
    options: [
      {
        id: '100-125',
        text: 'Rolling update with minimumHealthyPercent 100 and maximumPercent 125',
        explanation:
          'Right: ceil(4 × 1.0) = 4 must stay healthy and floor(4 × 1.25) = 5 may run, so ECS starts one new ' +
          'task in the spare slot, stops an old one once it is healthy, and repeats.',
        runIt: rollout({ minimumHealthyPercent: 100, maximumPercent: 125 }),
      },
      {
        id: '75-125',
        text: 'Rolling update with minimumHealthyPercent 75 and maximumPercent 125',
        explanation:
          'ceil(4 × 0.75) = 3: ECS may stop an old task before its replacement is healthy, so the service dips ' +
          'to 3.',
        runIt: rollout({ minimumHealthyPercent: 75, maximumPercent: 125 }),
      },
      {
        id: '100-100',
        text: 'Rolling update with minimumHealthyPercent 100 and maximumPercent 100',
        explanation:
          'Both bounds are 4: ECS may neither stop an old task nor start a new one, and the deployment never moves.',
        runIt: rollout({ minimumHealthyPercent: 100, maximumPercent: 100 }),
      },
      {
        id: 'codedeploy',
        text: 'AWS CodeDeploy blue/green deployment with all traffic shifted at once',
        explanation:
          'It keeps 4 tasks serving, but it starts a full green set of 4 tasks beside the blue one: room for 4 ' +
          'more tasks, which means more instances.',
      },
    ],
    correct: ['100-125'],
    tags: {
      concepts: ['minimumHealthyPercent', 'maximumPercent', 'blue/green deployment'],
      exams: ['DVA-C02', 'DOP-C02', 'SOA-C03'],
      tasks: ['DVA-3.4', 'DOP-1.4', 'SOA-3.1'],
      misconceptions: ['M9', 'M10'],
      facts: ['F54', 'F55', 'F56'],
    },
    engineCheck(newSim) {
      const lowest = (percents: Percents) => {
        const sim = world(newSim);
        const from = sim.now;
        update(sim, { taskDefinition: 'web:2', deploymentConfiguration: percents });
        sim.advance(900);
        return { fewest: countsBetween(sim, from, sim.now).fewestRunning, ...now(sim) };
      };
      const kept = lowest({ minimumHealthyPercent: 100, maximumPercent: 125 });
      const dipped = lowest({ minimumHealthyPercent: 75, maximumPercent: 125 });
      const stuck = lowest({ minimumHealthyPercent: 100, maximumPercent: 100 });
      return (
        kept.fewest === 4 &&
        kept.primary.rolloutState === 'COMPLETED' &&
        [...kept.revisions].join() === 'web:2' &&
        dipped.fewest === 3 &&
        stuck.primary.rolloutState === 'IN_PROGRESS' &&
        [...stuck.revisions].join() === 'web:1'
      );
    },
  },
] satisfies QuizItem[];
