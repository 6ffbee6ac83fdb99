import type { ContainerInstance, Task } from './model/ecs';
import type { SimState } from './state';
import { observeTable } from './tx';

/**
 * Indexes over the state that placement reads per instance (and the service scheduler per service), so a
 * placement or a reconcile costs the same on an empty account and on one with 10,000 tasks. They are derived
 * data, never stored in the state (a fork or a replay builds its own) and kept current on the write path: every
 * write to the task and container-instance tables goes through the `Tx`, which reports it here, and a
 * rolled-back call reports its undos the same way.
 *
 * The invariant (checked by test/properties/indexes.test.ts): after any sequence of calls, `indexesOf(state)`
 * equals `recomputeIndexes(state)`, a full pass over the tables, orders included.
 */

/** What an instance hosts: its tasks that are not STOPPED, their groups, and the host ports they bind. */
export interface InstanceLoad {
  /** ARNs of the live tasks on the instance, in the task table's order */
  readonly tasks: Set<string>;
  /** group → live tasks of it (only groups with at least one) */
  readonly byGroup: Map<string, number>;
  /** the groups of `byGroup`, as a set (the query language's `task:group` reads it) */
  readonly groups: Set<string>;
  /** host port → how many network bindings of live tasks hold it (dynamic and static, any protocol) */
  readonly ports: Map<number, number>;
}

export interface StateIndexes {
  /** per container instance ARN, for the instances hosting at least one live task */
  readonly byInstance: Map<string, InstanceLoad>;
  /** per cluster ARN: its container instances (any status), in the container-instance table's order */
  readonly byCluster: Map<string, Map<string, ContainerInstance>>;
  /**
   * per cluster ARN, once asked for: the instances of `byCluster` that are not INACTIVE, with each one's
   * position. A record replaced in place keeps its position; any other change drops the entry.
   */
  readonly registered: Map<string, RegisteredList>;
  /** per cluster ARN: how many of its instances are not INACTIVE */
  readonly registeredCount: Map<string, number>;
  /** per cluster ARN: its live (not STOPPED) Fargate tasks per AZ, in all and per group */
  readonly fargate: Map<string, FargateCounts>;
  /**
   * per cluster ARN, per task group (`service:NAME`, `family:web`, …): every task of the group in the task
   * table, STOPPED ones included, in the table's order, keyed by ARN (the service scheduler reads a service's
   * tasks here)
   */
  readonly byTaskGroup: Map<string, Map<string, Map<string, Task>>>;
}

export interface FargateCounts {
  /** AZ → live Fargate tasks of the cluster there */
  readonly byAz: Map<string, number>;
  /** group → AZ → live Fargate tasks of the group there */
  readonly byGroup: Map<string, Map<string, number>>;
}

interface RegisteredList {
  readonly list: ContainerInstance[];
  readonly at: Map<string, number>;
}

const isLive = (t: Task | undefined): t is Task & { containerInstanceArn: string } =>
  t !== undefined && t.containerInstanceArn !== undefined && t.lastStatus !== 'STOPPED';

function loadOf(indexes: StateIndexes, arn: string): InstanceLoad {
  let load = indexes.byInstance.get(arn);
  if (!load) {
    load = { tasks: new Set(), byGroup: new Map(), groups: new Set(), ports: new Map() };
    indexes.byInstance.set(arn, load);
  }
  return load;
}

function countGroup(load: InstanceLoad, group: string, by: 1 | -1): void {
  const n = (load.byGroup.get(group) ?? 0) + by;
  if (n > 0) {
    load.byGroup.set(group, n);
    load.groups.add(group);
  } else {
    load.byGroup.delete(group);
    load.groups.delete(group);
  }
}

function countPorts(load: InstanceLoad, task: Task, by: 1 | -1): void {
  for (const c of task.containers) {
    for (const b of c.networkBindings) {
      const n = (load.ports.get(b.hostPort) ?? 0) + by;
      if (n > 0) load.ports.set(b.hostPort, n);
      else load.ports.delete(b.hostPort);
    }
  }
}

function addTask(indexes: StateIndexes, task: Task & { containerInstanceArn: string }): void {
  const load = loadOf(indexes, task.containerInstanceArn);
  load.tasks.add(task.taskArn);
  countGroup(load, task.group, 1);
  countPorts(load, task, 1);
}

function dropTask(indexes: StateIndexes, task: Task & { containerInstanceArn: string }): void {
  const load = loadOf(indexes, task.containerInstanceArn);
  load.tasks.delete(task.taskArn);
  countGroup(load, task.group, -1);
  countPorts(load, task, -1);
  if (load.tasks.size === 0) indexes.byInstance.delete(task.containerInstanceArn);
}

const isLiveFargate = (t: Task | undefined): t is Task =>
  t !== undefined && t.launchType === 'FARGATE' && t.lastStatus !== 'STOPPED';

/** Adds `by` to `map[key]`, dropping the key at 0. */
function bump(map: Map<string, number>, key: string, by: 1 | -1): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

function countFargate(indexes: StateIndexes, task: Task, by: 1 | -1): void {
  let counts = indexes.fargate.get(task.clusterArn);
  if (!counts) indexes.fargate.set(task.clusterArn, (counts = { byAz: new Map(), byGroup: new Map() }));
  bump(counts.byAz, task.availabilityZone, by);
  let inGroup = counts.byGroup.get(task.group);
  if (!inGroup) counts.byGroup.set(task.group, (inGroup = new Map()));
  bump(inGroup, task.availabilityZone, by);
  if (inGroup.size === 0) counts.byGroup.delete(task.group);
  if (counts.byAz.size === 0) indexes.fargate.delete(task.clusterArn);
}

/** The tasks of `task`'s cluster and group, created empty when asked to. */
function groupOf(indexes: StateIndexes, task: Task, create: boolean): Map<string, Task> | undefined {
  let groups = indexes.byTaskGroup.get(task.clusterArn);
  if (!groups) {
    if (!create) return undefined;
    indexes.byTaskGroup.set(task.clusterArn, (groups = new Map()));
  }
  let members = groups.get(task.group);
  if (!members && create) groups.set(task.group, (members = new Map()));
  return members;
}

/**
 * A task record was replaced: it keeps its place in its group (Map.set keeps a key's place, as a record's
 * keys do); a new key goes last, as in the table; a removed one leaves. A task keeps its cluster and group for
 * life, so a group's order is the table's.
 */
function groupWritten(
  indexes: StateIndexes,
  key: string,
  before: Task | undefined,
  after: Task | undefined,
): void {
  if (before && !(after && after.clusterArn === before.clusterArn && after.group === before.group)) {
    const members = groupOf(indexes, before, false);
    members?.delete(key);
    if (members?.size === 0) {
      const groups = indexes.byTaskGroup.get(before.clusterArn)!;
      groups.delete(before.group);
      if (groups.size === 0) indexes.byTaskGroup.delete(before.clusterArn);
    }
  }
  if (after) groupOf(indexes, after, true)!.set(key, after);
}

/** A task record was replaced (`before` → `after`; undefined for none). */
function taskWritten(
  indexes: StateIndexes,
  key: string,
  before: Task | undefined,
  after: Task | undefined,
): void {
  groupWritten(indexes, key, before, after);
  if (
    isLiveFargate(before) !== isLiveFargate(after) ||
    (isLiveFargate(before) && fargateKeyChanged(before, after!))
  ) {
    if (isLiveFargate(before)) countFargate(indexes, before, -1);
    if (isLiveFargate(after)) countFargate(indexes, after, 1);
  }
  const was = isLive(before) ? before : undefined;
  const is = isLive(after) ? after : undefined;
  if (was && is && was.containerInstanceArn === is.containerInstanceArn) {
    // still on the same instance: keep its place in the instance's task order
    const load = loadOf(indexes, is.containerInstanceArn);
    if (was.group !== is.group) {
      countGroup(load, was.group, -1);
      countGroup(load, is.group, 1);
    }
    if (was.containers !== is.containers) {
      countPorts(load, was, -1);
      countPorts(load, is, 1);
    }
    return;
  }
  if (was) dropTask(indexes, was);
  if (is) addTask(indexes, is);
}

const isActive = (ci: ContainerInstance | undefined): ci is ContainerInstance =>
  ci !== undefined && ci.status !== 'INACTIVE';

const fargateKeyChanged = (a: Task, b: Task) =>
  a.clusterArn !== b.clusterArn || a.group !== b.group || a.availabilityZone !== b.availabilityZone;

/** A container-instance record was replaced. Map.set keeps a key's place, as a record's keys do. */
function instanceWritten(
  indexes: StateIndexes,
  key: string,
  before: ContainerInstance | undefined,
  after: ContainerInstance | undefined,
): void {
  const count = (ci: ContainerInstance, by: 1 | -1) =>
    indexes.registeredCount.set(ci.clusterArn, (indexes.registeredCount.get(ci.clusterArn) ?? 0) + by);
  if (isActive(before)) count(before, -1);
  if (isActive(after)) count(after, 1);
  const cached = after && indexes.registered.get(after.clusterArn);
  const at = cached?.at.get(key);
  if (cached && at !== undefined && isActive(after) && before?.clusterArn === after.clusterArn) {
    cached.list[at] = after;
  } else if (cached && !before && isActive(after)) {
    // a new key goes last, in the table as in the list
    cached.at.set(key, cached.list.length);
    cached.list.push(after);
  } else {
    if (before) indexes.registered.delete(before.clusterArn);
    if (after) indexes.registered.delete(after.clusterArn);
  }
  if (before && before.clusterArn !== after?.clusterArn)
    indexes.byCluster.get(before.clusterArn)?.delete(key);
  if (!after) return;
  let members = indexes.byCluster.get(after.clusterArn);
  if (!members) indexes.byCluster.set(after.clusterArn, (members = new Map()));
  members.set(key, after);
}

/** Builds the indexes with one pass over the tables. */
export function recomputeIndexes(state: SimState): StateIndexes {
  const indexes: StateIndexes = {
    byInstance: new Map(),
    byCluster: new Map(),
    registered: new Map(),
    registeredCount: new Map(),
    fargate: new Map(),
    byTaskGroup: new Map(),
  };
  for (const [key, ci] of Object.entries(state.ecs.containerInstances))
    instanceWritten(indexes, key, undefined, ci);
  for (const [key, task] of Object.entries(state.ecs.tasks)) {
    groupWritten(indexes, key, undefined, task);
    if (isLive(task)) addTask(indexes, task);
    if (isLiveFargate(task)) countFargate(indexes, task, 1);
  }
  return indexes;
}

const indexesByState = new WeakMap<SimState, StateIndexes>();

/**
 * The indexes of `state`, built on first use and kept current from then on by the writes the `Tx` reports.
 * Writes made outside a `Tx` after that (only test staging does it, before any call) are not seen.
 */
export function indexesOf(state: SimState): StateIndexes {
  let indexes = indexesByState.get(state);
  if (!indexes) {
    const built = recomputeIndexes(state);
    indexesByState.set(state, (indexes = built));
    observeTable<Task>(state.ecs.tasks, (key, before, after) => taskWritten(built, key, before, after));
    observeTable<ContainerInstance>(state.ecs.containerInstances, (key, before, after) =>
      instanceWritten(built, key, before, after),
    );
  }
  return indexes;
}

const EMPTY_LOAD: InstanceLoad = {
  tasks: new Set(),
  byGroup: new Map(),
  groups: new Set(),
  ports: new Map(),
};

/** What the instance `arn` hosts now (live: it changes with the next write). Treat as read-only. */
export const loadOn = (state: SimState, arn: string): InstanceLoad =>
  indexesOf(state).byInstance.get(arn) ?? EMPTY_LOAD;

/** The cluster's container instances that are not INACTIVE (deregistered), in table order: a new array. */
export function registeredInstancesOf(state: SimState, clusterArn: string): ContainerInstance[] {
  const indexes = indexesOf(state);
  let cached = indexes.registered.get(clusterArn);
  if (!cached) {
    cached = { list: [], at: new Map() };
    for (const [key, ci] of indexes.byCluster.get(clusterArn) ?? []) {
      if (ci.status === 'INACTIVE') continue;
      cached.at.set(key, cached.list.length);
      cached.list.push(ci);
    }
    indexes.registered.set(clusterArn, cached);
  }
  return cached.list.slice();
}

/** How many container instances of the cluster are not INACTIVE. */
export const registeredCountOf = (state: SimState, clusterArn: string): number =>
  indexesOf(state).registeredCount.get(clusterArn) ?? 0;

const NO_FARGATE: FargateCounts = { byAz: new Map(), byGroup: new Map() };

/** The cluster's live Fargate tasks per AZ (live: it changes with the next write). Treat as read-only. */
export const fargateCountsOf = (state: SimState, clusterArn: string): FargateCounts =>
  indexesOf(state).fargate.get(clusterArn) ?? NO_FARGATE;

const NO_TASKS: ReadonlyMap<string, Task> = new Map();

/**
 * The tasks of a group in a cluster (`service:NAME` for a service's), STOPPED ones included until they expire,
 * in task-table order, keyed by ARN (live: it changes with the next write). Treat as read-only.
 */
export const tasksInGroup = (state: SimState, clusterArn: string, group: string): ReadonlyMap<string, Task> =>
  indexesOf(state).byTaskGroup.get(clusterArn)?.get(group) ?? NO_TASKS;
