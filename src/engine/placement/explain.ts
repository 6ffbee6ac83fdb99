import type { ContainerInstanceArn } from '../model/ids';
import type { PlacementStrategy } from '../model/taskDefinition';
import type { PlacementCandidate, PlacementCheck, StrategyStep } from '../model/trace';
import {
  scoreIn,
  type CandidateView,
  type FilterPlugin,
  type Ranker,
  type ScoreTable,
  type TaskNeeds,
} from './types';

/** The explaining half of a trace: every instance's checks, every strategy step, and the outcome. */
export interface Explanation {
  readonly candidates: ReadonlyArray<PlacementCandidate>;
  readonly steps: ReadonlyArray<StrategyStep>;
  readonly rejected: Readonly<Record<string, number>>;
  readonly failure?: { readonly reason: string; readonly message: string };
}

/** One instance's row of the trace: its checks in filter order, stopping at the first that fails. */
export function candidateRow(
  need: TaskNeeds,
  view: CandidateView,
  filters: ReadonlyArray<FilterPlugin>,
  i: number,
): PlacementCandidate {
  const checks: PlacementCheck[] = [];
  for (const filter of filters) {
    const check = filter.check(need, view, i);
    checks.push(check);
    if (!check.passed) break;
  }
  const record = view.records[i]!;
  return {
    containerInstanceArn: record.containerInstanceArn,
    ec2InstanceId: record.ec2InstanceId,
    availabilityZone: view.azs[i]!,
    instanceType: view.attributes[i]!.get('ecs.instance-type') ?? '',
    checks,
    passed: checks.every((c) => c.passed),
  };
}

/** What each failure reason means, in a phrase that completes "N instance(s) …". */
const REJECTION_PHRASES: Readonly<Record<string, string>> = {
  'RESOURCE:CPU': 'had too few free CPU units',
  'RESOURCE:MEMORY': 'had too little free memory',
  'RESOURCE:PORTS': 'already held a TCP host port the task needs',
  'RESOURCE:PORTS_UDP': 'already held a UDP host port the task needs',
  'RESOURCE:ENI': 'had no free ENI slot for an awsvpc task',
  AGENT: 'had a disconnected ECS agent',
  ATTRIBUTE: 'lacked an attribute the task definition requires',
  LOCATION: "sat in an AZ none of the task's subnets is in",
  INACTIVE: 'were not ACTIVE',
  DRAINING: 'were DRAINING',
  REGISTERING: 'were still REGISTERING',
  'MemberOf placement constraint unsatisfied.': 'did not match a memberOf expression',
  'DistinctInstance placement constraint unsatisfied.': 'already ran a task of the group (distinctInstance)',
};

/**
 * The failure of a task nothing could take: the reason of the closest instance (the one that passed the most
 * checks, first in order on a tie), and a sentence counting the instances each reason rejected.
 */
export function failureOf(
  rejected: Readonly<Record<string, number>>,
  closestReason: string,
  total: number,
): { reason: string; message: string } {
  const parts = Object.entries(rejected).map(
    ([reason, n]) => `${n} ${REJECTION_PHRASES[reason] ?? 'were rejected'} (${reason})`,
  );
  return {
    reason: closestReason,
    message:
      `None of the ${total} container instance${total === 1 ? '' : 's'} could take this task: ` +
      `${parts.join('; ')}.`,
  };
}

/** Splits `tied` into groups of equal score, best (lowest) first. */
function groupByScore(tied: ReadonlyArray<number>, table: ScoreTable): number[][] {
  const score = (i: number) => scoreIn(table, i);
  const sorted = [...tied].sort((a, b) => score(a) - score(b) || a - b);
  const groups: number[][] = [];
  for (const i of sorted) {
    const last = groups[groups.length - 1];
    if (last && score(last[0]!) === score(i)) last.push(i);
    else groups.push([i]);
  }
  return groups;
}

/** The step of a random pick (a `random` strategy or the final tie-break): the chosen one, then the rest. */
const pickGroups = (tied: ReadonlyArray<number>, chosen: number) => [
  [chosen],
  tied.filter((i) => i !== chosen),
];

/**
 * Explains one placement decision in full. Pure: reads the view as it was when the task was placed and the
 * candidate that was chosen (random picks are not redrawn; the chosen one is shown as the pick).
 */
export function explain(
  need: TaskNeeds,
  view: CandidateView,
  filters: ReadonlyArray<FilterPlugin>,
  strategies: ReadonlyArray<PlacementStrategy>,
  rankers: ReadonlyArray<Ranker>,
  chosen: number | undefined,
): Explanation {
  const candidates = view.records.map((_, i) => candidateRow(need, view, filters, i));
  const rejected: Record<string, number> = {};
  let closest: PlacementCandidate | undefined;
  let tied: number[] = [];
  candidates.forEach((c, i) => {
    if (c.passed) {
      tied.push(i);
      return;
    }
    const reason = c.checks[c.checks.length - 1]!.reason!;
    rejected[reason] = (rejected[reason] ?? 0) + 1;
    if (!closest || c.checks.length > closest.checks.length) closest = c;
  });
  if (chosen === undefined) {
    const reason = closest ? closest.checks[closest.checks.length - 1]!.reason! : 'MISSING';
    return { candidates, steps: [], rejected, failure: failureOf(rejected, reason, candidates.length) };
  }
  const arn = (i: number) => view.records[i]!.containerInstanceArn;
  const steps: StrategyStep[] = [];
  const stepOf = (strategy: PlacementStrategy, ranker: Ranker, groups: number[][], tieBreak = false) => {
    const scores: Record<string, string> = {};
    for (const group of groups) for (const i of group) scores[arn(i)] = ranker.describe(i);
    steps.push({
      strategy,
      scores,
      groups: groups.filter((g) => g.length > 0).map((g) => g.map(arn) as ContainerInstanceArn[]),
      ...(tieBreak ? { tieBreak } : {}),
    });
  };
  strategies.forEach((strategy, s) => {
    const ranker = rankers[s]!;
    const groups = ranker.scores ? groupByScore(tied, ranker.scores) : pickGroups(tied, chosen);
    stepOf(strategy, ranker, groups);
    tied = groups[0]!;
  });
  if (tied.length > 1) {
    const ranker: Ranker = {
      describe: (i) => (i === chosen ? 'picked by the seeded generator' : 'tied, not picked'),
      placed: () => {},
    };
    stepOf({ type: 'random' }, ranker, pickGroups(tied, chosen), true);
  }
  return { candidates, steps, rejected };
}
