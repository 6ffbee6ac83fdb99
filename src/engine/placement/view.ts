import type { ContainerInstance } from '../model/ecs';
import type { PlacementReplay } from '../model/trace';
import type { SimState } from '../state';
import type { CandidateView } from './types';

const AZ_ATTRIBUTE = 'ecs.availability-zone';

const azOf = (ci: ContainerInstance) => ci.attributes.find((a) => a.name === AZ_ATTRIBUTE)?.value ?? '';

/**
 * The view of `instances` for a task of `group`: one pass over the tasks counts the group's live tasks per
 * instance; memberOf verdicts start unevaluated.
 */
export function buildView(
  state: SimState,
  instances: ReadonlyArray<ContainerInstance>,
  group: string,
  memberOfCount: number,
): CandidateView {
  const index = new Map(instances.map((ci, i) => [ci.containerInstanceArn as string, i]));
  const groupTasks = instances.map(() => 0);
  for (const task of Object.values(state.ecs.tasks)) {
    if (task.group !== group || task.lastStatus === 'STOPPED' || !task.containerInstanceArn) continue;
    const i = index.get(task.containerInstanceArn);
    if (i !== undefined) groupTasks[i]!++;
  }
  return {
    records: [...instances],
    azs: instances.map(azOf),
    groupTasks,
    memberOf: Array.from({ length: memberOfCount }, () => instances.map(() => null)),
  };
}

/** A frozen copy of a view's inputs, taken before the request places anything (see PlacementReplay). */
export function snapshotView(view: CandidateView): Omit<PlacementReplay, 'placements' | 'before'> {
  return {
    records: [...view.records],
    groupTasks: [...view.groupTasks],
    memberOf: view.memberOf.map((c) => [...c]),
  };
}

/** The view one task of a request saw: the snapshot with the request's earlier placements applied. Pure. */
export function replayView(replay: PlacementReplay): CandidateView {
  const view: CandidateView = {
    records: [...replay.records],
    azs: replay.records.map(azOf),
    groupTasks: [...replay.groupTasks],
    memberOf: replay.memberOf.map((c) => [...c]),
  };
  for (const p of replay.placements.slice(0, replay.before)) {
    view.records[p.index] = p.record;
    view.groupTasks[p.index]!++;
    view.memberOf.forEach((column, k) => (column[p.index] = p.memberOf[k] ?? null));
  }
  return view;
}
