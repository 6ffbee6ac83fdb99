import type { ContainerInstance, Task } from '../model/ecs';
import type { SimState } from '../state';

/** The tasks an instance hosts that are not STOPPED, and their groups. */
export interface Occupancy {
  readonly tasks: ReadonlyArray<Task>;
  readonly groups: ReadonlySet<string>;
}

/**
 * The tasks placed on `ci` that have not reached STOPPED, with their task groups: one pass over the tasks, for
 * the rare callers that need the task records themselves (deregistration).
 */
export function occupancyOf(state: SimState, ci: ContainerInstance): Occupancy {
  const tasks = Object.values(state.ecs.tasks).filter(
    (t) => t.containerInstanceArn === ci.containerInstanceArn && t.lastStatus !== 'STOPPED',
  );
  return { tasks, groups: new Set(tasks.map((t) => t.group)) };
}

/** How many tasks (not STOPPED) of each group an instance hosts. */
export interface GroupCounts {
  /** group → tasks of it; only groups with at least one */
  readonly byGroup: ReadonlyMap<string, number>;
  readonly groups: ReadonlySet<string>;
  readonly total: number;
}

/**
 * An instance's counts, valid while `record` is the stored record. The contract they rest on: a task counts from
 * the moment it is stored with `containerInstanceArn` set; whoever stores it reserves its resources
 * (`reserveOnInstance`, which replaces the instance record) in the same step, and stopping releases them
 * (`releaseFromInstance`, which replaces it again). So counts belong to exactly one record.
 */
interface Entry {
  record: ContainerInstance;
  readonly byGroup: Map<string, number>;
  readonly groups: Set<string>;
  total: number;
}

/**
 * One entry per instance per simulation (keyed by its task table, which lives as long as the simulation): the
 * counts of replaced records are not kept, so old records that traces still hold keep no counts alive.
 */
const entriesBySimulation = new WeakMap<object, Map<string, Entry>>();

function entriesOf(state: SimState): Map<string, Entry> {
  let entries = entriesBySimulation.get(state.ecs.tasks);
  if (!entries) entriesBySimulation.set(state.ecs.tasks, (entries = new Map()));
  return entries;
}

/** Recounts the instances in `missing` with one pass over the tasks. */
function recount(state: SimState, entries: Map<string, Entry>, missing: ReadonlyArray<ContainerInstance>) {
  const byArn = new Map<string, Entry>();
  for (const record of missing) {
    const entry: Entry = { record, byGroup: new Map(), groups: new Set(), total: 0 };
    byArn.set(record.containerInstanceArn, entry);
    entries.set(record.containerInstanceArn, entry);
  }
  for (const task of Object.values(state.ecs.tasks)) {
    if (!task.containerInstanceArn || task.lastStatus === 'STOPPED') continue;
    const entry = byArn.get(task.containerInstanceArn);
    if (entry) count(entry, task.group);
  }
}

function count(entry: Entry, group: string): void {
  entry.byGroup.set(group, (entry.byGroup.get(group) ?? 0) + 1);
  entry.groups.add(group);
  entry.total++;
}

/**
 * The group counts of each instance (records as stored now), in the order given. Counts of records seen before
 * are reused; the others are worked out together in one pass over the tasks. What is returned is read now: it
 * changes with the next placement.
 */
export function groupCountsOf(
  state: SimState,
  instances: ReadonlyArray<ContainerInstance>,
): ReadonlyArray<GroupCounts> {
  const entries = entriesOf(state);
  const missing = instances.filter((ci) => entries.get(ci.containerInstanceArn)?.record !== ci);
  if (missing.length) recount(state, entries, missing);
  return instances.map((ci) => entries.get(ci.containerInstanceArn)!);
}

/**
 * Records that `after` (the instance's record once a task of `group` was placed on it) holds one more task of
 * the group than `before`, so the next request needs no pass over the tasks.
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
  count(entry, group);
}

/** Per instance: tasks whose desired status is RUNNING, and tasks not yet started (PROVISIONING or PENDING). */
export interface TaskCounts {
  readonly running: number;
  readonly pending: number;
}

/** Counts for every instance in one pass, for Describe outputs (which must not be stale, so no cache). */
export function taskCountsByInstance(state: SimState): Map<string, TaskCounts> {
  const counts = new Map<string, { running: number; pending: number }>();
  for (const task of Object.values(state.ecs.tasks)) {
    if (!task.containerInstanceArn || task.lastStatus === 'STOPPED') continue;
    let c = counts.get(task.containerInstanceArn);
    if (!c) counts.set(task.containerInstanceArn, (c = { running: 0, pending: 0 }));
    if (task.desiredStatus === 'RUNNING') c.running++;
    if (task.lastStatus === 'PROVISIONING' || task.lastStatus === 'PENDING') c.pending++;
  }
  return counts;
}
