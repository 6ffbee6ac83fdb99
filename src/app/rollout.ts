import { arnName, shortId } from '../lib/arn';
import {
  circuitBreakerThreshold,
  deploymentBounds,
  isHealthCheckFailure,
  type DeepReadonly,
  type Service,
  type ServiceDeployment,
  type SimState,
} from '../engine/index';
import { EPSILON, healthyAt, inFlightAt, staysOf, type Stay } from './rolloutStays';
import { tasksOfService } from './serviceView';

/**
 * The rollout timeline of one service, read off the engine's state at the current time: how many tasks of
 * each deployment were in flight over virtual time, the bounds they moved between, each start and stop with the
 * rule that allowed it, and what the rollout is doing now, in words. Pure: nothing is stored, so the timeline
 * follows the time scrubber and undo by being rebuilt.
 */

/** From `t` on (until the next point), `count` tasks of the deployment were in flight. */
export interface RolloutPoint {
  readonly t: number;
  readonly count: number;
}

export interface DeploymentSeries {
  /** the deployment id (`ecs-svc/…`), the `startedBy` of its tasks */
  readonly key: string;
  /** `family:revision` it runs */
  readonly taskDefinition: string;
  /** the PRIMARY deployment is `new`; every older one is `old` */
  readonly role: 'new' | 'old';
  /** as DescribeServices shows it; `gone` once ECS dropped it from `deployments[]` */
  readonly status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE' | 'gone';
  readonly rolloutState?: ServiceDeployment['rolloutState'];
  /** a step function over the window, first point at its start, ending at `now` */
  readonly points: ReadonlyArray<RolloutPoint>;
}

export type StepKind = 'start' | 'stop' | 'replace' | 'fail' | 'stuck' | 'breaker';

/** Within one instant, the order the scheduler acts in: failures seen, then its stops, then its starts. */
const KIND_ORDER: Readonly<Record<StepKind, number>> = {
  fail: 0,
  breaker: 1,
  replace: 2,
  stop: 3,
  start: 4,
  stuck: 5,
};

export interface RolloutStep {
  readonly key: string;
  readonly at: number;
  readonly kind: StepKind;
  readonly deploymentId: string;
  /** tasks started, stopped or failed (0 for a stuck or breaker mark) */
  readonly count: number;
  /** the rule that allowed it, in words ("started 2: 6 in flight ≤ upper bound 8") */
  readonly label: string;
}

export type RolloutStatusKind = 'steady' | 'rolling' | 'stuck' | 'unplaced' | 'failed';

export interface RolloutTimeline {
  readonly serviceName: string;
  readonly desiredCount: number;
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  /** the fewest healthy tasks the rollout keeps and the most it has in flight (engine's `deploymentBounds`) */
  readonly lower: number;
  readonly upper: number;
  /** the chart's time axis: from shortly before the latest rollout to now, or to a while after it settled */
  readonly from: number;
  readonly until: number;
  readonly now: number;
  /** newest deployment first */
  readonly series: ReadonlyArray<DeploymentSeries>;
  /** oldest first */
  readonly steps: ReadonlyArray<RolloutStep>;
  readonly status: { readonly kind: RolloutStatusKind; readonly text: string };
  /** one sentence for screen readers (the chart's aria-label) */
  readonly summary: string;
}

type State = DeepReadonly<SimState>;
type ReadService = DeepReadonly<Service>;

/** Stopped tasks stay in the task table this long (ecs-reference §3.3), so the window reaches no further back. */
export const ROLLOUT_WINDOW_SECONDS = 3600;

const STUCK_TEXT = 'was unable to stop or start tasks during a deployment';
const UNPLACED_TEXT = 'was unable to place a task';
/** The step function of one deployment's tasks in flight over [from, now]. */
function seriesPoints(stays: ReadonlyArray<Stay>, from: number, now: number): RolloutPoint[] {
  const times = new Set<number>([from]);
  for (const s of stays) {
    if (s.task.createdAt > from) times.add(s.task.createdAt);
    if (s.leftAt !== undefined && s.leftAt > from) times.add(s.leftAt);
  }
  const points: RolloutPoint[] = [];
  for (const t of [...times].filter((t) => t <= now + EPSILON).sort((a, b) => a - b)) {
    const count = stays.filter((s) => inFlightAt(s, t)).length;
    if (points.at(-1)?.count !== count) points.push({ t, count });
  }
  return points;
}

/** Groups items by a numeric time (items within EPSILON share a group), oldest first. */
function byTime<T>(items: ReadonlyArray<T>, time: (x: T) => number): Array<{ at: number; items: T[] }> {
  const groups: Array<{ at: number; items: T[] }> = [];
  for (const item of [...items].sort((a, b) => time(a) - time(b))) {
    const last = groups.at(-1);
    if (last && Math.abs(time(item) - last.at) <= EPSILON) last.items.push(item);
    else groups.push({ at: time(item), items: [item] });
  }
  return groups;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The starts, stops and failures of the tasks, each labelled with the rule that allowed it. */
function taskSteps(
  stays: ReadonlyArray<Stay>,
  primaryId: string,
  bounds: { lower: number; upper: number; desired: number },
): RolloutStep[] {
  const steps: RolloutStep[] = [];
  const inFlight = (t: number) => stays.filter((s) => inFlightAt(s, t)).length;
  const healthy = (t: number) => stays.filter((s) => healthyAt(s, t)).length;
  for (const group of byTime(stays, (s) => s.task.createdAt)) {
    for (const [id, mine] of groupBy(group.items, (s) => s.deploymentId)) {
      const n = inFlight(group.at);
      steps.push({
        key: `start:${id}:${group.at}`,
        at: group.at,
        kind: 'start',
        deploymentId: id,
        count: mine.length,
        label: `started ${mine.length}: ${n} in flight ≤ upper bound ${bounds.upper}`,
      });
    }
  }
  const left = stays.filter((s) => s.leftAt !== undefined);
  for (const group of byTime(left, (s) => s.leftAt!)) {
    const kinds = groupBy(group.items, (s) => stopKind(s, primaryId));
    for (const [kind, mine] of kinds) {
      const id = mine[0]!.deploymentId;
      steps.push({
        key: `${kind}:${id}:${group.at}`,
        at: group.at,
        kind,
        deploymentId: id,
        count: mine.length,
        label: stopLabel(kind, mine, healthy(group.at), inFlight(group.at), bounds),
      });
    }
  }
  return steps;
}

function stopKind(s: Stay, primaryId: string): 'stop' | 'replace' | 'fail' {
  if (!s.byScheduler) return 'fail';
  return isHealthCheckFailure(s.reason) || s.deploymentId === primaryId ? 'replace' : 'stop';
}

function stopLabel(
  kind: 'stop' | 'replace' | 'fail',
  mine: ReadonlyArray<Stay>,
  healthy: number,
  inFlight: number,
  bounds: { lower: number; upper: number; desired: number },
): string {
  const n = mine.length;
  if (kind === 'fail') {
    const reason = mine[0]!.reason ?? 'stopped';
    return mine.every((s) => s.task.stopCode === 'UserInitiated')
      ? `${plural(n, 'task')} stopped outside the scheduler: ${reason}`
      : `${plural(n, 'task')} failed: ${reason}`;
  }
  if (kind === 'stop') return `stopped ${n} old: ${healthy} healthy ≥ lower bound ${bounds.lower}`;
  if (isHealthCheckFailure(mine[0]!.reason))
    return `stopped ${n} unhealthy: ${mine[0]!.reason} (not healthy, so the lower bound allows it)`;
  return `stopped ${n}: ${inFlight} in flight for a desired count of ${bounds.desired}`;
}

function groupBy<T, K>(items: ReadonlyArray<T>, key: (x: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Marks for the service events that explain a halt: stuck on the bounds, and the circuit breaker. */
function eventSteps(service: ReadService, from: number): RolloutStep[] {
  const steps: RolloutStep[] = [];
  const primary = service.deployments[0];
  for (const e of service.events) {
    if (e.createdAt < from || !e.message.includes(STUCK_TEXT)) continue;
    steps.push({
      key: `stuck:${e.createdAt}`,
      at: e.createdAt,
      kind: 'stuck',
      deploymentId: primary?.id ?? '',
      count: 0,
      label: 'stuck: no start or stop keeps within the bounds',
    });
  }
  const threshold = circuitBreakerThreshold(
    service.desiredCount,
    service.deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration,
  );
  for (const d of service.deployments) {
    if (d.rolloutState !== 'FAILED' || d.updatedAt < from) continue;
    steps.push({
      key: `breaker:${d.id}`,
      at: d.updatedAt,
      kind: 'breaker',
      deploymentId: d.id,
      count: 0,
      label: `circuit breaker: ${d.failedTasks} failed tasks ≥ threshold ${threshold}: deployment FAILED`,
    });
  }
  return steps;
}

/** The rollout timeline of `serviceArn` at the state's time `now`; undefined when there is no such service. */
export function buildRolloutTimeline(
  state: State,
  serviceArn: string,
  now: number,
): RolloutTimeline | undefined {
  const service = state.ecs.services[serviceArn];
  if (!service) return undefined;
  const tasks = tasksOfService(state, service);
  const stays = staysOf(state, service, tasks);
  const { minimumHealthyPercent, maximumPercent } = service.deploymentConfiguration;
  const { lower, upper } = deploymentBounds(service.desiredCount, minimumHealthyPercent, maximumPercent);
  const listed = service.deployments;
  const primaryId = listed[0]?.id ?? '';
  const earliest = Math.min(now, ...tasks.map((t) => t.createdAt), ...listed.map((d) => d.createdAt));
  const from = focusStart(stays, listed, earliest, now);

  const ids = [...new Set([...listed.map((d) => d.id), ...stays.map((s) => s.deploymentId)])];
  const createdOf = (id: string) =>
    listed.find((d) => d.id === id)?.createdAt ??
    Math.min(...stays.filter((s) => s.deploymentId === id).map((s) => s.task.createdAt));
  const series = ids
    .sort((a, b) => createdOf(b) - createdOf(a))
    .map((id): DeploymentSeries => {
      const d = listed.find((x) => x.id === id);
      const mine = stays.filter((s) => s.deploymentId === id);
      const status = !d
        ? 'gone'
        : d === listed[0]
          ? 'PRIMARY'
          : mine.some((s) => !s.leftAt)
            ? 'ACTIVE'
            : 'INACTIVE';
      return {
        key: id,
        taskDefinition: arnName(d?.taskDefinition ?? mine[0]?.task.taskDefinitionArn ?? ''),
        role: id === primaryId ? 'new' : 'old',
        status,
        ...(d ? { rolloutState: d.rolloutState } : {}),
        points: seriesPoints(mine, from, now),
      };
    })
    .filter((s) => s.status !== 'gone' || s.points.some((p) => p.count > 0));

  const bounds = { lower, upper, desired: service.desiredCount };
  const steps = [...taskSteps(stays, primaryId, bounds), ...eventSteps(service, from)]
    .filter((s) => s.at >= from - EPSILON)
    .sort((a, b) => a.at - b.at || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.key.localeCompare(b.key));
  const status = statusOf(service, stays, steps, now, bounds);
  const until = focusEnd(status.kind, steps, from, now);
  const summary =
    `Rollout timeline of service ${service.serviceName}: desired ${service.desiredCount}, ` +
    `bounds ${lower} to ${upper} (${minimumHealthyPercent}/${maximumPercent} %), ` +
    `${plural(series.length, 'deployment')}, ${plural(steps.length, 'step')}. ${status.text}`;
  return {
    serviceName: service.serviceName,
    desiredCount: service.desiredCount,
    minimumHealthyPercent,
    maximumPercent,
    lower,
    upper,
    from,
    until,
    now,
    series: series.map((s) => ({ ...s, points: s.points.filter((p) => p.t <= until + EPSILON) })),
    steps,
    status,
    summary,
  };
}

/**
 * Where the chart starts: a little before the first deployment that replaced the service's earliest one still
 * in the task table (so a rollout, a failed one and its rollback included, keeps the width, and the
 * service's creation long before does not squeeze it); never before the tasks still in the table.
 */
function focusStart(
  stays: ReadonlyArray<Stay>,
  listed: ReadService['deployments'],
  earliest: number,
  now: number,
): number {
  const firstTask = new Map<string, number>();
  for (const s of stays) {
    firstTask.set(s.deploymentId, Math.min(firstTask.get(s.deploymentId) ?? Infinity, s.task.createdAt));
  }
  const starts = [...firstTask.values()].sort((a, b) => a - b);
  const replacedAt = Math.min(starts[1] ?? Infinity, ...listed.slice(0, -1).map((d) => d.createdAt));
  const rolloutStart = Math.min(
    now,
    Number.isFinite(replacedAt) ? replacedAt : (listed.at(-1)?.createdAt ?? now),
  );
  const lead = Math.max(30, 0.1 * (now - rolloutStart));
  return Math.max(earliest, now - ROLLOUT_WINDOW_SECONDS, rolloutStart - lead);
}

/**
 * Where the chart ends: now while anything is under way; once the service is steady, a while after its last
 * step (half the rollout's length, at least two minutes), so a rollout that settled long ago keeps its width.
 */
function focusEnd(
  kind: RolloutStatusKind,
  steps: ReadonlyArray<RolloutStep>,
  from: number,
  now: number,
): number {
  const last = steps.at(-1)?.at;
  if (kind !== 'steady' || last === undefined) return now;
  return Math.min(now, last + Math.max(120, 0.5 * (last - from)));
}

/** What the rollout is doing now, in words. */
function statusOf(
  service: ReadService,
  stays: ReadonlyArray<Stay>,
  steps: ReadonlyArray<RolloutStep>,
  now: number,
  bounds: { lower: number; upper: number; desired: number },
): RolloutTimeline['status'] {
  const primary = service.deployments[0];
  const live = stays.filter((s) => inFlightAt(s, now));
  const fresh = live.filter((s) => s.deploymentId === primary?.id);
  const healthy = live.filter((s) => healthyAt(s, now)).length;
  const failed = service.deployments.find((d) => d.rolloutState === 'FAILED');
  if (failed) {
    const back = primary && primary !== failed ? ` ECS rolled back: ${primary.rolloutStateReason}` : '';
    return {
      kind: 'failed',
      text:
        `Deployment ${shortId(failed.id, 16)} FAILED: ${failed.rolloutStateReason} ` +
        `${plural(failed.failedTasks, 'task')} failed before any became healthy.${back}`,
    };
  }
  if (!primary || (primary.rolloutState === 'COMPLETED' && service.deployments.length === 1)) {
    return {
      kind: 'steady',
      text:
        `Steady: ${fresh.length} of ${bounds.desired} tasks in flight, ${healthy} healthy; no rollout under way.` +
        failedEarlier(service, stays),
    };
  }
  const old = live.length - fresh.length;
  const progress =
    `${fresh.length} of ${bounds.desired} new tasks in flight, ${old} old; ${healthy} healthy ` +
    `(lower bound ${bounds.lower}), ${live.length} in flight (upper bound ${bounds.upper}).`;
  const lastTaskStep = [...steps].reverse().find((s) => s.kind !== 'stuck' && s.kind !== 'breaker');
  const latest = service.events[0];
  const since = (at: number) => !lastTaskStep || at >= lastTaskStep.at - EPSILON;
  if (latest && latest.message.includes(STUCK_TEXT) && since(latest.createdAt)) {
    return {
      kind: 'stuck',
      text:
        `Stuck: ${progress} Stopping an old task would leave fewer than ${bounds.lower} healthy, and ` +
        `starting a new one would put more than ${bounds.upper} in flight. Raise maximumPercent or lower ` +
        `minimumHealthyPercent.`,
    };
  }
  if (latest && latest.message.includes(UNPLACED_TEXT) && since(latest.createdAt)) {
    return {
      kind: 'unplaced',
      text: `Waiting for room: ${progress} The bounds allow a new task but no container instance can take it.`,
    };
  }
  return { kind: 'rolling', text: `Rolling: ${progress}` };
}

/**
 * A rollout that failed and is gone from `deployments[]` (rolled back, or replaced by a later update) while
 * its tasks are still in the table: every one of them stopped on its own before any was healthy.
 */
function failedEarlier(service: ReadService, stays: ReadonlyArray<Stay>): string {
  const listed = new Set(service.deployments.map((d) => d.id));
  const gone = groupBy(
    stays.filter((s) => !listed.has(s.deploymentId)),
    (s) => s.deploymentId,
  );
  for (const mine of gone.values()) {
    const failures = mine.filter((s) => !s.byScheduler && s.leftAt !== undefined);
    if (
      !failures.length ||
      mine.some((s) => s.healthyAt !== undefined && s.healthyAt <= (s.leftAt ?? Infinity))
    )
      continue;
    const revision = arnName(mine[0]!.task.taskDefinitionArn);
    return (
      ` An earlier rollout to ${revision} failed: ${plural(failures.length, 'task')} stopped before any ` +
      `became healthy.`
    );
  }
  return '';
}
