import type { ContainerInstance } from '../model/ecs';
import type { PlacementStrategy } from '../model/taskDefinition';
import type { PlacementCheck, PlacementCheckName, PlacementRequirement } from '../model/trace';

/**
 * What one task of a request needs, worked out once per request so the per-candidate checks only compare
 * numbers and look things up.
 */
export interface TaskNeeds extends PlacementRequirement {
  /** GPUs the task needs (absent: none) */
  readonly gpus?: number;
  readonly group: string;
  /** requiresAttributes split into name and optional value */
  readonly attributeChecks: ReadonlyArray<{ readonly name: string; readonly value?: string }>;
  readonly subnetAzSet?: ReadonlySet<string>;
  readonly distinctInstance: boolean;
  /** the memberOf expressions (task definition's first, then the request's), all of which must hold */
  readonly memberOf: ReadonlyArray<string>;
}

/**
 * The container instances one request considers, as parallel arrays indexed by candidate number, so the hot
 * loop allocates nothing per candidate. The pipeline updates the entries of the instance it just used.
 */
export interface CandidateView {
  readonly records: ContainerInstance[];
  /** `ecs.availability-zone` of each instance ('' when it has none) */
  readonly azs: string[];
  /** each instance's attributes by name (the value '' for an attribute without one) */
  readonly attributes: Array<ReadonlyMap<string, string>>;
  /** tasks of the request's group on each instance (not STOPPED), including ones this request placed */
  readonly groupTasks: number[];
  /** per memberOf expression, per instance: its verdict, or null while not evaluated */
  readonly memberOf: Array<Array<boolean | null>>;
}

/**
 * One placement filter: a resource, eligibility or constraint check. `passes` is the allocation-free fast path
 * the pipeline runs on every candidate; `check` explains the same verdict for the trace. They must agree.
 */
export interface FilterPlugin {
  readonly name: PlacementCheckName;
  /** whether the check has anything to look at for this task (ports when it has static ports, …) */
  appliesTo(need: TaskNeeds): boolean;
  passes(need: TaskNeeds, view: CandidateView, i: number): boolean;
  /** the real ECS reason this filter rejects candidate `i` with (only meaningful when it does) */
  reasonFor(view: CandidateView, i: number): string;
  check(need: TaskNeeds, view: CandidateView, i: number): PlacementCheck;
}

/**
 * Scores kept as arrays, so ranking a thousand candidates reads arrays instead of calling a function per
 * candidate: candidate `i` scores `values[keys[i]]`, or `values[i]` when there are no keys (see scoreIn).
 */
export interface ScoreTable {
  readonly values: ArrayLike<number>;
  readonly keys?: ArrayLike<number>;
}

/** Candidate `i`'s score in `table`. */
export const scoreIn = (table: ScoreTable, i: number): number =>
  table.values[table.keys ? table.keys[i]! : i]!;

/** A strategy bound to one request's candidates. */
export interface Ranker {
  /**
   * Lower is better; candidates with equal scores stay tied for the next strategy. Absent for `random`, which
   * instead picks one of the tied candidates with the seeded generator. Kept current by `placed`.
   */
  readonly scores?: ScoreTable;
  /** candidate `i`'s standing in words the explainer shows */
  describe(i: number): string;
  /** tells the ranker a task of the group was just placed on candidate `i` (after the view was updated) */
  placed(i: number): void;
}

export interface StrategyPlugin {
  readonly type: PlacementStrategy['type'];
  /** the problem with `field` for this strategy in our words, or undefined when it is valid */
  fieldProblem(field: string | undefined): string | undefined;
  bind(strategy: PlacementStrategy, need: TaskNeeds, view: CandidateView): Ranker;
}
