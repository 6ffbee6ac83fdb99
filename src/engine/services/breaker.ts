import type { EngineContext } from '../context';
import type { Task } from '../model/ecs';
import type { Service, ServiceDeployment } from '../model/service';
import { circuitBreakerThreshold } from './bounds';
import { newDeployment } from './deployments';
import { BREAKER_FAILED, breakerRollback, cannotStartConsistently, isHealthCheckFailure } from './messages';
import { saveService, withEvent } from './record';

/** Launch failures in a row before the scheduler slows down, and the longest it waits (ecs-reference §5.7). */
export const THROTTLE_AFTER = 3;
export const THROTTLE_MAX_SECONDS = 15 * 60;

/** How long the scheduler waits after the nth launch failure in a row: doubling from 30 s, at most 15 min. */
export const throttleDelay = (failures: number) =>
  failures < THROTTLE_AFTER ? 0 : Math.min(THROTTLE_MAX_SECONDS, 30 * 2 ** (failures - THROTTLE_AFTER));

/**
 * A task that failed: it stopped without the scheduler or a person asking (to start, or while running), or
 * the scheduler replaced it for failing its container or ELB health checks (the breaker's stage 2).
 */
const failed = (task: Task) =>
  (task.stopCode !== 'ServiceSchedulerInitiated' && task.stopCode !== 'UserInitiated') ||
  isHealthCheckFailure(task.stoppedReason);

/**
 * The circuit breaker's count (ecs-reference §5.6). A task of the deployment that failed before any task of
 * it was healthy adds one. The guide's stage 1 counts tasks that never reach RUNNING and stage 2 failed health
 * checks; a task that reaches RUNNING and exits before it is healthy (web:crash) is counted too here, as the
 * breaker is seen to trip on such rollouts. At the threshold the deployment is FAILED and, with rollback, the
 * last COMPLETED deployment's configuration is deployed again.
 */
function countFailure(ctx: EngineContext, service: Service, deployment: ServiceDeployment): Service {
  if (deployment.healthySeen || deployment.rolloutState !== 'IN_PROGRESS') return service;
  const counted = { ...deployment, failedTasks: deployment.failedTasks + 1, updatedAt: ctx.now };
  const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
  const threshold = circuitBreakerThreshold(service.desiredCount, breaker.thresholdConfiguration);
  const replaceIn = (s: Service, d: ServiceDeployment): Service => ({
    ...s,
    deployments: s.deployments.map((x) => (x.id === d.id ? d : x)),
  });
  if (!breaker.enable || counted.failedTasks < threshold) return replaceIn(service, counted);
  const failedOne: ServiceDeployment = {
    ...counted,
    rolloutState: 'FAILED',
    rolloutStateReason: BREAKER_FAILED,
  };
  const next = replaceIn(service, failedOne);
  const back = next.lastCompleted;
  if (!breaker.rollback || !back || deployment !== service.deployments[0]) return next;
  const rollback = newDeployment(ctx, back, breakerRollback(back.id));
  return {
    ...next,
    deployments: [rollback, ...next.deployments],
    launchFailures: 0,
    throttledUntil: undefined,
  };
}

/**
 * The scheduler's bookkeeping when a task of the service reached STOPPED: the circuit breaker's failure count,
 * and the throttle for tasks that keep stopping before they run.
 */
export function noteStoppedTask(ctx: EngineContext, service: Service, task: Task): void {
  if (!failed(task)) return;
  let next = service;
  const deployment = service.deployments.find((d) => d.id === task.startedBy);
  if (deployment) next = countFailure(ctx, next, deployment);
  // a rollback starts afresh: the throttle counts the failures of the deployment that is still primary
  if (task.startedAt === undefined && next.deployments[0]?.id === service.deployments[0]?.id) {
    const launchFailures = next.launchFailures + 1;
    const delay = throttleDelay(launchFailures);
    next = { ...next, launchFailures };
    if (delay > 0) {
      next = {
        ...withEvent(ctx, next, cannotStartConsistently(next.serviceName)),
        throttledUntil: ctx.now + delay,
      };
    }
  }
  if (next !== service) saveService(ctx, next);
}
