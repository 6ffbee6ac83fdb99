import { taskArn as makeTaskArn } from '../arns';
import type { EngineContext } from '../context';
import { clientException } from '../errors';
import { registeredInstancesOf } from '../indexes';
import { requestTaskStop } from '../lifecycle';
import type { ContainerInstance, Task } from '../model/ecs';
import type { PlacementConstraint, PlacementStrategy } from '../model/taskDefinition';
import type { SimState } from '../state';
import { seededUuid } from '../tasks/eni';
import type { Launch } from '../tasks/launch';
import { applyOverrides, type TaskOverride } from '../tasks/overrides';
import { NONE } from '../tasks/empty';
import { placeLaunch } from '../tasks/placeLaunch';

/**
 * Tasks waiting in PROVISIONING for an Auto Scaling group capacity provider to add room (ecs-reference §8.3).
 *
 * A task launched through a provider with managed scaling that finds no room on the provider's instances is
 * stored PROVISIONING (desiredStatus RUNNING, no instance) instead of failing; with managed scaling off it fails
 * at once, as before (AWS containers blog "Deep dive on Amazon ECS cluster auto scaling", quoted in
 * PRX/Infrastructure issue #402). Waiting tasks are placed, oldest first, each minute (`capacity` phase) and
 * when an instance registers; they count in the provider's CapacityProviderReservation, which is what makes
 * managed scaling add instances.
 */

/** ECS quota "tasks in PROVISIONING state per cluster" (ecs-reference §8.3; later docs say 500, UNVERIFIED). */
export const PROVISIONING_QUOTA = 300;

/**
 * How long a task waits before it stops. The AWS blog above says provisioning tasks "wait for capacity for
 * between 10 and 30 minutes" (quoted in aws/containers-roadmap issue #2381); the sandbox waits the 30 minutes,
 * checked at each whole minute.
 */
export const PROVISIONING_TIMEOUT = 30 * 60;

/**
 * The stop code and reason of a task that waited too long. Not documented; reports of the console showing
 * "TaskFailedToStart: EMPTY CAPACITY PROVIDER" for tasks that left PROVISIONING unplaced (a Stack Overflow
 * question retold on openillumi.com) are the source: UNVERIFIED.
 */
export const PROVISIONING_TIMEOUT_STOP = {
  stopCode: 'TaskFailedToStart',
  reason: 'EMPTY CAPACITY PROVIDER',
} as const;

export const isWaiting = (t: Task): boolean =>
  t.waiting !== undefined && t.lastStatus === 'PROVISIONING' && t.desiredStatus === 'RUNNING';

/** The tasks of a cluster waiting for capacity, oldest first (then in task-table order). */
export function waitingTasks(state: SimState, clusterArn?: string): Task[] {
  const waiting = Object.values(state.ecs.tasks).filter(
    (t) => isWaiting(t) && (clusterArn === undefined || t.clusterArn === clusterArn),
  );
  return waiting.sort((a, b) => a.waiting!.since - b.waiting!.since);
}

/** Refuses a launch that would take the cluster past the PROVISIONING quota (RunTask's ClientException). */
export function checkProvisioningQuota(state: SimState, clusterArn: string, more: number): void {
  const now = waitingTasks(state, clusterArn).length;
  if (now + more > PROVISIONING_QUOTA) {
    throw clientException(
      `Too many tasks are waiting in PROVISIONING: the cluster has ${now}, and ${more} more would pass the quota ` +
        `of ${PROVISIONING_QUOTA} per cluster. Wait for capacity to be added, or launch fewer tasks.`,
    );
  }
}

const containerArnOf = (taskArn: string, id: string) =>
  [taskArn.replace(':task/', ':container/'), id].join('/');

/**
 * Stores `count` tasks of `launch` waiting in PROVISIONING for `provider`: no instance, nothing reserved yet
 * (`reserved` holds what they will need), their placement constraints and strategies kept for the placement
 * to come. Emits TaskProvisioning for each. The caller checks the quota first.
 */
export function storeWaitingTasks(
  ctx: EngineContext,
  launch: Launch,
  count: number,
  provider: string,
  constraints: ReadonlyArray<PlacementConstraint>,
  strategies: ReadonlyArray<PlacementStrategy>,
  asked: ReadonlyArray<PlacementStrategy>,
): Task[] {
  const spec = launch.spec;
  const td = spec.taskDefinition;
  const made: Task[] = [];
  for (let i = 0; i < count; i++) {
    const arn = makeTaskArn(ctx.state, spec.cluster.clusterName, ctx.randomHex(32));
    const task: Task = {
      taskArn: arn,
      clusterArn: spec.cluster.clusterArn,
      taskDefinitionArn: td.taskDefinitionArn,
      launchType: 'EC2',
      capacityProviderName: provider,
      availabilityZone: '',
      lastStatus: 'PROVISIONING',
      desiredStatus: 'RUNNING',
      group: spec.group,
      ...(spec.startedBy !== undefined ? { startedBy: spec.startedBy } : {}),
      ...(td.cpu !== undefined ? { cpu: td.cpu } : {}),
      ...(td.memory !== undefined ? { memory: td.memory } : {}),
      reserved: spec.reservation,
      containers: td.containerDefinitions.map((c) => ({
        containerArn: containerArnOf(arn, seededUuid(ctx)),
        name: c.name,
        image: c.image,
        lastStatus: 'PENDING',
        healthStatus: 'UNKNOWN',
        essential: c.essential ?? true,
        networkBindings: NONE,
      })),
      healthStatus: 'UNKNOWN',
      createdAt: ctx.now,
      overrides: spec.overrides,
      tags: spec.tags,
      placementConstraints: constraints,
      placementStrategy: asked,
      waiting: {
        since: ctx.now,
        strategies,
        ...(launch.subnets ? { subnets: launch.subnets.map((s) => s.SubnetId) } : {}),
      },
      version: 1,
    };
    ctx.tx.set(ctx.state.ecs.tasks, arn, task);
    ctx.emit({ type: 'TaskProvisioning', at: ctx.now, taskArn: arn, capacityProvider: provider });
    made.push(task);
  }
  return made;
}

/** The launch a waiting task was made from, rebuilt from its record (undefined when its definition is gone). */
function launchOf(state: SimState, task: Task): Launch | undefined {
  const cluster = state.ecs.clusters[task.clusterArn];
  const definition = state.ecs.taskDefinitions[task.taskDefinitionArn];
  if (!cluster || !definition) return undefined;
  const effective = applyOverrides(definition, task.overrides as TaskOverride);
  const subnets = task.waiting?.subnets?.flatMap((id) => {
    const s = state.ec2.subnets[id];
    return s ? [s] : [];
  });
  return {
    cluster,
    definition,
    effective,
    reservation: task.reserved,
    group: task.group,
    ...(subnets ? { subnets } : {}),
    spec: {
      cluster,
      taskDefinition: effective,
      group: task.group,
      ...(task.startedBy !== undefined ? { startedBy: task.startedBy } : {}),
      overrides: task.overrides,
      tags: task.tags,
      reservation: task.reserved,
    },
  };
}

/** The provider's registered instances, when one of them could hold `task` by CPU and memory (a cheap pre-check). */
function roomFor(state: SimState, task: Task): ContainerInstance[] | undefined {
  const instances = registeredInstancesOf(state, task.clusterArn).filter(
    (ci) => ci.capacityProviderName === task.capacityProviderName,
  );
  const fits = instances.some(
    (ci) =>
      ci.status === 'ACTIVE' &&
      ci.agentConnected &&
      ci.remainingResources.cpu >= task.reserved.cpu &&
      ci.remainingResources.memory >= task.reserved.memory,
  );
  return fits ? instances : undefined;
}

/** Tries to place one waiting task through the placement pipeline; true when it was placed. */
function placeWaiting(ctx: EngineContext, task: Task): boolean {
  const instances = roomFor(ctx.state, task);
  if (!instances) return false;
  const launch = launchOf(ctx.state, task);
  if (!launch) return false;
  const result = placeLaunch(
    ctx,
    launch,
    1,
    instances,
    task.placementConstraints,
    task.waiting!.strategies,
    task.placementStrategy,
    task.capacityProviderName!,
    task,
  );
  const placed = result.tasks[0];
  if (!placed) return false;
  if (placed.lastStatus !== 'PROVISIONING') {
    ctx.emit({
      type: 'TaskStateChanged',
      at: ctx.now,
      taskArn: placed.taskArn,
      from: 'PROVISIONING',
      to: placed.lastStatus,
    });
  }
  return true;
}

/**
 * Places the waiting tasks of a cluster (or of every cluster), oldest first. A provider whose task found no room
 * is not tried again in this pass (the sandbox's simplification: its next tasks wait their turn).
 */
export function placeWaitingTasks(ctx: EngineContext, clusterArn?: string): void {
  const full = new Set<string>();
  for (const task of waitingTasks(ctx.state, clusterArn)) {
    const key = `${task.clusterArn}|${task.capacityProviderName}`;
    if (full.has(key)) continue;
    const current = ctx.state.ecs.tasks[task.taskArn];
    if (!current || !isWaiting(current)) continue;
    if (!placeWaiting(ctx, current)) full.add(key);
  }
}

/** Stops the tasks that have waited PROVISIONING_TIMEOUT or longer. */
export function expireWaitingTasks(ctx: EngineContext): void {
  for (const task of waitingTasks(ctx.state)) {
    if (ctx.now - task.waiting!.since < PROVISIONING_TIMEOUT) continue;
    requestTaskStop(ctx, task.taskArn, PROVISIONING_TIMEOUT_STOP);
  }
}
