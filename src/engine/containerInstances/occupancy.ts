import type { ContainerInstance, Task } from '../model/ecs';
import type { SimState } from '../state';

/** The tasks an instance hosts that are not STOPPED, and their groups. */
export interface Occupancy {
  readonly tasks: ReadonlyArray<Task>;
  readonly groups: ReadonlySet<string>;
}

const EMPTY: Occupancy = { tasks: [], groups: new Set() };

/**
 * Per instance record: records are replaced whenever resources are reserved or released (a task placed or
 * stopped), so a cached entry belongs to exactly one set of tasks. Placement asks once per instance per task,
 * and this keeps that O(1) after one pass over the tasks.
 */
const cache = new WeakMap<ContainerInstance, Occupancy>();

function scan(state: SimState): Map<string, { tasks: Task[]; groups: Set<string> }> {
  const byInstance = new Map<string, { tasks: Task[]; groups: Set<string> }>();
  for (const task of Object.values(state.ecs.tasks)) {
    if (!task.containerInstanceArn || task.lastStatus === 'STOPPED') continue;
    let entry = byInstance.get(task.containerInstanceArn);
    if (!entry) byInstance.set(task.containerInstanceArn, (entry = { tasks: [], groups: new Set() }));
    entry.tasks.push(task);
    entry.groups.add(task.group);
  }
  return byInstance;
}

/** A cached entry is still right when every task in it is still the stored record (records are replaced on change). */
const stillCurrent = (state: SimState, occupancy: Occupancy) =>
  occupancy.tasks.every((t) => state.ecs.tasks[t.taskArn] === t);

/**
 * The tasks placed on `ci` that have not reached STOPPED, with their task groups.
 *
 * Contract: a task counts from the moment it is stored with `containerInstanceArn` set; whoever stores it
 * reserves its resources (`reserveOnInstance`, which replaces the instance record) in the same step, and
 * stopping releases them (`releaseFromInstance`). The cache relies on that to know when to recompute.
 */
export function occupancyOf(state: SimState, ci: ContainerInstance): Occupancy {
  const hit = cache.get(ci);
  if (hit && stillCurrent(state, hit)) return hit;
  const byInstance = scan(state);
  for (const record of Object.values(state.ecs.containerInstances)) {
    cache.set(record, byInstance.get(record.containerInstanceArn) ?? EMPTY);
  }
  return byInstance.get(ci.containerInstanceArn) ?? EMPTY;
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
