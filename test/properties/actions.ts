import fc from 'fast-check';
import { listOperations } from '../../src/engine';
import { AZS, ECS_AMI, PLAIN_AMI, base64 } from '../builders/account';
import { ref, type PlannedAction, type RefKind } from './refs';

/**
 * fast-check arbitraries for sequences of engine actions over the public API: every operation in the
 * registry, valid requests in their common variations, and deliberately broken ones so rejections happen too.
 * Resources made at run time are named with Refs (refs.ts) and resolved against the state just before a call.
 */

type Json = Record<string, unknown>;

const CLUSTERS = ['default', 'web', 'batch'] as const;
const FAMILIES = ['web', 'worker', 'edge'] as const;
const INSTANCE_TYPES = ['t2.micro', 't3.small', 't3.medium', 'm5.large', 'c5.large', 'm5.xlarge'] as const;
const ATTRIBUTE_NAMES = ['stack', 'team'] as const;
const ATTRIBUTE_VALUES = ['blue', 'green'] as const;

const call = (service: string, operation: string, input: unknown): PlannedAction => ({
  kind: 'call',
  service,
  operation,
  input,
});
const ecs = (operation: string) => (input: unknown) => call('ecs', operation, input);

/** Drops the undefined members, so a generated input never carries `member: undefined`. */
const compact = (members: Json): Json =>
  Object.fromEntries(Object.entries(members).filter(([, v]) => v !== undefined));

/** `arbitrary` about once in `n` draws, otherwise undefined. */
const onceIn = <T>(n: number, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const refTo = (kind: RefKind) =>
  fc.tuple(fc.nat(1000), fc.nat(2)).map(([pick, form]) => ref(kind, pick, form));
/** A container instance and, with the same pick, its own cluster (so the pair usually agrees). */
const instanceInItsCluster = fc
  .tuple(fc.nat(1000), fc.nat(1), fc.nat(1))
  .map(([pick, form, clusterForm]) => ({
    cluster: ref('containerInstanceCluster', pick, clusterForm),
    containerInstance: ref('containerInstance', pick, form),
  }));
const taskInItsCluster = fc.tuple(fc.nat(1000), fc.nat(1), fc.nat(1)).map(([pick, form, clusterForm]) => ({
  cluster: ref('taskCluster', pick, clusterForm),
  task: ref('task', pick, form),
}));

// ---- cluster query language expressions (memberOf constraints, ListContainerInstances filters) ----

const validExpression = fc.constantFrom(
  'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]',
  'attribute:ecs.instance-type =~ t.*',
  'attribute:ecs.instance-type == m5.large or attribute:ecs.availability-zone == us-east-1c',
  'attribute:stack == blue',
  'not(attribute:team exists)',
  'agentConnected == true',
  'runningTasksCount < 3',
  'task:group == web',
);
const hostileExpression = fc.constantFrom(
  'attribute:',
  'attribute:stack ==',
  '((attribute:stack == blue)',
  'attribute:stack === blue',
  "attribute:ecs.instance-type =~ '(a+)+$'",
  "attribute:ecs.instance-type =~ '(x+x+)+y'",
  "attribute:ecs.instance-type =~ '(?<=a)b'",
  `${'('.repeat(990)}attribute:stack == blue${')'.repeat(990)}`,
  'attribute:stack in [' + 'a, '.repeat(600) + 'b]',
);
const expression = fc.oneof(
  { weight: 3, arbitrary: validExpression },
  { weight: 2, arbitrary: hostileExpression },
);

// ---- EC2 ----

const script = (cluster: string, stack: string | undefined): string => {
  const lines = [`echo ECS_CLUSTER=${cluster} >> /etc/ecs/ecs.config`];
  if (stack) lines.push(`echo 'ECS_INSTANCE_ATTRIBUTES={"stack":"${stack}"}' >> /etc/ecs/ecs.config`);
  return base64(['#!/bin/bash', ...lines].join('\n'));
};

interface Launch {
  readonly image: string;
  readonly type: string;
  readonly count: number;
  readonly az: string | undefined;
  readonly profile: boolean;
  readonly userData: string | undefined;
}

const launchRequest = (l: Launch): PlannedAction =>
  call(
    'ec2',
    'RunInstances',
    compact({
      ImageId: l.image,
      InstanceType: l.type,
      MinCount: 1,
      MaxCount: l.count,
      Placement: l.az ? { AvailabilityZone: l.az } : undefined,
      IamInstanceProfile: l.profile ? { Name: 'ecsInstanceRole' } : undefined,
      UserData: l.userData,
    }),
  );

/** Instances that join `clusters` (ECS AMI, instance role, ECS_CLUSTER in user data), one to three a call. */
const workingLaunch = (clusters: ReadonlyArray<string>) =>
  fc
    .record({
      image: fc.constant(ECS_AMI),
      type: fc.constantFrom(...INSTANCE_TYPES),
      count: fc.integer({ min: 1, max: 3 }),
      az: fc.option(fc.constantFrom(...AZS), { nil: undefined }),
      profile: fc.constant(true),
      userData: fc
        .tuple(
          fc.constantFrom(...clusters),
          fc.option(fc.constantFrom(...ATTRIBUTE_VALUES), { nil: undefined }),
        )
        .map(([cluster, stack]) => script(cluster, stack)),
    })
    .map(launchRequest);

/** Launches that go wrong one way or another: no agent, no role, no such cluster, no such type, no user data. */
const troubledLaunch = fc
  .record({
    image: fc.constantFrom(ECS_AMI, 'ami-ecs', PLAIN_AMI),
    type: fc.constantFrom(...INSTANCE_TYPES, 'x9.mega'),
    count: fc.integer({ min: 1, max: 2 }),
    az: fc.option(fc.constantFrom(...AZS, 'us-east-1z'), { nil: undefined }),
    profile: fc.boolean(),
    userData: onceIn(
      4,
      fc.constantFrom(script('nowhere', undefined), script('default', 'blue'), 'not base64!'),
    ),
  })
  .map(launchRequest);

const terminateInstances = fc
  .array(refTo('instance'), { minLength: 1, maxLength: 2 })
  .map((InstanceIds) => call('ec2', 'TerminateInstances', { InstanceIds }));

// ---- task definitions ----

const image = fc.constantFrom(
  'nginx:latest',
  'nginx:1.27',
  'httpd:2.4',
  'public.ecr.aws/ecs-sandbox/web:v1',
  'public.ecr.aws/ecs-sandbox/web:crash',
  'public.ecr.aws/ecs-sandbox/web:unhealthy',
  'busybox',
  'busybox',
  'nginx:no-such-tag',
);

/** memory, memoryReservation, or both with the soft limit under the hard one. */
const containerMemory = fc.oneof(
  fc.integer({ min: 64, max: 1024 }).map((memory) => ({ memory })),
  fc.integer({ min: 64, max: 1024 }).map((memoryReservation) => ({ memoryReservation })),
  fc
    .tuple(fc.integer({ min: 64, max: 512 }), fc.integer({ min: 0, max: 512 }))
    .map(([memoryReservation, extra]) => ({ memoryReservation, memory: memoryReservation + extra })),
);

type Mode = 'bridge' | 'host' | 'awsvpc';

const portMappings = (mode: Mode) =>
  fc
    .uniqueArray(
      fc.record({
        containerPort: fc.constantFrom(80, 8080, 53),
        hostPort: fc.constantFrom<number | undefined>(undefined, 0, 80, 8080, 22, 53),
        protocol: fc.constantFrom<'tcp' | 'udp' | undefined>(undefined, 'tcp', 'udp'),
      }),
      {
        maxLength: 2,
        // one container port once; a host port repeated in one container is generated on purpose: the engine
        // must refuse it at registration rather than reserve the port twice
        comparator: (a, b) => a.containerPort === b.containerPort,
      },
    )
    .map((pms) =>
      pms.map((pm) =>
        compact({
          containerPort: pm.containerPort,
          hostPort: mode === 'bridge' ? pm.hostPort : undefined,
          protocol: pm.protocol,
        }),
      ),
    );

/** The essential container (the only one with ports, so no port is mapped twice) or a sidecar. */
const containerDefinition = (mode: Mode, name: string, withPorts: boolean) =>
  fc
    .record({
      image,
      memory: containerMemory,
      cpu: fc.option(fc.constantFrom(0, 128, 256, 1024, 2048), { nil: undefined }),
      ports: withPorts ? portMappings(mode) : fc.constant([]),
      sleep: fc.integer({ min: 0, max: 400 }),
    })
    .map((c) =>
      compact({
        name,
        image: c.image,
        ...c.memory,
        cpu: c.cpu,
        portMappings: c.ports.length ? c.ports : undefined,
        command: c.image === 'busybox' ? ['sleep', String(c.sleep)] : undefined,
      }),
    );

const containers = (mode: Mode) =>
  fc.oneof(
    fc.tuple(containerDefinition(mode, 'app', true)),
    fc.tuple(containerDefinition(mode, 'app', true), containerDefinition(mode, 'sidecar', false)),
  );

/** EC2 task definitions in every network mode, sometimes carrying a memberOf constraint of their own. */
const ec2Definition = fc
  .record({
    family: fc.constantFrom(...FAMILIES),
    mode: fc.constantFrom<Mode | undefined>(undefined, 'bridge', 'host', 'awsvpc'),
    requires: fc.constantFrom<ReadonlyArray<string> | undefined>(undefined, ['EC2']),
    constraint: onceIn(4, validExpression),
  })
  .chain((d) =>
    containers(d.mode ?? 'bridge').map((containerDefinitions) =>
      compact({
        family: d.family,
        networkMode: d.mode,
        requiresCompatibilities: d.requires,
        containerDefinitions,
        placementConstraints: d.constraint ? [{ type: 'memberOf', expression: d.constraint }] : undefined,
      }),
    ),
  );

/** Fargate definitions with valid sizes (also usable on EC2 when both are required). */
const fargateDefinition = fc
  .record({
    family: fc.constantFrom(...FAMILIES),
    size: fc.constantFrom(['256', '512'], ['1024', '2048'], ['0.5 vCPU', '1 GB']),
    requires: fc.constantFrom(['FARGATE'], ['EC2', 'FARGATE']),
    withPort: fc.boolean(),
  })
  .map((d) => ({
    family: d.family,
    requiresCompatibilities: d.requires,
    networkMode: 'awsvpc',
    cpu: d.size[0],
    memory: d.size[1],
    containerDefinitions: [
      compact({
        name: 'app',
        image: 'public.ecr.aws/ecs-sandbox/web:v1',
        portMappings: d.withPort ? [{ containerPort: 8080 }] : undefined,
      }),
    ],
  }));

/** Registrations ECS refuses: no memory at all, soft limit over the hard one, no such Fargate size, a port twice. */
const invalidDefinition = fc.constantFrom<Json>(
  { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx' }] },
  {
    family: 'web',
    containerDefinitions: [{ name: 'app', image: 'nginx', memory: 256, memoryReservation: 512 }],
  },
  {
    family: 'web',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '4096',
    containerDefinitions: [{ name: 'app', image: 'nginx' }],
  },
  {
    family: 'web',
    containerDefinitions: [
      { name: 'a', image: 'nginx', memory: 128, portMappings: [{ containerPort: 80, hostPort: 80 }] },
      { name: 'b', image: 'nginx', memory: 128, portMappings: [{ containerPort: 81, hostPort: 80 }] },
    ],
  },
);

const validDefinition = fc.oneof(
  { weight: 3, arbitrary: ec2Definition },
  { weight: 1, arbitrary: fargateDefinition },
);
const registerTaskDefinition = fc
  .oneof({ weight: 4, arbitrary: validDefinition }, { weight: 1, arbitrary: invalidDefinition })
  .map(ecs('RegisterTaskDefinition'));

const deregisterTaskDefinition = refTo('taskDefinition').map((taskDefinition) =>
  ecs('DeregisterTaskDefinition')({ taskDefinition }),
);
const deleteTaskDefinitions = refTo('taskDefinition').map((taskDefinition) =>
  ecs('DeleteTaskDefinitions')({ taskDefinitions: [taskDefinition] }),
);

// ---- tasks ----

const strategy = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('cpu', 'memory').map((field) => ({ type: 'binpack', field })) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom('instanceId', 'host', 'attribute:ecs.availability-zone', 'attribute:stack')
      .map((field) => ({ type: 'spread', field })),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'random' }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ type: 'binpack', field: 'disk' }, { type: 'random', field: 'cpu' }),
  },
);
const constraint = fc.oneof(
  fc.constant({ type: 'distinctInstance' }),
  expression.map((e) => ({ type: 'memberOf', expression: e })),
);
/** A networkConfiguration written out: all subnets or one, right for awsvpc definitions and wrong for others. */
const networkConfiguration = fc
  .array(refTo('subnet'), { minLength: 1, maxLength: 3 })
  .map((subnets) => ({ awsvpcConfiguration: { subnets } }));

/**
 * A task definition and the networking to go with it: usually the one it needs (resolved with the same pick),
 * sometimes a written-out configuration or none, which is wrong for one network mode or the other.
 */
const definitionAndNetwork = fc
  .tuple(fc.nat(1000), fc.nat(2), fc.nat(1), fc.nat(5))
  .chain(([pick, form, networkForm, networkChoice]) =>
    (networkChoice === 0 ? fc.option(networkConfiguration, { nil: undefined }) : fc.constant(undefined)).map(
      (written) => ({
        taskDefinition: ref('taskDefinition', pick, form),
        networkConfiguration: networkChoice === 0 ? written : ref('networkFor', pick, networkForm),
      }),
    ),
  );

/** Usually a cluster that has container instances (deregistered ones count), sometimes any cluster. */
const clusterToRunIn = fc.oneof(
  { weight: 3, arbitrary: refTo('containerInstanceCluster') },
  { weight: 1, arbitrary: refTo('cluster') },
);

const runEc2Task = fc
  .record({
    cluster: clusterToRunIn,
    definition: definitionAndNetwork,
    count: fc.integer({ min: 1, max: 10 }),
    launchType: fc.constantFrom<'EC2' | undefined>(undefined, 'EC2'),
    strategy: fc.array(strategy, { maxLength: 3 }),
    constraints: fc.array(constraint, { maxLength: 2 }),
    group: fc.option(fc.constantFrom('web', 'batch'), { nil: undefined }),
  })
  .map((r) =>
    compact({
      cluster: r.cluster,
      ...r.definition,
      count: r.count,
      launchType: r.launchType,
      placementStrategy: r.strategy.length ? r.strategy : undefined,
      placementConstraints: r.constraints.length ? r.constraints : undefined,
      group: r.group,
    }),
  );

/** Fargate: usually a Fargate-compatible definition and no placement settings; sometimes a strategy anyway. */
const runFargateTask = fc
  .record({
    cluster: refTo('cluster'),
    taskDefinition: fc.oneof(
      { weight: 4, arbitrary: refTo('fargateTaskDefinition') },
      { weight: 1, arbitrary: refTo('taskDefinition') },
    ),
    count: fc.integer({ min: 1, max: 10 }),
    network: networkConfiguration,
    platformVersion: fc.constantFrom(undefined, undefined, 'LATEST', '1.4.0', '9.9.9'),
    strategy: onceIn(6, strategy),
  })
  .map((r) =>
    compact({
      cluster: r.cluster,
      taskDefinition: r.taskDefinition,
      count: r.count,
      launchType: 'FARGATE',
      networkConfiguration: r.network,
      platformVersion: r.platformVersion,
      placementStrategy: r.strategy ? [r.strategy] : undefined,
    }),
  );

const runTask = fc
  .oneof({ weight: 4, arbitrary: runEc2Task }, { weight: 1, arbitrary: runFargateTask })
  .map(ecs('RunTask'));

const startTask = fc
  .record({
    target: instanceInItsCluster,
    others: fc.array(refTo('containerInstance'), { maxLength: 2 }),
    definition: definitionAndNetwork,
  })
  .map((r) =>
    ecs('StartTask')(
      compact({
        cluster: r.target.cluster,
        ...r.definition,
        containerInstances: [r.target.containerInstance, ...r.others],
      }),
    ),
  );

const stopTask = fc
  .tuple(taskInItsCluster, fc.option(fc.constant('done with it'), { nil: undefined }))
  .map(([target, reason]) => ecs('StopTask')(compact({ ...target, reason })));

// ---- container instances and attributes ----

const updateState = fc
  .tuple(instanceInItsCluster, fc.constantFrom('ACTIVE', 'DRAINING', 'DRAINING', 'REGISTERING'))
  .map(([target, status]) =>
    ecs('UpdateContainerInstancesState')({
      cluster: target.cluster,
      containerInstances: [target.containerInstance],
      status,
    }),
  );

const deregisterContainerInstance = fc
  .tuple(instanceInItsCluster, fc.constantFrom<boolean | undefined>(undefined, true, false))
  .map(([target, force]) => ecs('DeregisterContainerInstance')(compact({ ...target, force })));

const attribute = (withValue: boolean) =>
  fc
    .tuple(
      instanceInItsCluster,
      fc.constantFrom(...ATTRIBUTE_NAMES, 'ecs.instance-type'),
      fc.constantFrom(...ATTRIBUTE_VALUES),
    )
    .map(([target, name, value]) => ({
      cluster: target.cluster,
      attributes: [
        compact({
          name,
          value: withValue ? value : undefined,
          targetType: 'container-instance',
          targetId: target.containerInstance,
        }),
      ],
    }));

const setAgentConnected = fc
  .tuple(instanceInItsCluster, fc.boolean())
  .map(([target, connected]) => call('sim', 'SetAgentConnected', { ...target, connected }));

// ---- simulated faults (zones, Spot) ----

const zoneOutage = fc
  .tuple(
    fc.constantFrom('FailAvailabilityZone', 'RestoreAvailabilityZone'),
    fc.constantFrom(...AZS, 'us-east-1z'),
  )
  .map(([operation, availabilityZone]) => call('sim', operation, { availabilityZone }));
/** Spot Instances that join a cluster, so InterruptSpot has some to reclaim. */
const spotLaunch = workingLaunch(CLUSTERS).map((action) =>
  action.kind === 'call'
    ? { ...action, input: { ...(action.input as Json), InstanceMarketOptions: { MarketType: 'spot' } } }
    : action,
);
const interruptSpot = fc.oneof(
  taskInItsCluster.map((t) => call('sim', 'InterruptSpot', t)),
  refTo('cluster').map((cluster) => call('sim', 'InterruptSpot', { cluster })),
  refTo('instance').map((instanceId) => call('sim', 'InterruptSpot', { instanceId })),
);

// ---- clusters ----

const createCluster = fc
  .constantFrom<Json>(
    ...CLUSTERS.map((clusterName) => ({ clusterName })),
    {},
    { clusterName: 'not a valid name!' },
  )
  .map(ecs('CreateCluster'));
const deleteCluster = refTo('cluster').map((cluster) => ecs('DeleteCluster')({ cluster }));

// ---- reads ----

const reads = fc.oneof(
  refTo('cluster').map((c) => ecs('DescribeClusters')({ clusters: [c] })),
  fc.constant(ecs('ListClusters')({})),
  refTo('taskDefinition').map((taskDefinition) => ecs('DescribeTaskDefinition')({ taskDefinition })),
  fc
    .constantFrom({}, { familyPrefix: 'web' }, { status: 'INACTIVE', sort: 'DESC' })
    .map(ecs('ListTaskDefinitions')),
  fc.constantFrom({}, { status: 'ALL' }).map(ecs('ListTaskDefinitionFamilies')),
  taskInItsCluster.map((t) => ecs('DescribeTasks')({ cluster: t.cluster, tasks: [t.task] })),
  fc
    .tuple(refTo('cluster'), fc.constantFrom(undefined, 'RUNNING', 'STOPPED'))
    .map(([cluster, desiredStatus]) => ecs('ListTasks')(compact({ cluster, desiredStatus }))),
  instanceInItsCluster.map((t) =>
    ecs('DescribeContainerInstances')({ cluster: t.cluster, containerInstances: [t.containerInstance] }),
  ),
  fc
    .tuple(refTo('cluster'), fc.option(expression, { nil: undefined }))
    .map(([cluster, filter]) => ecs('ListContainerInstances')(compact({ cluster, filter }))),
  fc
    .tuple(refTo('cluster'), fc.option(fc.constantFrom(...ATTRIBUTE_NAMES), { nil: undefined }))
    .map(([cluster, attributeName]) =>
      ecs('ListAttributes')(compact({ cluster, targetType: 'container-instance', attributeName })),
    ),
  fc.constant(call('ec2', 'DescribeInstances', {})),
  fc.constant(call('ec2', 'DescribeSubnets', {})),
  fc
    .constantFrom({}, { InstanceTypes: ['m5.large', 'x9.mega'] })
    .map((i) => call('ec2', 'DescribeInstanceTypes', i)),
);

// ---- deliberately broken requests ----

const HUGE = 'x'.repeat(200_000);
/** `{ a: { a: … } }`, `levels` deep; fast-check prints it as a short note (its printer would overflow the stack). */
const deep = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { a: value };
  return Object.defineProperty(value, fc.toStringMethod, { value: () => `<{a:…} ${levels} levels deep>` });
};
const DEEP = deep(5000);

const junkInput = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    42,
    'RunTask',
    [],
    { bogus: true },
    { cluster: 5 },
    { cluster: HUGE },
    { clusterName: HUGE },
    { taskDefinition: HUGE, count: 1 },
    { taskDefinition: 'web', count: 'three' },
    { taskDefinition: 'web', count: 0 },
    { taskDefinition: 'web', count: 1e9 },
    { family: 'web', containerDefinitions: DEEP },
    { family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 128, nested: DEEP }] },
    { containerInstances: Array.from({ length: 5000 }, () => 'x') },
    { cluster: 'default', task: 'arn:aws:ecs:us-east-1:123456789012:task/default/' + 'f'.repeat(32) },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);
const junk = fc
  .tuple(fc.constantFrom(...listOperations()), junkInput)
  .map(([op, input]) => call(op.service, op.operation, input));
const unknownOperation = fc.constantFrom(
  call('ecs', 'CreateService', {}),
  call('s3', 'ListBuckets', {}),
  call('ecs', '__proto__', {}),
  call('constructor', 'name', {}),
);
const badAdvance = fc.constantFrom<PlannedAction>(
  { kind: 'advance', seconds: -1 },
  { kind: 'advance', seconds: Number.NaN },
  { kind: 'advance', seconds: Number.POSITIVE_INFINITY },
);

const advance = fc
  .integer({ min: 0, max: 300 })
  .map((seconds): PlannedAction => ({ kind: 'advance', seconds }));
/** Past the hour after which ECS forgets a stopped task, so the "no lost task" property sees tasks expire. */
const longAdvance = fc
  .integer({ min: 3600, max: 4000 })
  .map((seconds): PlannedAction => ({ kind: 'advance', seconds }));

/** One action of a sequence, weighted toward placing, stopping and time passing. */
export const anyAction: fc.Arbitrary<PlannedAction> = fc.oneof(
  { weight: 6, arbitrary: runTask },
  { weight: 6, arbitrary: advance },
  { weight: 1, arbitrary: longAdvance },
  { weight: 2, arbitrary: startTask },
  { weight: 2, arbitrary: stopTask },
  { weight: 2, arbitrary: registerTaskDefinition },
  { weight: 1, arbitrary: deregisterTaskDefinition },
  { weight: 1, arbitrary: deleteTaskDefinitions },
  { weight: 1, arbitrary: workingLaunch(CLUSTERS) },
  { weight: 1, arbitrary: troubledLaunch },
  { weight: 1, arbitrary: terminateInstances },
  { weight: 1, arbitrary: updateState },
  { weight: 1, arbitrary: deregisterContainerInstance },
  { weight: 1, arbitrary: attribute(true).map(ecs('PutAttributes')) },
  { weight: 1, arbitrary: attribute(false).map(ecs('DeleteAttributes')) },
  { weight: 1, arbitrary: setAgentConnected },
  { weight: 1, arbitrary: zoneOutage },
  { weight: 1, arbitrary: interruptSpot },
  { weight: 1, arbitrary: spotLaunch },
  { weight: 1, arbitrary: createCluster },
  { weight: 1, arbitrary: deleteCluster },
  { weight: 3, arbitrary: reads },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: fc.oneof(unknownOperation, badAdvance) },
);

/**
 * The start of every sequence: one to three clusters, one to three launches of instances that join them, one to
 * three valid task definitions, two minutes for the agents to register and one or two RunTask calls, so the
 * random actions after it find working clusters with tasks on them.
 */
export const prelude: fc.Arbitrary<PlannedAction[]> = fc
  .uniqueArray(fc.constantFrom(...CLUSTERS), { minLength: 1, maxLength: 3 })
  .chain((clusters) =>
    fc
      .tuple(
        fc.array(workingLaunch(clusters), { minLength: 1, maxLength: 3 }),
        fc.array(validDefinition.map(ecs('RegisterTaskDefinition')), { minLength: 1, maxLength: 3 }),
        fc.array(runEc2Task.map(ecs('RunTask')), { minLength: 1, maxLength: 2 }),
      )
      .map(([launches, definitions, runs]): PlannedAction[] => [
        ...clusters.map((clusterName) => ecs('CreateCluster')({ clusterName })),
        ...launches,
        ...definitions,
        { kind: 'advance', seconds: 120 },
        ...runs,
      ]),
  );

/** A whole sequence: the prelude, then up to `maxActions` random actions. */
export const actionSequence = (maxActions: number): fc.Arbitrary<PlannedAction[]> =>
  fc
    .tuple(prelude, fc.array(anyAction, { maxLength: maxActions }))
    .map(([start, rest]) => [...start, ...rest]);
