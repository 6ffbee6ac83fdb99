import type { ContainerInstanceArn, SimState, TaskArn } from '../../src/engine/index';
import {
  ciArnFor,
  syntheticState,
  taskArnFor,
  type ClusterSpec,
  type InstanceSpec,
  type TaskSpec,
} from '../../bench/synthetic';

/** Instance ids used across the viz tests (17 hex digits, as EC2 ids have). */
export const I = {
  a1: 'i-0aaa1111111111111',
  a2: 'i-0aaa2222222222222',
  b1: 'i-0bbb1111111111111',
  b2: 'i-0bbb2222222222222',
  c1: 'i-0ccc1111111111111',
  c2: 'i-0ccc2222222222222',
  c3: 'i-0ccc3333333333333',
} as const;

/** A 32-hex task id ending in `n`. */
export const tid = (n: number) => `7a5c${String(n).padStart(28, '0')}`;

/** The fleet of the mixed scenario: three AZs, four instance types, one draining, one booting, one waiting. */
export const MIXED_FLEET: ReadonlyArray<InstanceSpec> = [
  { id: I.a1, type: 'm5.large', az: 'us-east-1a', attributes: { team: 'payments' } },
  { id: I.a2, type: 'c5.large', az: 'us-east-1a', launchedAt: 5 },
  { id: I.b1, type: 'm5.xlarge', az: 'us-east-1b', attributes: { team: 'search' } },
  { id: I.b2, type: 't3.medium', az: 'us-east-1b', status: 'DRAINING', launchedAt: 5 },
  { id: I.c1, type: 'm5.large', az: 'us-east-1c', attributes: { team: 'payments' } },
  {
    id: I.c2,
    type: 't3.medium',
    az: 'us-east-1c',
    agent: 'waiting-for-cluster',
    agentDetail: "cluster 'demo' does not exist yet; the agent retries",
    launchedAt: 10,
  },
  { id: I.c3, type: 'c5.large', az: 'us-east-1c', agent: 'booting', launchedAt: 20 },
];

/** Tasks of the mixed scenario: services and standalone families, every phase, Fargate, and one unplaced. */
export const MIXED_TASKS: ReadonlyArray<TaskSpec> = [
  {
    id: tid(1),
    family: 'web',
    revision: 3,
    group: 'service:web',
    on: I.a1,
    ports: [80],
    cpu: 512,
    memory: 1024,
  },
  {
    id: tid(2),
    family: 'web',
    revision: 3,
    group: 'service:web',
    on: I.b1,
    ports: [80],
    cpu: 512,
    memory: 1024,
  },
  {
    id: tid(3),
    family: 'web',
    revision: 3,
    group: 'service:web',
    on: I.c1,
    ports: [80],
    cpu: 512,
    memory: 1024,
  },
  { id: tid(4), family: 'worker', on: I.a1, lastStatus: 'PENDING', cpu: 1024, memory: 2048, createdAt: 30 },
  { id: tid(5), family: 'api', revision: 2, group: 'service:api', on: I.b1, eni: true, createdAt: 10 },
  {
    id: tid(6),
    family: 'api',
    revision: 2,
    group: 'service:api',
    on: I.b2,
    desiredStatus: 'STOPPED',
    stoppedReason: 'Instance is draining',
    createdAt: 10,
  },
  {
    id: tid(7),
    family: 'batch',
    revision: 5,
    on: I.a2,
    lastStatus: 'DEACTIVATING',
    desiredStatus: 'STOPPED',
    createdAt: 40,
  },
  { id: tid(8), family: 'api', revision: 2, group: 'service:api', az: 'us-east-1b', createdAt: 12 },
  {
    id: tid(9),
    family: 'api',
    revision: 2,
    group: 'service:api',
    az: 'us-east-1c',
    lastStatus: 'PROVISIONING',
    createdAt: 50,
  },
  {
    id: tid(10),
    family: 'web',
    revision: 2,
    group: 'service:web',
    on: I.c1,
    lastStatus: 'STOPPED',
    createdAt: 0,
  },
  { id: tid(11), family: 'batch', revision: 5, launchType: 'EC2', lastStatus: 'PROVISIONING', createdAt: 60 },
];

/** The mixed scenario at virtual time 20 s (the booting instance registers at 60 s). */
export function mixedCluster(overrides: Partial<ClusterSpec> = {}): SimState {
  return syntheticState({ now: 20, instances: MIXED_FLEET, tasks: MIXED_TASKS, ...overrides });
}

/** What to stage on the mixed scenario's records: capacity providers of tasks and instances, Spot Instances. */
export interface Staging {
  /** task number → the capacity provider it was launched through */
  readonly tasks?: Readonly<Record<number, string>>;
  /** instance id → the capacity provider its container instance belongs to */
  readonly instances?: Readonly<Record<string, string>>;
  /** instance ids EC2 runs as Spot Instances */
  readonly spot?: ReadonlyArray<string>;
}

/**
 * The mixed scenario with capacity-provider fields staged on its records, as the engine would set them
 * (`capacityProviderName` on tasks and container instances, `InstanceLifecycle: 'spot'` on EC2 records).
 */
export function withCapacity(staging: Staging, base: SimState = mixedCluster()): SimState {
  const tasks = { ...base.ecs.tasks };
  for (const [n, name] of Object.entries(staging.tasks ?? {})) {
    const arn = taskArnFor(tid(Number(n))) as TaskArn;
    tasks[arn] = { ...tasks[arn]!, capacityProviderName: name };
  }
  const containerInstances = { ...base.ecs.containerInstances };
  for (const [id, name] of Object.entries(staging.instances ?? {})) {
    const arn = ciArnFor(id) as ContainerInstanceArn;
    containerInstances[arn] = { ...containerInstances[arn]!, capacityProviderName: name };
  }
  const instances = { ...base.ec2.instances };
  for (const id of staging.spot ?? []) {
    const ec2 = instances[id]!;
    // staged through a spread: the field is new in the EC2 model, and older records simply lack it
    instances[id] = { ...ec2, InstanceLifecycle: 'spot' } as typeof ec2;
  }
  return {
    ...base,
    ecs: { ...base.ecs, tasks, containerInstances },
    ec2: { ...base.ec2, instances },
  };
}

/** Fargate Spot and Fargate tasks (8, 9), a Spot Instance in a Spot group (a1), an On-Demand one in another (b1). */
export const MIXED_CAPACITY: Staging = {
  tasks: { 1: 'asg-spot', 4: 'asg-spot', 2: 'asg-on-demand', 8: 'FARGATE_SPOT', 9: 'FARGATE' },
  instances: { [I.a1]: 'asg-spot', [I.b1]: 'asg-on-demand' },
  spot: [I.a1],
};
