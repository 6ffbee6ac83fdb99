import { containerInstancesInput } from '../../src/course/fixtures';
import { tasksWhere } from '../../src/course/goals';
import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { ContainerDefinitionInput, Simulation } from '../../src/engine/index';

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
      mustMiss: ['stop-standalone', 'two-tasks-one-definition'],
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
  ],
};
