import { assert } from '../../lib/assert';
import type { EngineContext } from '../context';
import type { Cluster, ContainerInstance, Task } from '../model/ecs';
import type { PlacementConstraint, PlacementStrategy, TaskDefinition } from '../model/taskDefinition';
import type { PlacementReplay, PlacementRequirement, PlacementTrace, StrategyStep } from '../model/trace';
import { compileQuery, type CompiledQuery } from '../query';
import { reserveOnInstance, type TaskReservation } from '../resources';
import { memberOfVerdict, notePlacement } from './caches';
import { candidateRow, explain, failureOf, type Explanation } from './explain';
import { FILTERS } from './filters';
import { memberOfFilter } from './filters/memberOf';
import { needsOf } from './needs';
import { readsTasks } from './queryDeps';
import { STRATEGIES } from './strategies';
import type { CandidateView, FilterPlugin, Ranker, TaskNeeds } from './types';
import { buildView, snapshotView } from './view';

/**
 * Trace storage. A full trace is one row per instance per task; at 1,000 instances and 10,000 placements that
 * is tens of millions of check objects nobody reads. So:
 * - up to FULL_TRACE_LIMIT candidates, the full trace is built at placement time and stored;
 * - above it, a compact trace is stored (reject counts per reason, the chosen instance's checks, the best
 *   group of each strategy step) with a `replay`: references to the request's instance records at its start
 *   (records are immutable, so holding them costs one array per request), the group counts, the memberOf
 *   verdicts, and the placements of the request's earlier tasks. `expandTrace` re-runs `explain` on that and
 *   returns exactly the trace the small-cluster path would have stored.
 */
export const FULL_TRACE_LIMIT = 100;

/** The best group of a compact step keeps at most this many instances. */
const COMPACT_GROUP = 10;

export interface PlacementRequest {
  readonly cluster: Cluster;
  readonly taskDefinition: TaskDefinition;
  readonly requirement: PlacementRequirement;
  readonly reservation: TaskReservation;
  readonly group: string;
  /** task definition's and request's constraints, already validated */
  readonly constraints: ReadonlyArray<PlacementConstraint>;
  /** already validated; RunTask passes [{type:'random'}] when the request has none */
  readonly strategies: ReadonlyArray<PlacementStrategy>;
  readonly count: number;
  /** the instances to consider, in a stable order */
  readonly instances: ReadonlyArray<ContainerInstance>;
}

/** Creates the task record for a placement on `instance` (resources already reserved) and returns it. */
export type CreateTask = (instance: ContainerInstance, traceId: string, index: number) => Task;

export interface PlacementFailure {
  readonly arn: string;
  readonly reason: string;
}

export interface PlacementResult {
  readonly tasks: ReadonlyArray<Task>;
  /** one entry per instance that rejected the first task that could not be placed */
  readonly failures: ReadonlyArray<PlacementFailure>;
  readonly traceIds: ReadonlyArray<string>;
}

/** The filters that have something to check for this task, in ECS's order. */
export const filtersFor = (need: TaskNeeds): ReadonlyArray<FilterPlugin> =>
  FILTERS.filter((f) => f.appliesTo(need));

/** Binds each strategy to the view. */
export const bindStrategies = (
  strategies: ReadonlyArray<PlacementStrategy>,
  need: TaskNeeds,
  view: CandidateView,
): Ranker[] => strategies.map((s) => STRATEGIES[s.type].bind(s, need, view));

/**
 * Places `count` tasks one after another (ecs-reference §3.1): filter, constrain, rank, pick, reserve, and go on
 * with the numbers updated. Stores one trace per task (or one for the first task that found no instance; the
 * rest of the request would see the same cluster and fail the same way), emits TaskPlaced / PlacementFailed.
 */
export function placeTasks(
  ctx: EngineContext,
  request: PlacementRequest,
  createTask: CreateTask,
  fullTraceLimit = FULL_TRACE_LIMIT,
): PlacementResult {
  const { state } = ctx;
  const need = needsOf(request.requirement, request.group, request.constraints);
  const filters = filtersFor(need);
  const queries: CompiledQuery[] = need.memberOf.map((text) => {
    const compiled = compileQuery(text);
    assert(compiled.ok, `placeTasks: memberOf expression was not validated: ${text}`);
    return compiled.value;
  });
  const view = buildView(state, request.instances, request.group, queries.length);
  const taskBound = need.memberOf.map(readsTasks);
  const verdictsMove = taskBound.includes(true);
  const n = view.records.length;

  const ensureMemberOf = (i: number) => {
    if (view.memberOf[0]![i] !== null) return;
    for (let k = 0; k < queries.length; k++) {
      view.memberOf[k]![i] = memberOfVerdict(
        state,
        view.records[i]!,
        need.memberOf[k]!,
        queries[k]!,
        taskBound[k]!,
      );
    }
  };
  /** position in `filters` of the first failing filter, or -1 */
  const firstFailing = (i: number) => {
    for (let f = 0; f < filters.length; f++) {
      const filter = filters[f]!;
      if (filter === memberOfFilter) ensureMemberOf(i);
      if (!filter.passes(need, view, i)) return f;
    }
    return -1;
  };
  const verdict = new Int16Array(n);
  for (let i = 0; i < n; i++) verdict[i] = firstFailing(i);

  const compact = n > fullTraceLimit;
  const snapshot = compact ? snapshotView(view, request.instances, verdictsMove) : undefined;
  const placements: Array<PlacementReplay['placements'][number]> = [];
  const rankers = bindStrategies(request.strategies, need, view);
  let tied = new Int32Array(n);
  let next = new Int32Array(n);

  const tasks: Task[] = [];
  const traces: PlacementTrace[] = [];
  let failures: PlacementFailure[] = [];
  for (let t = 0; t < request.count; t++) {
    let m = 0;
    for (let i = 0; i < n; i++) if (verdict[i]! < 0) tied[m++] = i;
    const traceId = `placement-${ctx.nextSeq()}`;
    const header = traceHeader(ctx, request, traceId, t, n);
    if (m === 0) {
      failures = view.records.map((r, i) => ({
        arn: r.containerInstanceArn,
        reason: reasonOf(filters, view, verdict, i),
      }));
      const explanation = compact
        ? compactFailure(need, view, filters, verdict)
        : explain(need, view, filters, request.strategies, rankers, undefined);
      traces.push({
        ...header,
        ...explanation,
        ...(snapshot ? { replay: { ...snapshot, placements, before: t } } : {}),
      });
      for (let u = t; u < request.count; u++) {
        ctx.emit({
          type: 'PlacementFailed',
          at: ctx.now,
          clusterArn: request.cluster.clusterArn,
          taskDefinitionArn: request.taskDefinition.taskDefinitionArn,
          reason: explanation.failure!.reason,
          traceId,
        });
      }
      break;
    }

    const compactSteps: StrategyStep[] = [];
    for (let s = 0; s < rankers.length; s++) {
      const ranker = rankers[s]!;
      if (ranker.score) {
        const k = keepBest(ranker.score, tied, m, next);
        [tied, next, m] = [next, tied, k];
      } else {
        tied[0] = tied[ctx.randomInt(m)]!;
        m = 1;
      }
      if (compact) compactSteps.push(compactStep(request.strategies[s]!, ranker, view, tied, m));
    }
    const tieBreak = m > 1;
    const chosen = tieBreak ? tied[ctx.randomInt(m)]! : tied[0]!;
    if (compact && tieBreak) compactSteps.push(compactTieBreak(view, tied, m, chosen));

    const explanation: Explanation = compact
      ? {
          candidates: [candidateRow(need, view, filters, chosen)],
          steps: compactSteps,
          rejected: rejectedCounts(filters, view, verdict),
        }
      : explain(need, view, filters, request.strategies, rankers, chosen);

    const arn = view.records[chosen]!.containerInstanceArn;
    reserveOnInstance(ctx, arn, request.reservation);
    const task = createTask(state.ecs.containerInstances[arn]!, traceId, t);
    tasks.push(task);
    traces.push({
      ...header,
      ...explanation,
      chosen: arn,
      taskArn: task.taskArn,
      ...(snapshot ? { replay: { ...snapshot, placements, before: t } } : {}),
    });
    ctx.emit({
      type: 'TaskPlaced',
      at: ctx.now,
      taskArn: task.taskArn,
      clusterArn: request.cluster.clusterArn,
      containerInstanceArn: arn,
      availabilityZone: task.availabilityZone,
      traceId,
    });

    // the chosen instance is the only one whose verdict can change
    notePlacement(view.records[chosen]!, state.ecs.containerInstances[arn]!, request.group);
    view.records[chosen] = state.ecs.containerInstances[arn]!;
    view.groupTasks[chosen]!++;
    for (const ranker of rankers) ranker.placed(chosen);
    if (verdictsMove) for (const column of view.memberOf) column[chosen] = null;
    verdict[chosen] = firstFailing(chosen);
    placements.push({
      index: chosen,
      record: view.records[chosen]!,
      memberOf: view.memberOf.map((column) => column[chosen]!),
    });
  }
  for (const trace of traces) ctx.tx.set(state.traces, trace.id, trace);
  return { tasks, failures, traceIds: traces.map((t) => t.id) };
}

/** Copies into `out` the candidates among `tied[0..m)` with the lowest score, in one pass; returns how many. */
function keepBest(score: (i: number) => number, tied: Int32Array, m: number, out: Int32Array): number {
  let best = Infinity;
  let k = 0;
  for (let j = 0; j < m; j++) {
    const i = tied[j]!;
    const value = score(i);
    if (value < best) {
      best = value;
      k = 0;
    }
    if (value === best) out[k++] = i;
  }
  return k;
}

function traceHeader(ctx: EngineContext, request: PlacementRequest, id: string, index: number, n: number) {
  return {
    id,
    at: ctx.now,
    clusterArn: request.cluster.clusterArn,
    taskDefinitionArn: request.taskDefinition.taskDefinitionArn,
    group: request.group,
    index,
    count: request.count,
    launchType: 'EC2' as const,
    requirement: request.requirement,
    constraints: request.constraints,
    strategies: request.strategies,
    candidateCount: n,
  };
}

const reasonOf = (
  filters: ReadonlyArray<FilterPlugin>,
  view: CandidateView,
  verdict: Int16Array,
  i: number,
) => filters[verdict[i]!]!.reasonFor(view, i);

function rejectedCounts(filters: ReadonlyArray<FilterPlugin>, view: CandidateView, verdict: Int16Array) {
  const rejected: Record<string, number> = {};
  for (let i = 0; i < verdict.length; i++) {
    if (verdict[i]! < 0) continue;
    const reason = reasonOf(filters, view, verdict, i);
    rejected[reason] = (rejected[reason] ?? 0) + 1;
  }
  return rejected;
}

/** A compact failure: counts per reason and the closest instance's checks. */
function compactFailure(
  need: TaskNeeds,
  view: CandidateView,
  filters: ReadonlyArray<FilterPlugin>,
  verdict: Int16Array,
): Explanation {
  let closest = 0;
  for (let i = 1; i < verdict.length; i++) if (verdict[i]! > verdict[closest]!) closest = i;
  const rejected = rejectedCounts(filters, view, verdict);
  return {
    candidates: [candidateRow(need, view, filters, closest)],
    steps: [],
    rejected,
    failure: failureOf(rejected, reasonOf(filters, view, verdict, closest), verdict.length),
  };
}

function compactStep(
  strategy: PlacementStrategy,
  ranker: Ranker,
  view: CandidateView,
  tied: Int32Array,
  m: number,
): StrategyStep {
  const best = Array.from(tied.subarray(0, Math.min(m, COMPACT_GROUP)));
  const scores: Record<string, string> = {};
  for (const i of best) scores[view.records[i]!.containerInstanceArn] = ranker.describe(i);
  return { strategy, scores, groups: [best.map((i) => view.records[i]!.containerInstanceArn)] };
}

function compactTieBreak(view: CandidateView, tied: Int32Array, m: number, chosen: number): StrategyStep {
  const arn = view.records[chosen]!.containerInstanceArn;
  return {
    strategy: { type: 'random' },
    scores: { [arn]: `picked by the seeded generator among ${m} tied` },
    groups: [[arn]],
    tieBreak: true,
  };
}
