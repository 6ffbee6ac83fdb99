import type { Task } from '../model/ecs';
import type { Service } from '../model/service';
import type { TaskDefinition } from '../model/taskDefinition';
import type { SimState } from '../state';
import { serviceArnOfTask } from './arn';
import { FAILED_HEALTH_CHECKS, failedElbHealthChecks, unhealthyTarget } from './messages';
import { targetGroupsOf, targetsHealthy, unhealthyTargets } from './targets';

/**
 * How long a task without container health checks must have been RUNNING before a deployment counts it as
 * healthy. The current API reference (DeploymentConfiguration.minimumHealthyPercent, checked 2026-12 via the
 * SDK reference pages) still says 40 seconds, as ecs-reference §5.3 does; we follow it.
 */
export const RUNNING_SETTLE_SECONDS = 40;

/**
 * Virtual times are fractional seconds, and a timer set for `startedAt + 40` may run a rounding error before
 * it; comparisons with a due time allow this much, so the wake-up that was meant to find a task healthy does.
 */
export const TIME_EPSILON = 1e-6;

/** A task that is wanted and not yet stopped: what the scheduler counts as the service's. */
export const isLive = (t: Task) => t.desiredStatus !== 'STOPPED' && t.lastStatus !== 'STOPPED';

/** Per definition record (records are replaced, never mutated): whether an essential container has a check. */
const checkedDefinitions = new WeakMap<TaskDefinition, boolean>();

/** Whether any essential container of the task's definition has a health check. */
function hasEssentialHealthCheck(state: SimState, task: Task): boolean {
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  if (!td) return false;
  let checked = checkedDefinitions.get(td);
  if (checked === undefined) {
    checked = td.containerDefinitions.some((c) => c.essential !== false && c.healthCheck !== undefined);
    checkedDefinitions.set(td, checked);
  }
  return checked;
}

/** The service a task belongs to, if it is a service task. */
function serviceOf(state: SimState, task: Task): Service | undefined {
  const arn = serviceArnOfTask(state, task);
  return arn === undefined ? undefined : state.ecs.services[arn];
}

/** Whether the task's service sends it load balancer traffic (it has target groups). */
const balanced = (service: Service | undefined): service is Service =>
  service !== undefined && targetGroupsOf(service).length > 0;

/** A task the service keeps: live and not draining its targets on the way out. */
export const isServing = (service: Service, task: Task) =>
  isLive(task) && !service.draining?.some((d) => d.taskArn === task.taskArn);

/**
 * The one place a service decides whether a task is healthy (ecs-reference §5.3): RUNNING, HEALTHY by its
 * container health checks if it has any, and every load balancer target `healthy` if the service has target
 * groups; with neither, RUNNING for 40 s. The grace period does not make a target healthy: it only keeps the
 * scheduler from replacing the task (`healthCheckFailure`), so a deployment still waits for healthy targets.
 * The scheduler passes the task's service, which it already has.
 */
export function isHealthy(
  state: SimState,
  task: Task,
  now: number,
  service: Service | undefined = serviceOf(state, task),
): boolean {
  if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING') return false;
  const checked = hasEssentialHealthCheck(state, task);
  if (checked && task.healthStatus !== 'HEALTHY') return false;
  if (balanced(service)) return targetsHealthy(state, service, task);
  if (checked) return true;
  return task.startedAt !== undefined && now + TIME_EPSILON >= task.startedAt + RUNNING_SETTLE_SECONDS;
}

/**
 * When a RUNNING task without health checks will count as healthy, if that is still ahead (the scheduler wakes
 * then); undefined otherwise (container health and target health changes wake the scheduler themselves).
 */
export function becomesHealthyAt(
  state: SimState,
  task: Task,
  now: number,
  service: Service | undefined = serviceOf(state, task),
): number | undefined {
  if (task.lastStatus !== 'RUNNING' || task.startedAt === undefined) return undefined;
  if (hasEssentialHealthCheck(state, task) || balanced(service)) return undefined;
  const at = task.startedAt + RUNNING_SETTLE_SECONDS;
  return at > now + TIME_EPSILON ? at : undefined;
}

/** Why the scheduler replaces a failing task: the task's stoppedReason, and the service event to log. */
export interface HealthFailure {
  readonly reason: string;
  readonly event?: string;
}

/** What fails now, grace period aside: an UNHEALTHY container, or a target the load balancer found unhealthy. */
function failingNow(state: SimState, service: Service, task: Task): HealthFailure | undefined {
  if (task.lastStatus !== 'RUNNING') return undefined;
  if (task.healthStatus === 'UNHEALTHY') return { reason: FAILED_HEALTH_CHECKS };
  const [bad] = unhealthyTargets(state, service, task);
  if (!bad) return undefined;
  const why = bad.health.Description ?? 'Health checks failed';
  return {
    reason: failedElbHealthChecks(bad.targetGroupArn),
    event: unhealthyTarget(service.serviceName, bad.target.Port, bad.targetGroupArn, why),
  };
}

/** The grace period's end for a task: until then failing checks are ignored (ecs-reference §5.7). */
const graceEnd = (service: Service, task: Task) =>
  (task.startedAt ?? task.createdAt) + service.healthCheckGracePeriodSeconds;

/**
 * Why the scheduler must replace the task, if its container or ELB health checks fail and its grace period is
 * over; undefined otherwise.
 */
export function healthCheckFailure(
  state: SimState,
  service: Service,
  task: Task,
  now: number,
): HealthFailure | undefined {
  const failure = failingNow(state, service, task);
  return failure && now + TIME_EPSILON >= graceEnd(service, task) ? failure : undefined;
}

/** When the grace period of a failing task ends, if still ahead. */
export function graceEndsAt(state: SimState, service: Service, task: Task, now: number): number | undefined {
  if (!failingNow(state, service, task)) return undefined;
  const at = graceEnd(service, task);
  return at > now + TIME_EPSILON ? at : undefined;
}
