import type { HealthAnswer } from '../catalog/images';
import type { HealthStatus } from '../model/ecs';
import type { HealthCheck } from '../model/taskDefinition';
import type { SimTime } from '../model/ids';

/** Container health check defaults (ecs-reference §1.4.1). */
export const HEALTH_DEFAULTS = { interval: 30, retries: 3, startPeriod: 0 } as const;

export interface HealthChange {
  readonly at: SimTime;
  readonly status: HealthStatus;
}

/** Checks stop being computed after this many runs (a check that never settles cannot loop forever). */
const MAX_CHECKS = 1000;

/**
 * When a container's health status changes, given when it started and stopped and how its image answers.
 * Like Docker: the first check runs one `interval` after start; a pass makes it HEALTHY at once (also inside
 * `startPeriod`); failures inside `startPeriod` are not counted; `retries` counted failures in a row make it
 * UNHEALTHY. The list ends when the status can no longer change or the container exits.
 */
export function healthTimeline(
  startAt: SimTime,
  exitAt: SimTime,
  check: HealthCheck | undefined,
  answer: HealthAnswer,
): ReadonlyArray<HealthChange> {
  if (!check || !Number.isFinite(startAt)) return [];
  const interval = check.interval ?? HEALTH_DEFAULTS.interval;
  const retries = check.retries ?? HEALTH_DEFAULTS.retries;
  const startPeriod = check.startPeriod ?? HEALTH_DEFAULTS.startPeriod;
  const passAfter = answer === 'pass' ? 0 : answer === 'fail' ? Infinity : answer.passAfterSeconds;
  const changes: HealthChange[] = [];
  let status: HealthStatus = 'UNKNOWN';
  let failures = 0;
  for (let k = 1; k <= MAX_CHECKS; k++) {
    const elapsed = k * interval;
    const at = startAt + elapsed;
    if (at >= exitAt) break;
    let next: HealthStatus = status;
    if (elapsed >= passAfter) {
      failures = 0;
      next = 'HEALTHY';
    } else if (elapsed >= startPeriod && ++failures >= retries) {
      next = 'UNHEALTHY';
    }
    if (next !== status) changes.push({ at, status: next });
    status = next;
    if (status === 'HEALTHY' || (status === 'UNHEALTHY' && passAfter === Infinity)) break;
  }
  return changes;
}

/** The status a timeline gives at time `t` (UNKNOWN before the first change). */
export function healthAt(changes: ReadonlyArray<HealthChange>, t: SimTime): HealthStatus {
  let status: HealthStatus = 'UNKNOWN';
  for (const c of changes) if (c.at <= t) status = c.status;
  return status;
}

/**
 * A task's health from its containers (ecs-reference §1.4.1): only essential containers with a health check
 * count; any UNHEALTHY → UNHEALTHY, else any UNKNOWN → UNKNOWN, else HEALTHY; none that count → UNKNOWN.
 */
export function aggregateTaskHealth(
  containers: ReadonlyArray<{
    readonly essential: boolean;
    readonly checked: boolean;
    readonly healthStatus: HealthStatus;
  }>,
): HealthStatus {
  const counted = containers.filter((c) => c.essential && c.checked);
  if (!counted.length) return 'UNKNOWN';
  if (counted.some((c) => c.healthStatus === 'UNHEALTHY')) return 'UNHEALTHY';
  if (counted.some((c) => c.healthStatus === 'UNKNOWN')) return 'UNKNOWN';
  return 'HEALTHY';
}
