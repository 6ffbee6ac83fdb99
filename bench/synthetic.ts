import type {
  AgentPhase,
  ClusterArn,
  ContainerInstance,
  ContainerInstanceArn,
  ContainerInstanceStatus,
  DesiredStatus,
  Ec2Instance,
  InstanceId,
  InstanceStateName,
  SimState,
  Task,
  TaskArn,
  TaskDefinitionArn,
  TaskStatus,
} from '../src/engine/index';
import { exhaustive } from '../src/lib/assert';

/**
 * Plain SimState objects for the map's tests and benchmark, built without running the engine (the map reads
 * state; it never needs the engine's code). Values follow the engine's record shapes and ARN formats.
 */
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const AGENT_PORTS = [22, 2375, 2376, 51678, 51679];

/** Registered CPU units, MiB and task ENI slots of the instance types the fixtures use. */
export const INSTANCE_TYPES: Readonly<Record<string, { cpu: number; memory: number; eniSlots: number }>> = {
  'm5.large': { cpu: 2048, memory: 7680, eniSlots: 2 },
  'm5.xlarge': { cpu: 4096, memory: 15_600, eniSlots: 3 },
  'c5.large': { cpu: 2048, memory: 3600, eniSlots: 2 },
  't3.medium': { cpu: 2048, memory: 3840, eniSlots: 2 },
};

export interface InstanceSpec {
  /** EC2 instance id, e.g. i-0abc… */
  readonly id: string;
  readonly type: string;
  readonly az: string;
  readonly launchedAt?: number;
  /** defaults to a registered agent; any other phase leaves the instance without a container instance */
  readonly agent?: AgentPhase['phase'];
  readonly agentDetail?: string;
  readonly state?: InstanceStateName;
  readonly status?: ContainerInstanceStatus;
  readonly connected?: boolean;
  readonly attributes?: Readonly<Record<string, string | undefined>>;
  /** the EC2 Name tag */
  readonly name?: string;
}

export interface TaskSpec {
  readonly id: string;
  readonly family: string;
  readonly revision?: number;
  /** EC2 instance id the task is placed on; omit for Fargate or for a task still waiting for capacity */
  readonly on?: string;
  readonly launchType?: Task['launchType'];
  readonly az?: string;
  readonly lastStatus?: TaskStatus;
  readonly desiredStatus?: DesiredStatus;
  readonly cpu?: number;
  readonly memory?: number;
  readonly ports?: ReadonlyArray<number>;
  readonly eni?: boolean;
  /** defaults to `family:<family>` */
  readonly group?: string;
  readonly createdAt?: number;
  readonly stoppedReason?: string;
}

export interface ClusterSpec {
  readonly cluster?: string;
  readonly now?: number;
  readonly instances: ReadonlyArray<InstanceSpec>;
  readonly tasks: ReadonlyArray<TaskSpec>;
}

const ecsArn = (kind: string, rest: string) => `arn:aws:ecs:${REGION}:${ACCOUNT}:${kind}/${rest}`;

/** The container instance ARN the builder gives the instance with EC2 id `instanceId`. */
export const ciArnFor = (instanceId: string, cluster = 'demo') =>
  ecsArn('container-instance', `${cluster}/${instanceId.slice(2).padEnd(32, '0')}`) as ContainerInstanceArn;

/** The task ARN the builder gives the task with id `taskId`. */
export const taskArnFor = (taskId: string, cluster = 'demo') =>
  ecsArn('task', `${cluster}/${taskId}`) as TaskArn;

function agentOf(spec: InstanceSpec, cluster: string): AgentPhase {
  const detail = spec.agentDetail ?? 'waiting';
  const phase = spec.agent ?? 'registered';
  switch (phase) {
    case 'registered':
      return { phase: 'registered', containerInstanceArn: ciArnFor(spec.id, cluster) };
    case 'booting':
      return { phase: 'booting', registerAt: 60 };
    case 'no-credentials':
      return { phase: 'no-credentials', detail };
    case 'waiting-for-cluster':
      return { phase: 'waiting-for-cluster', detail };
    case 'config-error':
      return { phase: 'config-error', detail };
    case 'none':
      return { phase: 'none' };
    case 'stopped':
      return { phase: 'stopped' };
    default:
      return exhaustive(phase, 'unknown agent phase');
  }
}

function taskOf(spec: TaskSpec, cluster: string, clusterArn: ClusterArn): Task {
  const launchType = spec.launchType ?? (spec.on ? 'EC2' : 'FARGATE');
  return {
    taskArn: taskArnFor(spec.id, cluster),
    clusterArn,
    taskDefinitionArn: ecsArn('task-definition', `${spec.family}:${spec.revision ?? 1}`) as TaskDefinitionArn,
    containerInstanceArn: spec.on ? ciArnFor(spec.on, cluster) : undefined,
    launchType,
    availabilityZone: spec.az ?? 'us-east-1a',
    lastStatus: spec.lastStatus ?? 'RUNNING',
    desiredStatus: spec.desiredStatus ?? (spec.lastStatus === 'STOPPED' ? 'STOPPED' : 'RUNNING'),
    group: spec.group ?? `family:${spec.family}`,
    reserved: {
      cpu: spec.cpu ?? 256,
      memory: spec.memory ?? 512,
      ports: spec.ports ?? [],
      portsUdp: [],
      eni: spec.eni ?? launchType === 'FARGATE',
    },
    containers: [],
    healthStatus: 'UNKNOWN',
    createdAt: spec.createdAt ?? 0,
    stoppedReason: spec.stoppedReason,
    overrides: {},
    tags: [],
    placementConstraints: [],
    placementStrategy: [],
    version: 1,
  };
}

function containerInstanceOf(
  spec: InstanceSpec,
  clusterArn: ClusterArn,
  cluster: string,
  held: ReadonlyArray<Task>,
) {
  const size = INSTANCE_TYPES[spec.type] ?? INSTANCE_TYPES['m5.large']!;
  const sum = (f: (t: Task) => number) => held.reduce((n, t) => n + f(t), 0);
  const builtIn: Record<string, string | undefined> = {
    'ecs.availability-zone': spec.az,
    'ecs.instance-type': spec.type,
    'ecs.os-type': 'linux',
    'ecs.cpu-architecture': 'x86_64',
    'ecs.capability.task-eni': undefined,
  };
  const ci: ContainerInstance = {
    containerInstanceArn: ciArnFor(spec.id, cluster),
    clusterArn,
    ec2InstanceId: spec.id as InstanceId,
    status: spec.status ?? 'ACTIVE',
    agentConnected: spec.connected ?? true,
    agentVersion: '1.90.0',
    registeredAt: spec.launchedAt ?? 0,
    attributes: Object.entries({ ...builtIn, ...spec.attributes }).map(([name, value]) => ({ name, value })),
    registeredResources: { cpu: size.cpu, memory: size.memory, ports: AGENT_PORTS, portsUdp: [] },
    remainingResources: {
      cpu: size.cpu - sum((t) => t.reserved.cpu),
      memory: size.memory - sum((t) => t.reserved.memory),
      ports: [...AGENT_PORTS, ...held.flatMap((t) => t.reserved.ports)],
      portsUdp: [],
    },
    eniSlots: size.eniSlots,
    enisInUse: sum((t) => (t.reserved.eni ? 1 : 0)),
    dynamicPortRange: [32768, 60999],
    lastDynamicPort: 32768,
    version: 1,
  };
  return ci;
}

/**
 * Pure: a SimState holding one cluster with the given instances and tasks. Each registered instance's remaining
 * resources are what its non-stopped tasks leave, as the engine keeps them.
 */
export function syntheticState(spec: ClusterSpec): SimState {
  const cluster = spec.cluster ?? 'demo';
  const clusterArn = ecsArn('cluster', cluster) as ClusterArn;
  const tasks = spec.tasks.map((t) => taskOf(t, cluster, clusterArn));
  const instances: Record<string, Ec2Instance> = {};
  const containerInstances: Record<string, ContainerInstance> = {};
  for (const i of spec.instances) {
    const agent = agentOf(i, cluster);
    instances[i.id] = {
      InstanceId: i.id as InstanceId,
      ImageId: agent.phase === 'none' ? 'ami-plain' : 'ami-ecs',
      InstanceType: i.type,
      AvailabilityZone: i.az,
      SubnetId: `subnet-${i.az}`,
      VpcId: 'vpc-0a1b2c3d4e5f60718',
      PrivateIpAddress: '172.31.0.10',
      State: i.state ?? 'running',
      LaunchTime: i.launchedAt ?? 0,
      Tags: i.name === undefined ? [] : [{ Key: 'Name', Value: i.name }],
      agent,
      clusterArn: agent.phase === 'registered' ? clusterArn : undefined,
      agentConfig: agent.phase === 'none' ? undefined : { ...DEFAULT_AGENT_CONFIG, cluster },
    };
    if (agent.phase !== 'registered') continue;
    const held = tasks.filter(
      (t) => t.containerInstanceArn === agent.containerInstanceArn && t.lastStatus !== 'STOPPED',
    );
    containerInstances[agent.containerInstanceArn] = containerInstanceOf(i, clusterArn, cluster, held);
  }
  return {
    seed: 1,
    startEpoch: 1_767_225_600,
    accountId: ACCOUNT,
    region: REGION,
    clock: { now: spec.now ?? 0, rng: 1, seq: 0 },
    ec2: { vpcs: {}, subnets: {}, instances, launchTemplates: {} },
    iam: { roles: {}, instanceProfiles: {}, calls: {} },
    ssm: { parameters: {} },
    secretsManager: { secrets: {} },
    s3: { buckets: {} },
    ecr: { repositories: {} },
    efs: { fileSystems: {}, mountTargets: {}, accessPoints: {} },
    files: {},
    logs: { groups: {} },
    ecs: {
      clusters: {},
      taskDefinitions: {},
      families: {},
      containerInstances,
      tasks: Object.fromEntries(tasks.map((t) => [t.taskArn, t])),
      services: {},
      capacityProviders: {},
    },
    elbv2: { loadBalancers: {}, targetGroups: {}, listeners: {}, rules: {}, targets: {} },
    cloudwatch: { metrics: {}, alarms: {} },
    applicationAutoScaling: { targets: {}, policies: {}, scheduledActions: {}, activities: {} },
    autoscaling: { groups: {}, policies: {}, activities: {} },
    serviceDiscovery: { namespaces: {}, traffic: {}, calls: {}, clock: { running: false } },
    load: {},
    minuteClock: { running: false },
    failedZones: {},
    traces: {},
    timers: [],
    events: [],
    retention: { droppedEvents: 0, droppedTraces: 0 },
  };
}

const DEFAULT_AGENT_CONFIG = {
  attributes: {},
  reservedMemory: 0,
  reservedPorts: AGENT_PORTS,
  reservedPortsUdp: [],
  dynamicPortRange: [32768, 60999] as const,
  loggingDrivers: ['json-file', 'awslogs'],
};
