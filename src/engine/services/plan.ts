import type { ContainerInstance, Task } from '../model/ecs';
import type { Service } from '../model/service';
import { loadOn } from '../indexes';
import type { SimState } from '../state';
import { deploymentBounds } from './bounds';
import { healthCheckFailure, isHealthy, isServing } from './health';
import { scalingActivity } from './messages';
import { chooseTasksToStop } from './scaleIn';

/** A task the plan stops: its stoppedReason, and the service event that says why, if one does. */
export interface PlannedStop {
  readonly task: Task;
  readonly reason: string;
  readonly event?: string;
}

/** One reconcile's decision: which tasks to stop (and why), how many to start, whether the bounds block it. */
export interface Plan {
  readonly stops: ReadonlyArray<PlannedStop>;
  /** REPLICA: how many tasks to place */
  readonly start: number;
  /** DAEMON: the instances that get a task */
  readonly startOn: ReadonlyArray<ContainerInstance>;
  /** work is left but neither a start nor a stop is allowed: the deployment is stuck (ecs-reference §5.3) */
  readonly stuck: boolean;
  /**
   * whether the look after this plan's stops (once they are under way) may decide more than this one did: it
   * finds the deployment stuck. Otherwise, with every start placed, it would decide nothing new, and the
   * scheduler need not look again until something changes.
   */
  readonly stuckOnceStopped: boolean;
}

/** Whether a task's instance still takes service tasks (Fargate tasks have none and always do). */
const onActiveInstance = (state: SimState, t: Task) =>
  !t.containerInstanceArn || state.ecs.containerInstances[t.containerInstanceArn]?.status === 'ACTIVE';

/** Whether the service may start tasks now: its deployment has not failed and it is not throttled. */
export const mayStart = (service: Service, now: number) =>
  service.deployments[0]?.rolloutState !== 'FAILED' &&
  (service.throttledUntil === undefined || service.throttledUntil <= now);

/** Whether a task of the service is healthy now, each task decided once per plan (a plan asks several times). */
export function healthOf(state: SimState, service: Service, now: number): (t: Task) => boolean {
  const known = new Map<Task, boolean>();
  return (t) => {
    let healthy = known.get(t);
    if (healthy === undefined) known.set(t, (healthy = isHealthy(state, t, now, service)));
    return healthy;
  };
}

export interface Counted {
  readonly stops: PlannedStop[];
  /** live tasks not being stopped */
  readonly remaining: Task[];
}

/**
 * The stops every plan starts with: tasks failing their container or ELB health checks past the grace
 * period (ecs-reference §5.7), and tasks that must be replaced (`replace`) but are not healthy. Neither counts
 * as healthy, so stopping them keeps within the lower bound; they go at once.
 */
export function freeStops(
  state: SimState,
  service: Service,
  live: ReadonlyArray<Task>,
  now: number,
  replace: (t: Task) => boolean,
  healthy: (t: Task) => boolean,
): Counted {
  const stops: PlannedStop[] = [];
  const remaining: Task[] = [];
  for (const task of live) {
    const failure = healthCheckFailure(state, service, task, now);
    if (failure) stops.push({ task, ...failure });
    else if (replace(task) && !healthy(task)) {
      stops.push({ task, reason: scalingActivity(task.startedBy ?? service.deployments[0]!.id) });
    } else remaining.push(task);
  }
  return { stops, remaining };
}

/**
 * The rolling-update step (ecs-reference §5.4) for a REPLICA service, also covering plain scaling, replacing
 * failed tasks and moving off DRAINING instances. Tasks of older deployments and tasks on instances that no
 * longer take tasks are replaced: healthy ones are stopped only while the healthy tasks stay at or above the
 * lower bound, and new tasks are started only while the tasks in flight (PENDING or RUNNING and wanted;
 * stopping tasks no longer count, as in the API reference's wording) stay at or below the upper bound.
 */
export function planReplica(
  state: SimState,
  service: Service,
  tasks: ReadonlyArray<Task>,
  now: number,
): Plan {
  const primary = service.deployments[0]!;
  const D = service.desiredCount;
  const { minimumHealthyPercent, maximumPercent } = service.deploymentConfiguration;
  const { lower, upper } = deploymentBounds(D, minimumHealthyPercent, maximumPercent);
  const healthy = healthOf(state, service, now);
  const replace = (t: Task) => t.startedBy !== primary.id || !onActiveInstance(state, t);

  const serving = tasks.filter((t) => isServing(service, t));
  const { stops, remaining } = freeStops(state, service, serving, now, replace, healthy);
  let keep = remaining.filter((t) => !replace(t));
  const replaceable = remaining.filter(replace);

  // scale-in: the primary deployment has more than desired
  if (keep.length > D) {
    const excess = chooseTasksToStop(
      state,
      keep,
      service.placementStrategy,
      keep.length - D,
      (t) => !healthy(t),
    );
    for (const task of excess) stops.push({ task, reason: scalingActivity(primary.id) });
    keep = keep.filter((t) => !excess.includes(t));
  }

  const left = [...keep, ...replaceable];
  const healthyCount = left.filter(healthy).length;
  const stopBudget = Math.max(0, healthyCount - lower);
  const leaving = chooseTasksToStop(state, replaceable, service.placementStrategy, stopBudget);
  for (const task of leaving) stops.push({ task, reason: scalingActivity(task.startedBy ?? primary.id) });

  const inFlight = left.length - leaving.length;
  const startBudget = Math.max(0, upper - inFlight);
  const wanted = Math.max(0, D - keep.length);
  const start = mayStart(service, now) ? Math.min(startBudget, wanted) : 0;

  const workLeft = wanted > 0 || replaceable.length > leaving.length;
  const settled = left.every(healthy);
  // with its stops out of the count, the next look has the budgets this one left (all used or of no use),
  // so it stops and starts nothing; the deployment is stuck then if it is settled with work left
  const stuckOnceStopped = workLeft && settled && start === 0 && mayStart(service, now);
  return { stops, start, startOn: [], stuck: stuckOnceStopped && stops.length === 0, stuckOnceStopped };
}

/** Whether tasks of other services still run on the instance (on a DRAINING one they leave before a daemon's). */
function otherServicesOn(state: SimState, instanceArn: string, group: string): boolean {
  for (const [g, n] of loadOn(state, instanceArn).byGroup) {
    if (g !== group && g.startsWith('service:') && n > 0) return true;
  }
  return false;
}

/**
 * A DAEMON service's step (ecs-reference §5.2): one task on every ACTIVE, connected instance. Tasks on other
 * instances stop at once; tasks of older deployments are replaced within the bounds, desired count being the
 * number of instances; an instance whose old task is still stopping waits for it. On a DRAINING instance the
 * daemon task stays until the tasks of the other services have left it (daemons stop last).
 */
export function planDaemon(
  state: SimState,
  service: Service,
  tasks: ReadonlyArray<Task>,
  instances: ReadonlyArray<ContainerInstance>,
  now: number,
): Plan {
  const primary = service.deployments[0]!;
  const active = new Set(instances.map((ci) => ci.containerInstanceArn as string));
  const D = instances.length;
  const { minimumHealthyPercent, maximumPercent } = service.deploymentConfiguration;
  const { lower, upper } = deploymentBounds(D, minimumHealthyPercent, maximumPercent);
  const healthy = healthOf(state, service, now);
  const live = tasks.filter((t) => isServing(service, t));
  const gone = (t: Task) => {
    const arn = t.containerInstanceArn ?? '';
    if (active.has(arn)) return false;
    const draining = state.ecs.containerInstances[arn]?.status === 'DRAINING';
    return !(draining && otherServicesOn(state, arn, t.group));
  };
  const replace = (t: Task) => t.startedBy !== primary.id;

  const stops = live
    .filter(gone)
    .map((task) => ({ task, reason: scalingActivity(task.startedBy ?? primary.id) }));
  const counted = freeStops(
    state,
    service,
    live.filter((t) => !gone(t)),
    now,
    replace,
    healthy,
  );
  stops.push(...counted.stops);
  const replaceable = counted.remaining.filter(replace);
  const stopBudget = Math.max(0, counted.remaining.filter(healthy).length - lower);
  const leaving = chooseTasksToStop(state, replaceable, [], stopBudget);
  for (const task of leaving) stops.push({ task, reason: scalingActivity(task.startedBy ?? primary.id) });

  // an instance is busy while any task of the service on it has not reached STOPPED
  const busy = new Set(tasks.filter((t) => t.lastStatus !== 'STOPPED').map((t) => t.containerInstanceArn));
  const inFlight = counted.remaining.length - leaving.length;
  const free = instances.filter((ci) => !busy.has(ci.containerInstanceArn));
  const startOn = mayStart(service, now) ? free.slice(0, Math.max(0, upper - inFlight)) : [];

  const workLeft = free.length > 0 || replaceable.length > leaving.length;
  const stuck =
    workLeft &&
    counted.remaining.every(healthy) &&
    stops.length === 0 &&
    startOn.length === 0 &&
    mayStart(service, now);
  // a daemon looks again after every stop (why a look after a replica plan's stops decides nothing new is
  // that plan's own reasoning)
  return { stops, start: startOn.length, startOn, stuck, stuckOnceStopped: stops.length > 0 };
}
