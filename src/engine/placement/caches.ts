import { querySubjectOf } from '../containerInstances';
import type { ContainerInstance } from '../model/ecs';
import type { CompiledQuery } from '../query';
import type { SimState } from '../state';

/**
 * Memo tables that keep placement O(instances) per request instead of O(tasks). Both rest on the contract in
 * containerInstances/occupancy.ts: an instance record is replaced whenever a task is placed on it or released
 * from it, and records are never mutated. So a value computed from one record object stays right for as long
 * as that object is the stored record. They are pure memoization: results never depend on whether they hit.
 */

/** Live tasks per group on an instance record. */
const groupCounts = new WeakMap<ContainerInstance, ReadonlyMap<string, number>>();

/** Fills the counts of every record in `missing` with one pass over the tasks. */
function fillGroupCounts(state: SimState, missing: ReadonlyArray<ContainerInstance>): void {
  const byArn = new Map<string, Map<string, number>>(
    missing.map((ci) => [ci.containerInstanceArn, new Map()]),
  );
  for (const task of Object.values(state.ecs.tasks)) {
    if (!task.containerInstanceArn || task.lastStatus === 'STOPPED') continue;
    const counts = byArn.get(task.containerInstanceArn);
    if (counts) counts.set(task.group, (counts.get(task.group) ?? 0) + 1);
  }
  for (const ci of missing) groupCounts.set(ci, byArn.get(ci.containerInstanceArn)!);
}

/** Live tasks of `group` on each instance (not STOPPED), in the order given. */
export function groupTasksOn(
  state: SimState,
  instances: ReadonlyArray<ContainerInstance>,
  group: string,
): number[] {
  const missing = instances.filter((ci) => !groupCounts.has(ci));
  if (missing.length) fillGroupCounts(state, missing);
  return instances.map((ci) => groupCounts.get(ci)!.get(group) ?? 0);
}

/**
 * Records that `after` (the instance's record once a task of `group` was placed) holds one more task of the
 * group than `before`, so the next request needs no pass over the tasks.
 */
export function notePlacement(before: ContainerInstance, after: ContainerInstance, group: string): void {
  const counts = groupCounts.get(before);
  if (!counts || before === after) return;
  groupCounts.set(after, new Map(counts).set(group, (counts.get(group) ?? 0) + 1));
}

interface Verdict {
  readonly ec2InstanceId: string;
  readonly agentConnected: boolean;
  readonly agentVersion: string;
  readonly registeredAt: number;
  readonly value: boolean;
}

/**
 * Verdicts of expressions that read no task state, keyed by the instance's attribute list (an array shared by
 * every version of the record until the attributes change) and the expression text; the other fields such an
 * expression can read are compared on each hit.
 */
const verdicts = new WeakMap<object, Map<string, Verdict>>();

/**
 * Evaluates `query` (text `expression`) on `ci`. When `readsTasks` is false the verdict is memoized as above;
 * otherwise the instance's query subject is built afresh.
 */
export function memberOfVerdict(
  state: SimState,
  ci: ContainerInstance,
  expression: string,
  query: CompiledQuery,
  readsTasks: boolean,
): boolean {
  if (readsTasks) return query(querySubjectOf(state, ci));
  let byText = verdicts.get(ci.attributes);
  const hit = byText?.get(expression);
  if (
    hit &&
    hit.ec2InstanceId === ci.ec2InstanceId &&
    hit.agentConnected === ci.agentConnected &&
    hit.agentVersion === ci.agentVersion &&
    hit.registeredAt === ci.registeredAt
  ) {
    return hit.value;
  }
  const value = query(querySubjectOf(state, ci));
  if (!byText) verdicts.set(ci.attributes, (byText = new Map()));
  const { ec2InstanceId, agentConnected, agentVersion, registeredAt } = ci;
  byText.set(expression, { ec2InstanceId, agentConnected, agentVersion, registeredAt, value });
  return value;
}
