import type { ContainerInstance, Task } from '../model/ecs';
import { loadOn } from '../indexes';
import type { SimState } from '../state';

/** The tasks an instance hosts that are not STOPPED, and their groups. */
export interface Occupancy {
  readonly tasks: ReadonlyArray<Task>;
  readonly groups: ReadonlySet<string>;
}

/**
 * The tasks placed on `ci` that have not reached STOPPED, in the task table's order, with their task groups
 * (from the write-path index, indexes.ts).
 */
export function occupancyOf(state: SimState, ci: ContainerInstance): Occupancy {
  const load = loadOn(state, ci.containerInstanceArn);
  const tasks = [...load.tasks].map((arn) => state.ecs.tasks[arn]!);
  return { tasks, groups: new Set(load.groups) };
}

/** How many tasks (not STOPPED) of each group an instance hosts. */
export interface GroupCounts {
  /** group → tasks of it; only groups with at least one */
  readonly byGroup: ReadonlyMap<string, number>;
  readonly groups: ReadonlySet<string>;
  readonly total: number;
}

/**
 * The group counts of each instance, in the order given, read from the write-path index (indexes.ts): no pass
 * over the tasks. What is returned is read now: it changes with the next placement.
 */
export function groupCountsOf(
  state: SimState,
  instances: ReadonlyArray<ContainerInstance>,
): ReadonlyArray<GroupCounts> {
  return instances.map((ci) => {
    const load = loadOn(state, ci.containerInstanceArn);
    return { byGroup: load.byGroup, groups: load.groups, total: load.tasks.size };
  });
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
