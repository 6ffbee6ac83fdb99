import { startOf } from '../../src/course/quizChecks';
import { ECS_OPTIMIZED_AMI } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { QuizItem, RunIt } from '../../src/course/types';
import { isAwsError, type Simulation } from '../../src/engine/index';
import { CLUSTER, isLive, providerOf, workerService } from './fleet';
import scenario, { WORKER_CONTAINER, WORKER_DEFINITION } from './scenario';

type Strategy = ReadonlyArray<{ capacityProvider: string; base?: number; weight?: number }>;

/** The lesson's world: worker runs 10 tasks on FARGATE in media, steady. */
/**
 * "Run it" for l6-floor-cheaply: the lesson's worker service (10 tasks) moves to `strategy`, then Fargate Spot
 * takes its capacity back.
 */
const underStrategy = (strategy: Strategy): RunIt => ({
  steps: [
    call('ecs', 'UpdateService', {
      cluster: CLUSTER,
      service: 'worker',
      capacityProviderStrategy: strategy.map((i) => ({ ...i })),
      forceNewDeployment: true,
    }),
    wait(600),
    // a strategy without FARGATE_SPOT leaves Spot nothing to take back (the sandbox refuses an empty reclaim)
    ...(strategy.some((i) => i.capacityProvider === 'FARGATE_SPOT')
      ? [call('sim', 'InterruptSpot', { cluster: CLUSTER }, 'Fargate Spot takes its capacity back')]
      : []),
  ],
  advance: 180,
  look: 'the task list by capacity provider, and how many tasks keep running once Spot is reclaimed',
});

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

/** Starts service `name` in media (worker:1, worker's subnets) under `strategy` and lets it settle. */
function serviceUnder(sim: Simulation, name: string, desiredCount: number, strategy: Strategy) {
  sim.call('ecs', 'CreateService', {
    cluster: CLUSTER,
    serviceName: name,
    taskDefinition: 'worker:1',
    desiredCount,
    capacityProviderStrategy: strategy.map((i) => ({ ...i })),
    networkConfiguration: workerService(sim)!.deployments[0]!.networkConfiguration!,
  });
  sim.advance(180);
}

/** Live tasks of service `name` per provider. */
function liveSplit(sim: Simulation, name: string) {
  const live = Object.values(sim.state.ecs.tasks).filter((t) => t.group === `service:${name}` && isLive(t));
  const on = (provider: string) => live.filter((t) => providerOf(t) === provider).length;
  return { fargate: on('FARGATE'), spot: on('FARGATE_SPOT') };
}

/** True when `request` is rejected with exception `name` whose message mentions `words`. */
function rejects(request: () => unknown, name: string, words: string): boolean {
  try {
    request();
    return false;
  } catch (e) {
    return isAwsError(e) && e.name === name && e.message.includes(words);
  }
}

export default [
  {
    id: 'l6-base-then-weights',
    kind: 'single',
    prompt:
      'A service with desired count 12 uses this strategy: FARGATE with base 4 and weight 1, FARGATE_SPOT with ' +
      'weight 1. How many tasks run on each provider?',
    options: [
      {
        id: '8-4',
        text: '8 on FARGATE, 4 on FARGATE_SPOT',
        explanation:
          'Right. The 4 base tasks go to FARGATE first; the other 8 are split 1 : 1, so 4 more on FARGATE and 4 on Spot.',
      },
      {
        id: '6-6',
        text: '6 on FARGATE, 6 on FARGATE_SPOT',
        explanation:
          'That splits all 12 by the weights and treats the base as already covered. The base is served before the weights count.',
      },
      {
        id: '4-8',
        text: '4 on FARGATE, 8 on FARGATE_SPOT',
        explanation:
          'The base is not all FARGATE gets: with weight 1 it also takes its half of the remaining 8.',
      },
      {
        id: '10-2',
        text: '10 on FARGATE, 2 on FARGATE_SPOT',
        explanation: 'Equal weights give the remaining 8 an even split, 4 each, not a ratio of 4 to 1.',
      },
    ],
    correct: ['8-4'],
    tags: {
      concepts: ['capacity provider strategy', 'base', 'weight'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      facts: ['F52', 'F53'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      serviceUnder(sim, 'twelve', 12, [
        { capacityProvider: 'FARGATE', base: 4, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 1 },
      ]);
      const { fargate, spot } = liveSplit(sim, 'twelve');
      return fargate === 8 && spot === 4;
    },
  },
  {
    id: 'l6-floor-cheaply',
    kind: 'single',
    prompt:
      'A queue worker runs on Fargate and tolerates interruptions. Its desired count moves between 6 and 40 with ' +
      'the queue, and at least 4 tasks must keep running even if all Spot capacity is taken back. Which capacity ' +
      'provider strategy is the MOST cost-effective way to meet this?',
    options: [
      {
        id: 'base-on-demand',
        text: 'FARGATE with base 4 and weight 1, FARGATE_SPOT with weight 4.',
        explanation:
          'Right. 4 tasks always sit on regular Fargate, whatever the desired count; of everything above them only a fifth is on-demand.',
        runIt: underStrategy([
          { capacityProvider: 'FARGATE', base: 4, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 4 },
        ]),
      },
      {
        id: 'weights-only',
        text: 'FARGATE with weight 1, FARGATE_SPOT with weight 4, no base.',
        explanation:
          'Without a base the on-demand part shrinks with the service: at 10 tasks only 2 are on FARGATE, fewer than the 4 required.',
        runIt: underStrategy([
          { capacityProvider: 'FARGATE', weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 4 },
        ]),
      },
      {
        id: 'base-on-spot',
        text: 'FARGATE_SPOT with base 4 and weight 4, FARGATE with weight 1.',
        explanation: 'A base on Spot guarantees nothing: Spot can take those 4 tasks back like any other.',
        runIt: underStrategy([
          { capacityProvider: 'FARGATE_SPOT', base: 4, weight: 4 },
          { capacityProvider: 'FARGATE', weight: 1 },
        ]),
      },
      {
        id: 'all-on-demand',
        text: 'FARGATE with weight 1 only.',
        explanation: 'It keeps every task, but pays the on-demand price for work that could run on Spot.',
        runIt: underStrategy([{ capacityProvider: 'FARGATE', weight: 1 }]),
      },
    ],
    correct: ['base-on-demand'],
    tags: {
      concepts: ['capacity provider strategy', 'Fargate Spot', 'cost'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      facts: ['F14', 'F52'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      // counts the weights divide evenly: 9 = base 4 + 5 split 1 : 4 (5 and 4); weights alone split 10 as 2 and 8
      serviceUnder(sim, 'floored', 9, [
        { capacityProvider: 'FARGATE', base: 4, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 4 },
      ]);
      serviceUnder(sim, 'ratio-only', 10, [
        { capacityProvider: 'FARGATE', weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 4 },
      ]);
      const floored = liveSplit(sim, 'floored');
      const ratioOnly = liveSplit(sim, 'ratio-only');
      return floored.fargate === 5 && floored.spot === 4 && ratioOnly.fargate === 2 && ratioOnly.spot === 8;
    },
  },
  {
    id: 'l6-what-interruption-looks-like',
    kind: 'single',
    prompt: 'AWS needs the capacity of a running Fargate Spot task back. What does the task experience?',
    options: [
      {
        id: 'warning',
        text: 'A two-minute warning: an EventBridge task state change event and SIGTERM to its containers, then it is stopped.',
        explanation:
          'Right. The app gets SIGTERM, then up to its stopTimeout to finish; the task ends STOPPED with "Your Spot Task was interrupted."',
      },
      {
        id: 'instant',
        text: 'It disappears at once, with no signal, like a power cut.',
        explanation: 'Spot tasks are warned two minutes ahead, and the containers get SIGTERM first.',
      },
      {
        id: 'never',
        text: 'Nothing: a task that is already running on Fargate Spot is never interrupted.',
        explanation: 'Running tasks are exactly what gets interrupted; that is the price of the discount.',
      },
      {
        id: 'migrated',
        text: 'ECS moves it, still running, to regular Fargate capacity.',
        explanation:
          'Tasks are never moved while running. The task stops, and a service starts a new one by its strategy.',
      },
    ],
    correct: ['warning'],
    tags: {
      concepts: ['Fargate Spot', 'Spot interruption'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      misconceptions: ['M18'],
      facts: ['F14'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      serviceUnder(sim, 'spotty', 2, [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]);
      const spotTasks = () => Object.values(sim.state.ecs.tasks).filter((t) => t.group === 'service:spotty');
      const before = new Set(spotTasks().map((t) => t.taskArn));
      sim.call('sim', 'InterruptSpot', { cluster: CLUSTER });
      const noticed = spotTasks().filter((t) => before.has(t.taskArn));
      const warnedFirst = noticed.every((t) => t.lastStatus !== 'STOPPED');
      sim.advance(150);
      const stopped = spotTasks().filter((t) => before.has(t.taskArn));
      return (
        warnedFirst &&
        stopped.length === 2 &&
        stopped.every(
          (t) => t.lastStatus === 'STOPPED' && t.stoppedReason === 'Your Spot Task was interrupted.',
        )
      );
    },
  },
  {
    id: 'l6-graceful-shutdown',
    kind: 'single',
    prompt:
      'A video job runs as Fargate Spot tasks. When Spot takes a task back, the job loses its work: it needs about ' +
      '100 seconds after SIGTERM to save a checkpoint, and its task definition sets no stopTimeout. Which change ' +
      'MOST directly lets it save the checkpoint?',
    options: [
      {
        id: 'stop-timeout-120',
        text: 'Set stopTimeout to 120 in the container definition and save the checkpoint when SIGTERM arrives.',
        explanation:
          'Right. Without it ECS kills the container 30 s after SIGTERM; 120 s is the Fargate maximum and fits the two-minute warning.',
      },
      {
        id: 'stop-timeout-300',
        text: 'Set stopTimeout to 300 so the job has plenty of time.',
        explanation:
          'Fargate rejects a stopTimeout above 120 seconds, and the task is gone after the warning anyway.',
      },
      {
        id: 'event-rule',
        text: 'Add an EventBridge rule on the interruption event that starts a replacement task.',
        explanation:
          'A service already replaces the task; a new task does not give the old one more time to save its work.',
      },
      {
        id: 'on-demand-fallback',
        text: 'Add FARGATE with weight 1 to the strategy so interrupted tasks move to on-demand capacity.',
        explanation:
          'Interrupted tasks are stopped, never moved, and the replacement still goes by the strategy; the work in hand is lost either way.',
      },
    ],
    correct: ['stop-timeout-120'],
    tags: {
      concepts: ['Spot interruption', 'stopTimeout', 'graceful shutdown'],
      exams: ['DOP-C02', 'SAA-C03'],
      tasks: ['DOP-3.2', 'SAA-2.2'],
      misconceptions: ['M18'],
      facts: ['F14'],
    },
    engineCheck(newSim) {
      const sim = newSim(6);
      const register = (stopTimeout: number) =>
        sim.call('ecs', 'RegisterTaskDefinition', {
          ...WORKER_DEFINITION,
          containerDefinitions: [{ ...WORKER_CONTAINER, stopTimeout }],
        });
      return (
        rejects(() => register(300), 'ClientException', 'stopTimeout') &&
        register(120).taskDefinition.containerDefinitions[0]?.stopTimeout === 120
      );
    },
  },
  {
    id: 'l6-default-strategy',
    kind: 'single',
    prompt:
      'A cluster has FARGATE and FARGATE_SPOT associated, and its default capacity provider strategy is ' +
      'FARGATE_SPOT with weight 1. A scheduled job calls RunTask with a Fargate task definition and its subnets, ' +
      'but with neither launchType nor capacityProviderStrategy. Where does the task run?',
    options: [
      {
        id: 'spot',
        text: 'On Fargate Spot, through the cluster’s default strategy.',
        explanation:
          'Right. With neither a launch type nor a strategy in the request, ECS uses the cluster’s default strategy.',
      },
      {
        id: 'ec2',
        text: 'On the EC2 launch type, the default when nothing is named.',
        explanation: 'EC2 is the fallback only for a cluster without a default capacity provider strategy.',
      },
      {
        id: 'on-demand',
        text: 'On regular Fargate, because standalone tasks never use Spot.',
        explanation: 'RunTask can use Fargate Spot like a service can, by its own strategy or the cluster’s.',
      },
      {
        id: 'rejected',
        text: 'Nowhere: RunTask needs a launch type or a strategy.',
        explanation: 'Both may be left out; the cluster’s default strategy then decides.',
      },
    ],
    correct: ['spot'],
    tags: {
      concepts: ['capacity provider strategy', 'default capacity provider strategy', 'RunTask'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      facts: ['F14', 'F52'],
    },
    engineCheck(newSim) {
      const sim = newSim(9);
      sim.call('ecs', 'CreateCluster', {
        clusterName: 'jobs',
        capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      });
      sim.call('ecs', 'RegisterTaskDefinition', WORKER_DEFINITION);
      const subnets = Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId);
      const { tasks } = sim.call('ecs', 'RunTask', {
        cluster: 'jobs',
        taskDefinition: 'worker',
        networkConfiguration: { awsvpcConfiguration: { subnets } },
      });
      return tasks.length === 1 && tasks[0]!.capacityProviderName === 'FARGATE_SPOT';
    },
  },
  {
    id: 'l6-no-mix',
    kind: 'single',
    prompt:
      'A cluster has FARGATE, FARGATE_SPOT and an Auto Scaling group capacity provider named asg-spot associated. ' +
      'CreateService is called with the strategy FARGATE weight 1, asg-spot weight 3. What happens?',
    options: [
      {
        id: 'rejected',
        text: 'The request is rejected: one strategy holds either Fargate providers or Auto Scaling group providers, not both.',
        explanation:
          'Right. A cluster may have both kinds associated, but each strategy uses one kind. Split the work into two services if you need both.',
      },
      {
        id: 'split',
        text: 'A quarter of the tasks run on Fargate, three quarters on the group’s instances.',
        explanation: 'That would need a mixed strategy, which ECS does not accept.',
      },
      {
        id: 'fargate-only',
        text: 'ECS ignores asg-spot and runs every task on FARGATE.',
        explanation: 'ECS does not drop part of a strategy silently; it rejects the request.',
      },
      {
        id: 'needs-default',
        text: 'It works only if the same strategy is also the cluster’s default strategy.',
        explanation: 'The default strategy follows the same rule: no mix of the two kinds.',
      },
    ],
    correct: ['rejected'],
    tags: {
      concepts: ['capacity provider strategy', 'Auto Scaling group capacity provider'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      facts: ['F52'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      sim.call('ec2', 'CreateLaunchTemplate', {
        LaunchTemplateName: 'media-lt',
        LaunchTemplateData: { ImageId: ECS_OPTIMIZED_AMI, InstanceType: 'm5.large' },
      });
      sim.call('autoscaling', 'CreateAutoScalingGroup', {
        AutoScalingGroupName: 'media-asg',
        LaunchTemplate: { LaunchTemplateName: 'media-lt', Version: '$Latest' },
        MinSize: 0,
        MaxSize: 2,
        VPCZoneIdentifier: Object.values(sim.state.ec2.subnets)[0]!.SubnetId,
      });
      sim.call('ecs', 'CreateCapacityProvider', {
        name: 'asg-spot',
        autoScalingGroupProvider: {
          autoScalingGroupArn: sim.state.autoscaling.groups['media-asg']!.AutoScalingGroupARN,
        },
      });
      sim.call('ecs', 'PutClusterCapacityProviders', {
        cluster: CLUSTER,
        capacityProviders: ['FARGATE', 'FARGATE_SPOT', 'asg-spot'],
        defaultCapacityProviderStrategy: [],
      });
      return rejects(
        () =>
          serviceUnder(sim, 'mixed', 4, [
            { capacityProvider: 'FARGATE', weight: 1 },
            { capacityProvider: 'asg-spot', weight: 3 },
          ]),
        'InvalidParameterException',
        'mix of capacity providers',
      );
    },
  },
  {
    id: 'l6-deregistration-delay',
    kind: 'single',
    prompt:
      'A web service behind an Application Load Balancer runs most of its tasks on Fargate Spot. When Spot takes ' +
      'tasks back, clients get errors from targets that vanish while the load balancer still counts them. ' +
      'The target group uses its default settings. Which change is MOST appropriate?',
    options: [
      {
        id: 'short-delay',
        text: 'Lower the target group’s deregistration delay below two minutes, and have the app finish requests on SIGTERM.',
        explanation:
          'Right. The default delay is 300 s, longer than the two-minute warning, so targets are still draining when the task goes.',
      },
      {
        id: 'long-delay',
        text: 'Raise the deregistration delay to 600 seconds.',
        explanation:
          'A longer delay only widens the gap: the task stops two minutes after the warning whatever the delay.',
      },
      {
        id: 'stop-timeout',
        text: 'Set stopTimeout to 300 seconds.',
        explanation: 'Fargate accepts at most 120 seconds, and the warning lasts two minutes.',
      },
      {
        id: 'nlb',
        text: 'Replace the ALB with a Network Load Balancer.',
        explanation: 'An NLB target group drains the same way; the mismatch with the warning stays.',
      },
    ],
    correct: ['short-delay'],
    tags: {
      concepts: ['Fargate Spot', 'deregistration delay', 'load balancing'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      misconceptions: ['M18'],
      facts: ['F14', 'F33'],
    },
  },
  {
    id: 'l6-spot-shortage',
    kind: 'single',
    prompt:
      'A service’s strategy lists only FARGATE_SPOT. During a shortage Fargate Spot has no spare capacity for it. ' +
      'What does ECS do about the tasks it cannot start?',
    options: [
      {
        id: 'retry-spot',
        text: 'It keeps trying to launch them on Fargate Spot until capacity returns.',
        explanation:
          'Right. There is no automatic fallback to on-demand; a base on FARGATE is how you keep a minimum running.',
      },
      {
        id: 'fallback',
        text: 'It launches them on regular Fargate until Spot capacity returns.',
        explanation: 'Fargate never swaps Spot capacity for on-demand on its own; the strategy decides.',
      },
      {
        id: 'lower-desired',
        text: 'It lowers the desired count to what fits.',
        explanation: 'The desired count only changes when you or a scaling policy change it.',
      },
      {
        id: 'delete',
        text: 'It marks the service FAILED and stops the tasks that still run.',
        explanation: 'Nothing running is stopped because new launches fail; the service keeps trying.',
      },
    ],
    correct: ['retry-spot'],
    tags: {
      concepts: ['Fargate Spot', 'capacity provider strategy'],
      exams: ['SAA-C03'],
      tasks: ['SAA-4.2'],
      facts: ['F14', 'F52'],
    },
  },
  {
    id: 'l6-split-of-ten',
    // repeats the lesson's prediction: kept out of the lesson's quiz, still in exam prep
    twinOfPrediction: true,
    kind: 'single',
    prompt:
      'A service of 10 tasks uses FARGATE with base 2 and weight 1, and FARGATE_SPOT with weight 3. How many ' +
      'tasks run on FARGATE_SPOT?',
    options: [
      {
        id: 'six',
        text: '6',
        explanation: 'Right. 2 base tasks on FARGATE, then 8 split 1 : 3: 2 more on FARGATE, 6 on Spot.',
      },
      {
        id: 'eight',
        text: '8',
        explanation: 'FARGATE has weight 1, so it also takes a quarter of the 8 after the base.',
      },
      {
        id: 'seven',
        text: '7 (three quarters of 10, rounded down)',
        explanation: 'The weights split only what is left after the base, not all 10.',
      },
      {
        id: 'five',
        text: '5',
        explanation: 'That adds a quarter of all 10 to the base; the ratio applies to the other 8 only.',
      },
    ],
    correct: ['six'],
    tags: {
      concepts: ['capacity provider strategy', 'base', 'weight'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      facts: ['F53'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      serviceUnder(sim, 'ten', 10, [
        { capacityProvider: 'FARGATE', base: 2, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 3 },
      ]);
      const { fargate, spot } = liveSplit(sim, 'ten');
      return fargate === 4 && spot === 6;
    },
  },
] satisfies QuizItem[];
