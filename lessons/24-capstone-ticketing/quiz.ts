import { refusedBy, startOf } from '../../src/course/quizChecks';
import { runSteps } from '../../src/course/steps';
import type { QuizItem, RunIt } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { BASE_2_REST_SPOT, platform, type PlatformOptions } from './moves';
import scenario from './scenario';
import {
  API,
  CLUSTER,
  PRICING,
  PRICING_BY_NAME,
  primaryTasks,
  serviceNamed,
  servingTasks,
  tagOf,
  variable,
} from './tickets';

/** The capstone's start on a fresh simulation. */
const world = startOf(scenario);

/** The platform built the solution's way with `options` changed, before any release. */
const built = (options: PlatformOptions = {}): PlatformOptions => ({ shipBuggy: false, ...options });

/** "Run it": the platform with one decision changed; `look` says where the difference shows. */
const runPlatform = (options: PlatformOptions, look: string): RunIt => ({
  steps: platform(options),
  advance: 120,
  look,
});

/** The platform on a fresh capstone start. */
const play = (newSim: (seed: number) => Simulation, options: PlatformOptions): Simulation => {
  const sim = world(newSim);
  runSteps(sim, platform(options));
  return sim;
};

const azsOf = (sim: Simulation, name: string) =>
  new Set(primaryTasks(sim, name).map((t) => t.availabilityZone)).size;
const onProvider = (sim: Simulation, provider: string) =>
  primaryTasks(sim, API).filter((t) => t.capacityProviderName === provider).length;

const ONE_AZ = { azs: ['us-east-1a'] };

export default [
  {
    id: 'fargate-azs-from-subnets',
    kind: 'single',
    prompt:
      'A Fargate service runs 4 tasks, and its awsvpcConfiguration lists one subnet, in us-east-1a. The business ' +
      'needs the service to keep answering if one Availability Zone fails. Which change meets this with the LEAST ' +
      'operational overhead?',
    options: [
      {
        id: 'subnets',
        text: 'List subnets in two or more Availability Zones in the service’s awsvpcConfiguration',
        explanation: 'Right: Fargate spreads a service’s tasks over the AZs of the subnets it is given.',
        runIt: runPlatform(built(), 'the tasks’ Availability Zones'),
      },
      {
        id: 'spread',
        text: 'Add the placement strategy spread on attribute:ecs.availability-zone',
        explanation:
          'Fargate takes no placement strategies; ECS refuses the request. The AZs come from the subnets.',
        runIt: runPlatform(
          built({
            apiExtra: { placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }] },
          }),
          'the CreateService answer',
        ),
      },
      {
        id: 'rebalancing',
        text: 'Turn on availabilityZoneRebalancing and keep the one subnet',
        explanation:
          'Rebalancing moves tasks between the AZs the service may use; with one subnet there is only one.',
      },
      {
        id: 'second-region',
        text: 'Run a copy of the service in a second Region behind Route 53 failover',
        explanation: 'It survives more than an AZ loss, at far more cost and work than listing more subnets.',
      },
    ],
    correct: ['subnets'],
    tags: {
      concepts: ['Availability Zone', 'high availability', 'architecture integration'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-2.2', 'SOA-2.1'],
      misconceptions: ['M6'],
    },
    engineCheck(newSim) {
      const two = play(newSim, built());
      const one = play(newSim, built({ apiPlacement: { strategy: BASE_2_REST_SPOT, ...ONE_AZ } }));
      return azsOf(two, API) === 2 && azsOf(one, API) === 1;
    },
  },
  {
    id: 'base-then-spot',
    kind: 'single',
    prompt:
      'An API runs 4 tasks on Fargate. At least 2 must never be taken back by a Spot interruption, and every other ' +
      'task should cost as little as possible. Which capacity provider strategy is the MOST cost-effective?',
    options: [
      {
        id: 'base-weight-0',
        text: 'FARGATE base 2 weight 0, FARGATE_SPOT weight 1',
        explanation: 'Right: the base fills FARGATE with 2 tasks, and weight 0 sends none of the rest there.',
        runIt: runPlatform(built(), 'which capacity provider each api task runs on'),
      },
      {
        id: 'base-weight-1',
        text: 'FARGATE base 2 weight 1, FARGATE_SPOT weight 1',
        explanation: 'The 2 tasks beyond the base split 1 : 1, so 3 run on-demand: more than needed.',
        runIt: runPlatform(
          built({
            apiPlacement: {
              strategy: [
                { capacityProvider: 'FARGATE', base: 2, weight: 1 },
                { capacityProvider: 'FARGATE_SPOT', weight: 1 },
              ],
            },
          }),
          'which capacity provider each api task runs on',
        ),
      },
      {
        id: 'base-on-spot',
        text: 'FARGATE_SPOT base 2 weight 1, FARGATE weight 1',
        explanation: 'The base lands on Spot, so the 2 tasks meant to be safe can be reclaimed.',
        runIt: runPlatform(
          built({
            apiPlacement: {
              strategy: [
                { capacityProvider: 'FARGATE_SPOT', base: 2, weight: 1 },
                { capacityProvider: 'FARGATE', weight: 1 },
              ],
            },
          }),
          'which capacity provider each api task runs on',
        ),
      },
      {
        id: 'launch-type',
        text: 'launchType FARGATE, no strategy',
        explanation: 'Every task is on-demand: safe, but the most expensive.',
        runIt: runPlatform(
          built({ apiPlacement: { strategy: undefined } }),
          'which capacity each api task runs on',
        ),
      },
    ],
    correct: ['base-weight-0'],
    tags: {
      concepts: ['capacity provider strategy', 'base', 'weight', 'Fargate Spot'],
      exams: ['SAA-C03'],
      tasks: ['SAA-4.2'],
      facts: ['F52'],
    },
    engineCheck(newSim) {
      const right = play(newSim, built());
      const even = play(
        newSim,
        built({
          apiPlacement: {
            strategy: [
              { capacityProvider: 'FARGATE', base: 2, weight: 1 },
              { capacityProvider: 'FARGATE_SPOT', weight: 1 },
            ],
          },
        }),
      );
      return (
        onProvider(right, 'FARGATE') === 2 &&
        onProvider(right, 'FARGATE_SPOT') === 2 &&
        onProvider(even, 'FARGATE') === 3
      );
    },
  },
  {
    id: 'ip-targets-for-fargate',
    kind: 'single',
    prompt:
      'A team moves an API from EC2 instances in bridge mode to Fargate, behind the same Application Load Balancer. ' +
      'CreateService is refused when it names the target group the EC2 version used. Which change is MOST likely ' +
      'needed?',
    options: [
      {
        id: 'ip',
        text: 'A new target group with TargetType ip',
        explanation: 'Right: each awsvpc task has its own address, so the ALB registers IPs, not instances.',
        runIt: runPlatform(built(), 'the api targets in api-blue'),
      },
      {
        id: 'instance',
        text: 'Keep TargetType instance and set hostPort 0 for dynamic ports',
        explanation:
          'Dynamic host ports belong to bridge mode on EC2; a Fargate task has no instance to register.',
        runIt: runPlatform(built({ targetType: 'instance' }), 'the CreateService answer'),
      },
      {
        id: 'nlb',
        text: 'Replace the ALB with a Network Load Balancer',
        explanation: 'An NLB has the same need: ip targets for awsvpc tasks.',
      },
      {
        id: 'public-ip',
        text: 'Turn on assignPublicIp so the ALB can reach the tasks',
        explanation: 'The ALB reaches private addresses in the VPC; the target type is the problem.',
      },
    ],
    correct: ['ip'],
    tags: {
      concepts: ['target type', 'Application Load Balancer', 'architecture integration'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-2.1', 'SOA-5.3'],
      misconceptions: ['M11'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      const refused = refusedBy(
        () => runSteps(sim, platform(built({ targetType: 'instance' }))),
        /target type/i,
      );
      return refused && serviceNamed(sim, PRICING) !== undefined && serviceNamed(sim, API) === undefined;
    },
  },
  {
    id: 'internal-by-name',
    kind: 'single',
    prompt:
      'Service api calls the internal service pricing, whose Fargate tasks are replaced during deployments and ' +
      'scale-in. Calls must keep working through replacements. Which approach needs the LEAST operational overhead?',
    options: [
      {
        id: 'service-connect',
        text: 'Service Connect: pricing as client-server with a client alias, api as client, calling http://pricing:8080',
        explanation:
          'Right: the proxies keep the list of pricing endpoints and balance calls; nothing else to run.',
      },
      {
        id: 'internal-alb',
        text: 'An internal ALB in front of pricing, with its DNS name in api’s configuration',
        explanation:
          'It works, but adds a load balancer to pay for and manage for traffic inside the cluster.',
      },
      {
        id: 'task-ip',
        text: 'Put the address of a pricing task in api’s PRICING_URL',
        explanation: 'The address leaves with the task: the first replacement breaks every call.',
      },
      {
        id: 'lambda-dns',
        text: 'A Lambda function that rewrites a Route 53 record on every task state change',
        explanation: 'A home-made service discovery, with DNS caching delays on top: the most work of all.',
      },
    ],
    correct: ['service-connect'],
    tags: {
      concepts: ['Service Connect', 'service-to-service communication', 'internal load balancer'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-2.1', 'DVA-1.1'],
    },
    engineCheck(newSim) {
      const sim = play(newSim, built());
      const ask = () =>
        sim.call('sim', 'CallService', {
          cluster: CLUSTER,
          fromService: API,
          url: PRICING_BY_NAME,
          requests: 20,
        });
      const before = ask();
      sim.call('ecs', 'StopTask', { cluster: CLUSTER, task: servingTasks(sim, PRICING)[0]!.taskArn });
      const during = ask();
      return before.failed === 0 && during.failed === 0 && during.viaServiceConnect;
    },
  },
  {
    id: 'media-across-azs',
    kind: 'multiple',
    prompt:
      'Fargate tasks of one service run in us-east-1a and us-east-1b and must all read and write the same uploaded ' +
      'images. An EFS file system exists with a mount target in us-east-1a only. Which TWO steps are needed?',
    options: [
      {
        id: 'efs-volume',
        text: 'A task definition volume with efsVolumeConfiguration naming the file system, mounted by the container',
        explanation: 'Right: the same file system appears in every task that mounts it.',
      },
      {
        id: 'mount-target',
        text: 'A mount target for the file system in us-east-1b',
        explanation:
          'Right: a task reaches EFS through a mount target in its own AZ; without one it fails to start.',
      },
      {
        id: 'ebs',
        text: 'An EBS volume configured at launch, attached to every task',
        explanation: 'Each task gets its own EBS volume; nothing is shared.',
      },
      {
        id: 'ephemeral',
        text: 'ephemeralStorage of 200 GiB for each task',
        explanation: 'Ephemeral storage belongs to one task and disappears with it.',
      },
      {
        id: 's3-volume',
        text: 'A volume that mounts the S3 bucket of the images',
        explanation: 'ECS volumes do not mount S3 buckets; an app reads S3 through its SDK.',
      },
    ],
    correct: ['efs-volume', 'mount-target'],
    tags: {
      concepts: ['EFS', 'mount target', 'EBS'],
      exams: ['SAA-C03'],
      tasks: ['SAA-3.1', 'SAA-2.2'],
      misconceptions: ['M14'],
    },
    engineCheck(newSim) {
      const missing = play(newSim, built({ mountTargetB: false }));
      const both = play(newSim, built());
      const failed = Object.values(missing.state.ecs.tasks).some((t) => /EFS/.test(t.stoppedReason ?? ''));
      return failed && primaryTasks(both, API).length === 4 && azsOf(both, API) === 2;
    },
  },
  {
    id: 'password-injection',
    kind: 'multiple',
    prompt:
      'A container needs a database password that is stored in AWS Secrets Manager. No one who can read the task ' +
      'definition may see it, and the application should not call Secrets Manager itself. Which TWO changes are ' +
      'the MOST secure way to provide it?',
    options: [
      {
        id: 'secrets',
        text: 'A secrets entry in the container definition with valueFrom set to the secret’s ARN',
        explanation: 'Right: ECS reads the value at start and passes it as an environment variable.',
      },
      {
        id: 'execution-role',
        text: 'secretsmanager:GetSecretValue on that secret for the task execution role',
        explanation: 'Right: the start-up work, secrets included, runs with the execution role.',
      },
      {
        id: 'task-role',
        text: 'secretsmanager:GetSecretValue on that secret for the task role',
        explanation: 'The task role is for calls the application makes; injecting a secret does not use it.',
      },
      {
        id: 'environment',
        text: 'The password as an environment value set by the CI pipeline at registration',
        explanation: 'It ends up in the task definition in plain text for anyone who can describe it.',
      },
    ],
    correct: ['secrets', 'execution-role'],
    tags: {
      concepts: ['secrets', 'valueFrom', 'task execution role', 'task role'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-1.2', 'DVA-2.3'],
      misconceptions: ['M1'],
    },
    engineCheck(newSim) {
      const denied = play(newSim, built({ executionReadsSecret: false }));
      const right = play(newSim, built());
      const refused = Object.values(denied.state.ecs.tasks).some((t) =>
        /tickets-execution.*not authorized to perform: secretsmanager:GetSecretValue/.test(
          t.stoppedReason ?? '',
        ),
      );
      const task = primaryTasks(right, API)[0];
      return (
        refused && task !== undefined && variable(right, task, 'DB_PASSWORD')?.source === 'secretsmanager'
      );
    },
  },
  {
    id: 'alarm-not-breaker',
    kind: 'single',
    prompt:
      'A service ships releases as a 10 % canary behind an ALB. A new build passes its health checks but answers ' +
      'one request in five with HTTP 500, and nothing rolled it back. Which change MOST reliably rolls such a build ' +
      'back automatically?',
    options: [
      {
        id: 'alarm',
        text: 'A CloudWatch alarm on the target 5xx count, listed in deploymentConfiguration.alarms with rollback on',
        explanation:
          'Right: when the alarm fires, ECS moves the traffic back to the old tasks, which still run.',
        runIt: runPlatform({}, 'the service events: the 10 % shift and the alarm’s rollback'),
      },
      {
        id: 'breaker',
        text: 'A rolling update with the deployment circuit breaker and rollback on',
        explanation:
          'The breaker counts tasks that fail to start; this build starts fine, so the rollout completes with the bug.',
        runIt: runPlatform(
          { deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } } },
          'which build api runs at the end',
        ),
      },
      {
        id: 'bake',
        text: 'A canary bake time of 30 minutes so the team can watch the dashboards',
        explanation: 'A longer bake gives more time, but nothing turns the traffic back unless someone acts.',
      },
      {
        id: 'health-interval',
        text: 'A shorter health check interval on the target group',
        explanation: 'The build passes its health checks; checking more often finds nothing new.',
      },
    ],
    correct: ['alarm'],
    tags: {
      concepts: ['canary', 'CloudWatch alarm rollback', 'deployment circuit breaker', 'rollback'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-3.4', 'DOP-1.4'],
      misconceptions: ['M17'],
    },
    engineCheck(newSim) {
      const canary = play(newSim, {});
      const breaker = play(newSim, {
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
      });
      const runs = (sim: Simulation) => primaryTasks(sim, API).map((t) => tagOf(sim, t));
      return runs(canary).every((t) => t === 'v1') && runs(breaker).every((t) => t === 'v2.1');
    },
  },
  {
    id: 'per-task-metrics',
    kind: 'single',
    prompt:
      'Operators of a Fargate cluster want CPU and memory use per task, down to each container, in CloudWatch. ' +
      'Which option requires the LEAST operational overhead?',
    options: [
      {
        id: 'insights-enhanced',
        text: 'Set the cluster’s containerInsights setting to enhanced',
        explanation:
          'Right: Container Insights collects task-level metrics; enhanced observability adds containers.',
      },
      {
        id: 'agent-sidecar',
        text: 'Add a CloudWatch agent sidecar to every task definition',
        explanation: 'It can publish metrics, but every team must add, configure and update the sidecar.',
      },
      {
        id: 'log-filters',
        text: 'Send logs with awslogs and build metric filters on them',
        explanation: 'Logs hold what the application prints, not the task’s resource use.',
      },
      {
        id: 'detailed-monitoring',
        text: 'Turn on EC2 detailed monitoring',
        explanation: 'Fargate tasks run on no instance of yours; instance metrics do not exist here.',
      },
    ],
    correct: ['insights-enhanced'],
    tags: {
      concepts: ['Container Insights', 'observability'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-1.1', 'DOP-4.2'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', {
        clusterName: CLUSTER,
        settings: [{ name: 'containerInsights', value: 'enhanced' }],
      });
      const out = sim.call('ecs', 'DescribeClusters', { clusters: [CLUSTER], include: ['SETTINGS'] });
      return (
        out.clusters?.[0]?.settings?.some((s) => s.name === 'containerInsights' && s.value === 'enhanced') ??
        false
      );
    },
  },
  {
    id: 'exec-instead-of-ssh',
    kind: 'multiple',
    prompt:
      'A security team forbids inbound SSH to any task. Developers still need a shell in running Fargate tasks of a ' +
      'service. Which THREE steps are needed?',
    options: [
      {
        id: 'flag',
        text: 'Turn on enableExecuteCommand for the service',
        explanation: 'Right: tasks started with the flag get the Exec agent.',
      },
      {
        id: 'ssmmessages',
        text: 'Allow the four ssmmessages channel actions on the task role',
        explanation:
          'Right: the agent inside the task opens its Session Manager channels with the task role.',
      },
      {
        id: 'new-tasks',
        text: 'Replace the running tasks, for example with a forced new deployment',
        explanation: 'Right: tasks that started before the flag have no agent.',
      },
      {
        id: 'port-22',
        text: 'Allow port 22 from the developers’ network in the tasks’ security group',
        explanation: 'Exec needs no inbound rule at all; this is exactly what the security team forbids.',
      },
      {
        id: 'execution-role',
        text: 'Allow the ssmmessages actions on the task execution role',
        explanation: 'The execution role serves start-up work; the Exec agent uses the task role.',
      },
    ],
    correct: ['flag', 'ssmmessages', 'new-tasks'],
    tags: {
      concepts: ['ECS Exec', 'enableExecuteCommand', 'ssmmessages'],
      exams: ['DOP-C02', 'SOA-C03'],
      tasks: ['DOP-5.3', 'SOA-4.2'],
      misconceptions: ['M20'],
    },
  },
] satisfies ReadonlyArray<QuizItem>;
