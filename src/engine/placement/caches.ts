import { querySubjectOf } from '../containerInstances';
import type { ContainerInstance } from '../model/ecs';
import type { Attribute } from '../model/taskDefinition';
import type { CompiledQuery } from '../query';
import type { SimState } from '../state';

/**
 * Memo tables that keep placement O(instances) per request instead of O(tasks). They rest on the contract in
 * containerInstances/occupancy.ts: an instance record is replaced whenever a task is placed on it or released
 * from it, and records are never mutated; and an instance keeps the same `attributes` array until its
 * attributes change. They are pure memoization: results never depend on whether they hit.
 */

interface Verdict {
  readonly ec2InstanceId: string;
  readonly agentConnected: boolean;
  readonly agentVersion: string;
  readonly registeredAt: number;
  readonly value: boolean;
}

/** What placement reads of one attribute list, worked out once. */
interface AttributeFacts {
  /** attribute name → value ('' for an attribute without one); the first wins, as `find` would */
  readonly byName: ReadonlyMap<string, string>;
  /** verdicts of memberOf expressions that read no task state, by expression text */
  readonly verdicts: Map<string, Verdict>;
}

const attributeFacts = new WeakMap<ReadonlyArray<Attribute>, AttributeFacts>();

function factsOf(attributes: ReadonlyArray<Attribute>): AttributeFacts {
  let facts = attributeFacts.get(attributes);
  if (!facts) {
    const byName = new Map<string, string>();
    for (const a of attributes) if (!byName.has(a.name)) byName.set(a.name, a.value ?? '');
    facts = { byName, verdicts: new Map() };
    attributeFacts.set(attributes, facts);
  }
  return facts;
}

/** The attributes of `ci` by name (the value '' for an attribute without one); the same map for every call. */
export const attributeMap = (ci: ContainerInstance): ReadonlyMap<string, string> =>
  factsOf(ci.attributes).byName;

/**
 * Live tasks (not STOPPED) per group on one instance, valid while `record` is the stored record. One entry per
 * instance per simulation: counts of replaced records are not kept, so old records held by traces hold no map.
 */
interface GroupEntry {
  record: ContainerInstance;
  readonly counts: Map<string, number>;
}

/** Per simulation (keyed by its task table, which lives as long as the simulation), per instance ARN. */
const groupEntries = new WeakMap<object, Map<string, GroupEntry>>();

function entriesOf(state: SimState): Map<string, GroupEntry> {
  let entries = groupEntries.get(state.ecs.tasks);
  if (!entries) groupEntries.set(state.ecs.tasks, (entries = new Map()));
  return entries;
}

/** Recounts the instances in `missing` with one pass over the tasks. */
function recount(
  state: SimState,
  entries: Map<string, GroupEntry>,
  missing: ReadonlyArray<ContainerInstance>,
): void {
  const byArn = new Map<string, GroupEntry>();
  for (const record of missing) {
    const entry = { record, counts: new Map<string, number>() };
    byArn.set(record.containerInstanceArn, entry);
    entries.set(record.containerInstanceArn, entry);
  }
  for (const task of Object.values(state.ecs.tasks)) {
    if (!task.containerInstanceArn || task.lastStatus === 'STOPPED') continue;
    const counts = byArn.get(task.containerInstanceArn)?.counts;
    if (counts) counts.set(task.group, (counts.get(task.group) ?? 0) + 1);
  }
}

/** Live tasks of `group` on each instance (not STOPPED), in the order given. */
export function groupTasksOn(
  state: SimState,
  instances: ReadonlyArray<ContainerInstance>,
  group: string,
): number[] {
  const entries = entriesOf(state);
  const missing = instances.filter((ci) => entries.get(ci.containerInstanceArn)?.record !== ci);
  if (missing.length) recount(state, entries, missing);
  return instances.map((ci) => entries.get(ci.containerInstanceArn)!.counts.get(group) ?? 0);
}

/**
 * Records that `after` (the instance's record once a task of `group` was placed) holds one more task of the
 * group than `before`, so the next request needs no pass over the tasks.
 */
export function notePlacement(
  state: SimState,
  before: ContainerInstance,
  after: ContainerInstance,
  group: string,
): void {
  const entry = entriesOf(state).get(before.containerInstanceArn);
  if (!entry || entry.record !== before || before === after) return;
  entry.record = after;
  entry.counts.set(group, (entry.counts.get(group) ?? 0) + 1);
}

/**
 * Evaluates `query` (text `expression`) on `ci`. When `readsTasks` is false the verdict is memoized per
 * attribute list and expression, and the other fields such an expression can read are compared on each hit;
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
  const { verdicts } = factsOf(ci.attributes);
  const hit = verdicts.get(expression);
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
  const { ec2InstanceId, agentConnected, agentVersion, registeredAt } = ci;
  verdicts.set(expression, { ec2InstanceId, agentConnected, agentVersion, registeredAt, value });
  return value;
}
