import type { Task } from '../model/ecs';
import type { Service } from '../model/service';
import type { SimState } from '../state';

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

/** Whether any essential container of the task's definition has a health check. */
function hasEssentialHealthCheck(state: SimState, task: Task): boolean {
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  return (td?.containerDefinitions ?? []).some((c) => c.essential !== false && c.healthCheck !== undefined);
}

/**
 * The one place a service decides whether a task is healthy (ecs-reference §5.3): RUNNING and either HEALTHY
 * by its container health checks, or, without any, RUNNING for 40 s. Target health (load balancers) will be
 * added here: a task with a load balancer will also need its targets healthy.
 */
export function isHealthy(state: SimState, task: Task, now: number): boolean {
  if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING') return false;
  if (hasEssentialHealthCheck(state, task)) return task.healthStatus === 'HEALTHY';
  return task.startedAt !== undefined && now + TIME_EPSILON >= task.startedAt + RUNNING_SETTLE_SECONDS;
}

/**
 * When a RUNNING task without health checks will count as healthy, if that is still ahead (the scheduler wakes
 * then); undefined otherwise (tasks with health checks wake the scheduler when their health changes).
 */
export function becomesHealthyAt(state: SimState, task: Task, now: number): number | undefined {
  if (task.lastStatus !== 'RUNNING' || task.startedAt === undefined) return undefined;
  if (hasEssentialHealthCheck(state, task)) return undefined;
  const at = task.startedAt + RUNNING_SETTLE_SECONDS;
  return at > now + TIME_EPSILON ? at : undefined;
}

/**
 * Whether the scheduler must replace the task because its health checks fail. The grace period hides
 * UNHEALTHY for that long after the task started (ecs-reference §5.7).
 */
export function isFailingHealthChecks(service: Service, task: Task, now: number): boolean {
  if (task.healthStatus !== 'UNHEALTHY' || task.lastStatus !== 'RUNNING') return false;
  const started = task.startedAt ?? task.createdAt;
  return now + TIME_EPSILON >= started + service.healthCheckGracePeriodSeconds;
}

/** When the grace period of an UNHEALTHY task ends, if still ahead. */
export function graceEndsAt(service: Service, task: Task, now: number): number | undefined {
  if (task.healthStatus !== 'UNHEALTHY' || task.lastStatus !== 'RUNNING') return undefined;
  const at = (task.startedAt ?? task.createdAt) + service.healthCheckGracePeriodSeconds;
  return at > now + TIME_EPSILON ? at : undefined;
}
