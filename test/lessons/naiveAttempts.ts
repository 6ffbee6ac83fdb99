import { containerInstancesInput } from '../../src/course/fixtures';
import { tasksWhere } from '../../src/course/goals';
import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { ContainerDefinitionInput, Simulation } from '../../src/engine/index';
import { webContainer as lbWeb } from '../../lessons/11-load-balancing/scenario';
import * as lesson01 from '../../lessons/01-four-nouns/solution';
import * as lesson14 from '../../lessons/14-constraints-daemons/solution';
import { capacityStrategies06Attempts } from './naiveAttempts06';
import { ecr09Attempts } from './naiveAttempts09';
import { clusterCapacity16Attempts, serviceAutoScaling15Attempts } from './naiveAttemptsScaling';
import { configSecrets08Attempts, threeRoles07Attempts } from './naiveAttempts0708';
import { observability20Attempts, storage19Attempts } from './naiveAttempts1920';
import { choosingCompute05Attempts } from './naiveAttempts05';
import { troubleshooting21Attempts } from './naiveAttempts21';
import { networkModes10Attempts } from './naiveAttempts10';
import { serviceConnect12Attempts } from './naiveAttempts12';
import { blueGreen18Attempts } from './naiveAttempts18';
import { copilot22Attempts } from './naiveAttempts22';
import { eks23Attempts } from './naiveAttempts23';
import { capstone24Attempts } from './naiveAttempts24';

/**
 * Plausible wrong attempts per lesson: what a learner who has not got the idea yet would try (no strategy, the
 * default, the wrong size, a fix of only half the problem). Each names the goals it must NOT meet; the luck
 * test runs it over many seeds, so a goal that a random placement can satisfy shows up as a pass rate.
 */
export interface NaiveAttempt {
  readonly name: string;
  readonly steps: ReadonlyArray<Step>;
  /** goals this attempt must leave unmet */
  readonly mustMiss: ReadonlyArray<string>;
  /** true when chance decides the outcome (random placement, tie-breaks): it is run over many more seeds */
  readonly chance?: boolean;
}

const subnetsByAz = (sim: Simulation) =>
  Object.values(sim.state.ec2.subnets)
    .slice()
    .sort((x, y) => x.AvailabilityZone.localeCompare(y.AvailabilityZone))
    .map((s) => s.SubnetId);

const base64 = (text: string) => btoa(text);

/** The ARN of the only task the lesson 1 scenario starts (ids depend on the seed, so read at run time). */
const teammateTask = (sim: Simulation) => tasksWhere(sim, { cluster: 'demo', family: 'web' })[0]!.taskArn;

const WEB_V1 = {
  name: 'web',
  image: 'public.ecr.aws/ecs-sandbox/web:v1',
  cpu: 256,
  memory: 512,
  portMappings: [{ containerPort: 8080, hostPort: 0 }],
};

const API_FIXED: ContainerDefinitionInput = {
  name: 'api',
  image: 'public.ecr.aws/ecs-sandbox/web:v1',
  memory: 512,
  memoryReservation: 256,
  portMappings: [{ containerPort: 8080 }],
  logConfiguration: {
    logDriver: 'awslogs',
    options: { 'awslogs-group': '/ecs/api', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'api' },
  },
};

const renderFargate = (cpu: string, memory: string) =>
  call('ecs', 'RegisterTaskDefinition', {
    family: 'render',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu,
    memory,
    containerDefinitions: [
      { name: 'render', image: 'public.ecr.aws/ecs-sandbox/web:v1', portMappings: [{ containerPort: 8080 }] },
    ],
  });

/** 6 render tasks on Fargate over the subnets of the first `azs` AZs (in AZ order). */
const renderOver = (azs: number) =>
  call('ecs', 'RunTask', (sim: Simulation) => ({
    cluster: 'reports',
    taskDefinition: 'render',
    launchType: 'FARGATE',
    count: 6,
    networkConfiguration: {
      awsvpcConfiguration: { subnets: subnetsByAz(sim).slice(0, azs), assignPublicIp: 'ENABLED' },
    },
  }));

const shopInstances = (launch: Parameters<typeof containerInstancesInput>[0]) =>
  call('ec2', 'RunInstances', containerInstancesInput(launch));

const runTask = (cluster: string, taskDefinition: string, count: number, extra: object = {}) =>
  call('ecs', 'RunTask', { cluster, taskDefinition, count, ...extra });

export const naiveAttempts: Readonly<Record<string, ReadonlyArray<NaiveAttempt>>> = {
  '01-four-nouns': [
    {
      name: 'waits without acting',
      steps: [wait(300)],
      mustMiss: ['stop-standalone', 'two-tasks-one-definition', 'service-steady', 'service-heals'],
    },
    {
      name: 'adds one task from a second revision beside the teammate’s web:1',
      steps: [
        call('ecs', 'RegisterTaskDefinition', { family: 'web', containerDefinitions: [WEB_V1] }),
        runTask('demo', 'web:2', 1),
        wait(90),
      ],
      mustMiss: ['stop-standalone', 'two-tasks-one-definition'],
    },
    {
      name: 'starts a task that crashes on its own',
      steps: [
        call('ecs', 'RegisterTaskDefinition', {
          family: 'web',
          containerDefinitions: [{ ...WEB_V1, image: 'public.ecr.aws/ecs-sandbox/web:crash' }],
        }),
        runTask('demo', 'web:2', 1),
        wait(180),
      ],
      mustMiss: ['stop-standalone', 'two-tasks-one-definition'],
    },
    {
      name: 'stops the only task and starts nothing',
      steps: [
        call('ecs', 'StopTask', (sim: Simulation) => ({ cluster: 'demo', task: teammateTask(sim) })),
        wait(120),
      ],
      mustMiss: ['two-tasks-one-definition'],
    },
    {
      name: 'runs three standalone web tasks (no service) and stops one',
      steps: [
        runTask('demo', 'web:1', 3),
        wait(90),
        call('ecs', 'StopTask', (sim: Simulation) => ({ cluster: 'demo', task: teammateTask(sim) })),
        wait(120),
      ],
      mustMiss: ['service-steady', 'service-heals'],
    },
    {
      name: 'creates web-svc with desired count 2 and stops one of its tasks',
      steps: [
        call('ecs', 'CreateService', {
          cluster: 'demo',
          serviceName: 'web-svc',
          taskDefinition: 'web:1',
          desiredCount: 2,
        }),
        wait(120),
        lesson01.stopServiceTask,
        wait(120),
      ],
      mustMiss: ['service-steady', 'service-heals'],
    },
    {
      name: 'creates web-svc but never stops one of its tasks',
      steps: [lesson01.createWebSvc, wait(240)],
      mustMiss: ['service-heals'],
    },
    {
      name: 'stops a web-svc task and tops the service up by hand at once',
      steps: [
        lesson01.createWebSvc,
        wait(120),
        lesson01.stopServiceTask,
        call('ecs', 'UpdateService', { cluster: 'demo', service: 'web-svc', desiredCount: 4 }),
        wait(60),
        call('ecs', 'UpdateService', { cluster: 'demo', service: 'web-svc', desiredCount: 3 }),
        wait(120),
      ],
      mustMiss: ['service-heals'],
    },
    {
      name: 'stops a web-svc task and starts a standalone web task in its place',
      steps: [
        lesson01.createWebSvc,
        wait(120),
        lesson01.stopServiceTask,
        runTask('demo', 'web:1', 1),
        wait(120),
      ],
      mustMiss: ['service-heals'],
    },
  ],
  '02-task-definitions': [
    {
      name: 'fixes only the port, runs it by family name, retires api:1',
      steps: [
        call('ecs', 'RegisterTaskDefinition', {
          family: 'api',
          containerDefinitions: [
            {
              name: 'api',
              image: 'public.ecr.aws/ecs-sandbox/web:v1',
              memory: 1024,
              portMappings: [{ containerPort: 8080 }],
            },
          ],
        }),
        runTask('shop', 'api', 1),
        wait(60),
        call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:1' }),
        wait(60),
      ],
      mustMiss: ['new-revision', 'old-and-new-side-by-side', 'retire-revision-1'],
    },
    {
      name: 'sets only the hard limit (no soft reservation)',
      steps: [
        call('ecs', 'RegisterTaskDefinition', {
          family: 'api',
          containerDefinitions: [{ ...API_FIXED, memoryReservation: undefined }],
        }),
        runTask('shop', 'api:2', 1),
        wait(60),
      ],
      mustMiss: ['new-revision', 'old-and-new-side-by-side'],
    },
    {
      name: 'replaces the api:1 task instead of running beside it',
      steps: [
        call('ecs', 'RegisterTaskDefinition', { family: 'api', containerDefinitions: [API_FIXED] }),
        call('ecs', 'StopTask', (sim: Simulation) => ({
          cluster: 'shop',
          task: tasksWhere(sim, { cluster: 'shop', family: 'api' })[0]!.taskArn,
        })),
        runTask('shop', 'api:2', 1),
        wait(90),
      ],
      mustMiss: ['old-and-new-side-by-side'],
    },
    {
      name: 'registers the fixed api:2 and waits for the service to pick it up',
      steps: [
        call('ecs', 'RegisterTaskDefinition', { family: 'api', containerDefinitions: [API_FIXED] }),
        runTask('shop', 'api:2', 1),
        wait(300),
      ],
      mustMiss: ['service-on-new-revision'],
    },
    {
      name: 'stops the service’s tasks so that it starts fresh ones',
      steps: [
        call('ecs', 'RegisterTaskDefinition', { family: 'api', containerDefinitions: [API_FIXED] }),
        ...[1, 2].map(() =>
          call('ecs', 'StopTask', (sim: Simulation) => ({
            cluster: 'shop',
            task: tasksWhere(sim, { cluster: 'shop', family: 'api' }).find(
              (t) => t.startedBy?.startsWith('ecs-svc/') && t.desiredStatus === 'RUNNING',
            )!.taskArn,
          })),
        ),
        wait(300),
      ],
      mustMiss: ['service-on-new-revision'],
    },
    {
      name: 'forces a new deployment of the service after registering api:2',
      steps: [
        call('ecs', 'RegisterTaskDefinition', { family: 'api', containerDefinitions: [API_FIXED] }),
        call('ecs', 'UpdateService', { cluster: 'shop', service: 'api', forceNewDeployment: true }),
        wait(300),
      ],
      mustMiss: ['service-on-new-revision'],
    },
    {
      name: 'deploys a revision with only the port fixed to the service',
      steps: [
        call('ecs', 'RegisterTaskDefinition', {
          family: 'api',
          containerDefinitions: [{ ...API_FIXED, memory: 1024, memoryReservation: undefined }],
        }),
        call('ecs', 'UpdateService', { cluster: 'shop', service: 'api', taskDefinition: 'api:2' }),
        wait(300),
      ],
      mustMiss: ['new-revision', 'service-on-new-revision'],
    },
  ],
  '03-fargate': [
    {
      name: 'a valid but larger size (1 vCPU / 3 GB) over three subnets',
      steps: [renderFargate('1024', '3072'), renderOver(3), wait(60)],
      mustMiss: ['fargate-size', 'spread-over-azs'],
    },
    {
      name: 'more memory than needed (0.5 vCPU / 4 GB)',
      steps: [renderFargate('512', '4096'), renderOver(3), wait(60)],
      mustMiss: ['fargate-size', 'spread-over-azs'],
    },
    {
      name: 'the right size in one subnet',
      steps: [renderFargate('512', '3072'), renderOver(1), wait(60)],
      mustMiss: ['spread-over-azs'],
    },
    {
      name: 'the right size in two subnets',
      steps: [renderFargate('512', '3072'), renderOver(2), wait(60)],
      mustMiss: ['spread-over-azs'],
    },
  ],
  '04-ec2-instances': [
    {
      name: 'new instances with a profile but no ECS_CLUSTER',
      steps: [shopInstances({ instanceType: 't3.medium', count: 2 }), wait(180)],
      mustMiss: ['instances-joined'],
    },
    {
      name: 'new instances with ECS_CLUSTER but no profile',
      steps: [
        shopInstances({ instanceType: 't3.medium', count: 2, cluster: 'shop', instanceProfile: null }),
        wait(180),
      ],
      mustMiss: ['instances-joined'],
    },
    {
      name: 'user data without #! (cloud-init does not run it)',
      steps: [
        call('ec2', 'RunInstances', {
          ...containerInstancesInput({ instanceType: 't3.medium', count: 2, cluster: 'shop' }),
          UserData: base64('echo ECS_CLUSTER=shop >> /etc/ecs/ecs.config'),
        }),
        wait(180),
      ],
      mustMiss: ['instances-joined'],
    },
    {
      name: 'cart:1 as it is, asked for twice, on two good t3.medium',
      steps: [
        shopInstances({ instanceType: 't3.medium', count: 2, cluster: 'shop' }),
        wait(120),
        runTask('shop', 'cart:1', 4),
        wait(30),
        runTask('shop', 'cart:1', 4),
        wait(60),
      ],
      mustMiss: ['cart-running'],
      chance: true,
    },
  ],
  '06-capacity-strategies': capacityStrategies06Attempts,
  '07-three-roles': threeRoles07Attempts,
  '08-config-secrets': configSecrets08Attempts,
  '09-ecr': ecr09Attempts,
  '10-network-modes': networkModes10Attempts,
  '11-load-balancing': (() => {
    const update = (input: object) =>
      call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', ...input });
    const register = (tag: string, hostPort: number) =>
      call('ecs', 'RegisterTaskDefinition', { family: 'web', containerDefinitions: [lbWeb(tag, hostPort)] });
    const ipGroup = (sim: Simulation) =>
      Object.values(sim.state.elbv2.targetGroups).find((tg) => tg.TargetGroupName === 'web-ip')!
        .TargetGroupArn;
    return [
      {
        name: 'raises the desired count, keeps host port 80',
        steps: [update({ desiredCount: 6 }), wait(600)],
        mustMiss: ['four-running', 'four-healthy-targets', 'slow-boot-survives'],
      },
      {
        name: 'another static host port (8080)',
        steps: [register('v1', 8080), update({ taskDefinition: 'web:2' }), wait(900)],
        mustMiss: ['four-running', 'four-healthy-targets', 'slow-boot-survives'],
      },
      {
        name: 'awsvpc tasks in a new ip target group, grace period set',
        steps: [
          call('elbv2', 'CreateTargetGroup', (sim) => ({
            Name: 'web-ip',
            Protocol: 'HTTP',
            Port: 8080,
            VpcId: Object.values(sim.state.ec2.subnets)[0]!.VpcId,
            TargetType: 'ip',
          })),
          call('elbv2', 'CreateListener', (sim) => ({
            LoadBalancerArn: Object.keys(sim.state.elbv2.loadBalancers)[0]!,
            Protocol: 'HTTP',
            Port: 8080,
            DefaultActions: [{ Type: 'forward', TargetGroupArn: ipGroup(sim) }],
          })),
          call('ecs', 'RegisterTaskDefinition', {
            family: 'web',
            networkMode: 'awsvpc',
            containerDefinitions: [lbWeb('slow', 8080)],
          }),
          call('ecs', 'UpdateService', (sim) => ({
            cluster: 'shop',
            service: 'web',
            taskDefinition: 'web:2',
            healthCheckGracePeriodSeconds: 300,
            networkConfiguration: { awsvpcConfiguration: { subnets: subnetsByAz(sim).slice(0, 2) } },
            loadBalancers: [{ targetGroupArn: ipGroup(sim), containerName: 'web', containerPort: 8080 }],
          })),
          wait(900),
        ],
        mustMiss: ['four-healthy-targets', 'slow-boot-survives'],
      },
      {
        name: 'dynamic ports, then web:slow with no grace period',
        steps: [
          register('v1', 0),
          update({ taskDefinition: 'web:2' }),
          wait(300),
          register('slow', 0),
          update({ taskDefinition: 'web:3' }),
          wait(900),
        ],
        mustMiss: ['slow-boot-survives'],
      },
      {
        name: 'web:slow with a 120 s grace period (its boot time, not its time to healthy)',
        steps: [
          register('slow', 0),
          update({ taskDefinition: 'web:2', healthCheckGracePeriodSeconds: 120 }),
          wait(900),
        ],
        mustMiss: ['four-healthy-targets', 'slow-boot-survives'],
      },
    ];
  })(),
  '12-service-connect': serviceConnect12Attempts,
  '13-placement-strategies': [
    {
      name: 'web with no strategy (random)',
      steps: [runTask('prod', 'web', 8), wait(60)],
      mustMiss: ['web-packed'],
      chance: true,
    },
    {
      name: 'web spread over instances',
      steps: [
        runTask('prod', 'web', 8, { placementStrategy: [{ type: 'spread', field: 'instanceId' }] }),
        wait(60),
      ],
      mustMiss: ['web-packed'],
    },
    {
      name: 'api with no strategy (random)',
      steps: [runTask('prod', 'api', 6), wait(60)],
      mustMiss: ['api-spread-packed'],
      chance: true,
    },
    {
      name: 'api spread on AZ alone',
      steps: [
        runTask('prod', 'api', 6, {
          placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
        }),
        wait(60),
      ],
      mustMiss: ['api-spread-packed'],
      chance: true,
    },
    {
      name: 'api spread on AZ, then on instance',
      steps: [
        runTask('prod', 'api', 6, {
          placementStrategy: [
            { type: 'spread', field: 'attribute:ecs.availability-zone' },
            { type: 'spread', field: 'instanceId' },
          ],
        }),
        wait(60),
      ],
      mustMiss: ['api-spread-packed'],
      chance: true,
    },
    {
      name: 'api binpack first, spread second',
      steps: [
        runTask('prod', 'api', 6, {
          placementStrategy: [
            { type: 'binpack', field: 'memory' },
            { type: 'spread', field: 'attribute:ecs.availability-zone' },
          ],
        }),
        wait(60),
      ],
      mustMiss: ['api-spread-packed'],
    },
  ],
  '14-constraints-daemons': [
    {
      name: 'ml with no constraint',
      steps: [runTask('analytics', 'ml', 3), wait(60)],
      mustMiss: ['ml-on-c5'],
      chance: true,
    },
    {
      name: 'ml binpacked (a preference, not a rule)',
      steps: [
        runTask('analytics', 'ml', 3, { placementStrategy: [{ type: 'binpack', field: 'cpu' }] }),
        wait(60),
      ],
      mustMiss: ['ml-on-c5'],
    },
    {
      name: 'cache with no constraint',
      steps: [runTask('analytics', 'cache', 3), wait(60)],
      mustMiss: ['cache-distinct'],
      chance: true,
    },
    {
      name: 'cache spread over instances (a preference, not a rule)',
      steps: [
        runTask('analytics', 'cache', 3, { placementStrategy: [{ type: 'spread', field: 'instanceId' }] }),
        wait(60),
      ],
      mustMiss: ['cache-distinct'],
      chance: true,
    },
    {
      name: 'agent as a REPLICA service, distinctInstance, desired = the 3 instances; then one joins',
      steps: [
        call('ecs', 'CreateService', {
          cluster: 'analytics',
          serviceName: 'agent',
          taskDefinition: 'agent',
          desiredCount: 3,
          placementConstraints: [{ type: 'distinctInstance' }],
        }),
        wait(60),
        lesson14.addGeneralInstance,
        wait(240),
      ],
      mustMiss: ['agent-everywhere'],
    },
    {
      name: 'agent as a REPLICA service scaled by hand to the 4 instances once one joined',
      steps: [
        call('ecs', 'CreateService', {
          cluster: 'analytics',
          serviceName: 'agent',
          taskDefinition: 'agent',
          desiredCount: 3,
          placementConstraints: [{ type: 'distinctInstance' }],
        }),
        lesson14.addGeneralInstance,
        wait(180),
        call('ecs', 'UpdateService', { cluster: 'analytics', service: 'agent', desiredCount: 4 }),
        wait(120),
      ],
      mustMiss: ['agent-everywhere'],
    },
    {
      name: 'agent by RunTask on every instance (distinctInstance); then one joins',
      steps: [
        runTask('analytics', 'agent', 3, { placementConstraints: [{ type: 'distinctInstance' }] }),
        lesson14.addGeneralInstance,
        wait(240),
      ],
      mustMiss: ['agent-everywhere'],
    },
    {
      name: 'agent DAEMON service, but no instance joins',
      steps: [lesson14.createAgentDaemon, wait(240)],
      mustMiss: ['agent-everywhere'],
    },
    {
      name: 'adds the instance first, then creates the agent DAEMON service',
      steps: [lesson14.addGeneralInstance, wait(180), lesson14.createAgentDaemon, wait(180)],
      mustMiss: ['agent-everywhere'],
    },
    {
      name: 'agent DAEMON service kept to the c5 pool by memberOf; then an m5 joins',
      steps: [
        call('ecs', 'CreateService', {
          cluster: 'analytics',
          serviceName: 'agent',
          taskDefinition: 'agent',
          schedulingStrategy: 'DAEMON',
          placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ c5.*' }],
        }),
        wait(60),
        lesson14.addGeneralInstance,
        wait(240),
      ],
      mustMiss: ['agent-everywhere'],
    },
  ],
  '15-service-auto-scaling': serviceAutoScaling15Attempts,
  '16-cluster-capacity': clusterCapacity16Attempts,
  '17-rolling-deployments': [
    {
      name: 'ships web:2 with the default 100/200',
      steps: [
        call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', taskDefinition: 'web:2' }),
        wait(600),
      ],
      mustMiss: ['safe-rollout', 'breaker-rollback'],
    },
    ...(
      [
        ['50/200 (drops to 2 at once)', 50, 200],
        ['50/100 (batches of 2)', 50, 100],
        ['100/100 (stalls: no stop, no start allowed)', 100, 100],
      ] as const
    ).map(([name, minimumHealthyPercent, maximumPercent]) => ({
      name,
      steps: [
        call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          taskDefinition: 'web:2',
          deploymentConfiguration: { minimumHealthyPercent, maximumPercent },
        }),
        wait(600),
      ],
      mustMiss: ['safe-rollout'],
    })),
    {
      name: 'ships web:2 at 100/200, then sets 75/125 once it is done',
      steps: [
        call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', taskDefinition: 'web:2' }),
        wait(400),
        call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          deploymentConfiguration: { minimumHealthyPercent: 75, maximumPercent: 125 },
        }),
        wait(60),
      ],
      mustMiss: ['safe-rollout'],
    },
    {
      name: 'ships web:2 at 50/200, then lets the breaker catch web:3',
      steps: [
        call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          taskDefinition: 'web:2',
          deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 200 },
        }),
        wait(300),
        call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          taskDefinition: 'web:3',
          deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
        }),
        wait(600),
      ],
      mustMiss: ['safe-rollout'],
    },
    ...(
      [
        ['deploys web:3 with no circuit breaker', undefined, false],
        ['deploys web:3 with the breaker but without rollback', { enable: true, rollback: false }, false],
        ['deploys web:3 with no breaker and rolls back by hand', undefined, true],
      ] as const
    ).map(([name, deploymentCircuitBreaker, byHand]) => ({
      name,
      steps: [
        call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          taskDefinition: 'web:2',
          deploymentConfiguration: { minimumHealthyPercent: 75, maximumPercent: 125 },
        }),
        wait(300),
        call('ecs', 'UpdateService', {
          cluster: 'shop',
          service: 'web',
          taskDefinition: 'web:3',
          ...(deploymentCircuitBreaker ? { deploymentConfiguration: { deploymentCircuitBreaker } } : {}),
        }),
        wait(300),
        ...(byHand
          ? [call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', taskDefinition: 'web:2' })]
          : []),
        wait(600),
      ],
      mustMiss: ['breaker-rollback'],
    })),
  ],
  '18-blue-green-canary': blueGreen18Attempts,
  '19-storage': storage19Attempts,
  '20-observability': observability20Attempts,
  '05-choosing-compute': choosingCompute05Attempts,
  '21-troubleshooting-exec': troubleshooting21Attempts,
  '22-copilot-successors': copilot22Attempts,
  '23-eks-alternative': eks23Attempts,
  '24-capstone-ticketing': capstone24Attempts,
};
