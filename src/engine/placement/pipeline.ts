import { assert } from '../../lib/assert';
import type { EngineContext } from '../context';
import type { Cluster, ContainerInstance, Task } from '../model/ecs';
import type { PlacementConstraint, PlacementStrategy, TaskDefinition } from '../model/taskDefinition';
import type { ContainerInstanceArn, TaskArn } from '../model/ids';
import type { PlacementReplay, PlacementRequirement, PlacementTrace, StrategyStep } from '../model/trace';
import { compileQuery, type CompiledQuery } from '../query';
import { reserveOnInstance, type TaskReservation } from '../resources';
import { memberOfVerdict } from './caches';
import { candidateRow, explain, failureOf, type Explanation } from './explain';
import { FILTERS } from './filters';
import { memberOfFilter } from './filters/memberOf';
import { needsOf } from './needs';
import { readsTasks } from './queryDeps';
import { STRATEGIES } from './strategies';
import type { CandidateView, FilterPlugin, Ranker, ScoreTable, TaskNeeds } from './types';
import { verdictsOf } from './verdicts';
import { currentView, snapshotView } from './view';

/**
 * Trace storage. A full trace is one row per instance per task; at 1,000 instances and 10,000 placements that
 * is tens of millions of check objects nobody reads. So:
 * - up to FULL_TRACE_LIMIT candidates, the full trace is built at placement time and stored;
 * - above it, a compact trace is stored: the outcome (the chosen instance's checks, or the closest instance's
 *   for a failure, and the reject counts per reason) and a `replay` shared by every task of the request:
 *   references to the request's instance records at its start (records are immutable, so holding them costs
 *   one array per request), the group counts, the memberOf verdicts, and the placements its tasks made.
 *   `expandTrace` re-runs `explain` on that and returns exactly the trace the small-cluster path would have
 *   stored, strategy steps included.
 */
export const FULL_TRACE_LIMIT = 100;

/** The strategy steps of a compact trace: none are kept (expanding the trace recomputes them). */
const NO_STEPS: ReadonlyArray<StrategyStep> = Object.freeze([]);

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

/**
 * Creates the task record for a placement on `instance` (resources already reserved; `held` is what the task
 * holds there, GPU ids included) and returns it.
 */
export type CreateTask = (
  instance: ContainerInstance,
  traceId: string,
  index: number,
  held: TaskReservation,
) => Task;

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
  const view = currentView(
    state,
    request.cluster.clusterArn,
    request.instances,
    request.group,
    need.memberOf,
  );
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
  const verdict = verdictsOf(view, need, firstFailing);
  // the candidates that pass every filter, in index order; only a chosen instance can drop out
  const eligible = new Int32Array(n);
  let eligibleCount = 0;
  for (let i = 0; i < n; i++) if (verdict[i]! < 0) eligible[eligibleCount++] = i;

  const compact = n > fullTraceLimit;
  const memberOfAt = filters.indexOf(memberOfFilter);
  const replay = compact
    ? snapshotView(view, request.instances, (i) => verdict[i]! < 0 || verdict[i] === memberOfAt)
    : undefined;
  // compact traces share one counts object until a placement changes the counts
  let rejected = compact ? rejectedCounts(filters, view, verdict) : undefined;
  const rankers = bindStrategies(request.strategies, need, view);
  const buffers = [new Int32Array(n), new Int32Array(n)] as const;

  const tasks: Task[] = [];
  const traces: PlacementTrace[] = [];
  let failures: PlacementFailure[] = [];
  for (let t = 0; t < request.count; t++) {
    const traceId = `placement-${ctx.nextSeq()}`;
    if (eligibleCount === 0) {
      failures = view.records.map((r, i) => ({
        arn: r.containerInstanceArn,
        reason: reasonOf(filters, view, verdict, i),
      }));
      const explanation = rejected
        ? compactFailure(need, view, filters, verdict, rejected)
        : explain(need, view, filters, request.strategies, rankers, undefined);
      traces.push(traceOf(ctx, request, traceId, t, n, explanation, undefined, replay));
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

    // each strategy keeps the best of the candidates the one before left tied
    let tied: Int32Array = eligible;
    let m = eligibleCount;
    for (const ranker of rankers) {
      const into = tied === buffers[0] ? buffers[1] : buffers[0];
      if (ranker.scores) {
        m = keepBest(ranker.scores, tied, m, into);
      } else {
        into[0] = tied[ctx.randomInt(m)]!;
        m = 1;
      }
      tied = into;
    }
    const chosen = m > 1 ? tied[ctx.randomInt(m)]! : tied[0]!;

    const explanation: Explanation = rejected
      ? { candidates: [candidateRow(need, view, filters, chosen)], steps: NO_STEPS, rejected }
      : explain(need, view, filters, request.strategies, rankers, chosen);

    const before = view.records[chosen]!;
    const arn = before.containerInstanceArn;
    const held = reserveOnInstance(ctx, arn, request.reservation);
    const task = createTask(state.ecs.containerInstances[arn]!, traceId, t, held);
    tasks.push(task);
    traces.push(
      traceOf(ctx, request, traceId, t, n, explanation, { chosen: arn, taskArn: task.taskArn }, replay),
    );
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
    const after = state.ecs.containerInstances[arn]!;
    view.records[chosen] = after;
    view.groupTasks[chosen]!++;
    for (const ranker of rankers) ranker.placed(chosen);
    if (verdictsMove) for (const column of view.memberOf) column[chosen] = null;
    verdict[chosen] = firstFailing(chosen);
    if (verdict[chosen]! >= 0) {
      const at = eligible.subarray(0, eligibleCount).indexOf(chosen);
      eligible.copyWithin(at, at + 1, eligibleCount--);
      if (rejected) rejected = withOneMore(rejected, reasonOf(filters, view, verdict, chosen));
    }
    replay?.placements.push({
      index: chosen,
      record: after,
      ...(verdictsMove ? { memberOf: view.memberOf.map((column) => column[chosen]!) } : {}),
    });
  }
  for (const trace of traces) ctx.tx.set(state.traces, trace.id, trace);
  return { tasks, failures, traceIds: traces.map((t) => t.id) };
}

/** Copies into `out` the candidates among `tied[0..m)` with the lowest score, in one pass; returns how many. */
function keepBest(table: ScoreTable, tied: Int32Array, m: number, out: Int32Array): number {
  // the hottest loop of placement: plain array reads, the keyed and unkeyed cases as separate loops
  const { values, keys } = table;
  let best = Infinity;
  let k = 0;
  if (keys) {
    for (let j = 0; j < m; j++) {
      const i = tied[j]!;
      const value = values[keys[i]!]!;
      if (value < best) {
        best = value;
        k = 0;
      }
      if (value === best) out[k++] = i;
    }
  } else {
    for (let j = 0; j < m; j++) {
      const i = tied[j]!;
      const value = values[i]!;
      if (value < best) {
        best = value;
        k = 0;
      }
      if (value === best) out[k++] = i;
    }
  }
  return k;
}

/**
 * One stored trace, written member by member (the same members in the same order every time, so V8 gives all
 * traces one hidden class; spreading a header and adding members would give each trace its own).
 */
function traceOf(
  ctx: EngineContext,
  request: PlacementRequest,
  id: string,
  index: number,
  candidateCount: number,
  explanation: Explanation,
  placed: { readonly chosen: ContainerInstanceArn; readonly taskArn: TaskArn } | undefined,
  replay: PlacementReplay | undefined,
): PlacementTrace {
  return {
    id,
    at: ctx.now,
    clusterArn: request.cluster.clusterArn,
    taskDefinitionArn: request.taskDefinition.taskDefinitionArn,
    group: request.group,
    index,
    count: request.count,
    launchType: 'EC2',
    requirement: request.requirement,
    constraints: request.constraints,
    strategies: request.strategies,
    candidateCount,
    candidates: explanation.candidates,
    steps: explanation.steps,
    rejected: explanation.rejected,
    ...(explanation.failure ? { failure: explanation.failure } : {}),
    ...(placed ? { chosen: placed.chosen, taskArn: placed.taskArn } : {}),
    ...(replay ? { replay } : {}),
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

/** A copy of `counts` with one more rejection for `reason` (stored counts are shared, so never changed). */
const withOneMore = (counts: Readonly<Record<string, number>>, reason: string) => ({
  ...counts,
  [reason]: (counts[reason] ?? 0) + 1,
});

/** A compact failure: counts per reason and the closest instance's checks. */
function compactFailure(
  need: TaskNeeds,
  view: CandidateView,
  filters: ReadonlyArray<FilterPlugin>,
  verdict: Int16Array,
  rejected: Readonly<Record<string, number>>,
): Explanation {
  let closest = 0;
  for (let i = 1; i < verdict.length; i++) if (verdict[i]! > verdict[closest]!) closest = i;
  return {
    candidates: [candidateRow(need, view, filters, closest)],
    steps: NO_STEPS,
    rejected,
    failure: failureOf(rejected, reasonOf(filters, view, verdict, closest), verdict.length),
  };
}
