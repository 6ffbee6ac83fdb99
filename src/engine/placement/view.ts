import type { ContainerInstance } from '../model/ecs';
import type { PlacementReplay } from '../model/trace';
import type { SimState } from '../state';
import { groupTasksOn } from './caches';
import type { CandidateView } from './types';

const AZ_ATTRIBUTE = 'ecs.availability-zone';

const azOf = (ci: ContainerInstance) => ci.attributes.find((a) => a.name === AZ_ATTRIBUTE)?.value ?? '';

/** The view of `instances` for a task of `group`, counting the group's live tasks per instance. */
export function buildView(
  state: SimState,
  instances: ReadonlyArray<ContainerInstance>,
  group: string,
  memberOfCount: number,
): CandidateView {
  const groupTasks = groupTasksOn(state, instances, group);
  return {
    records: [...instances],
    azs: instances.map(azOf),
    groupTasks,
    memberOf: Array.from({ length: memberOfCount }, () => instances.map(() => null)),
  };
}

/**
 * A frozen copy of a view's inputs, taken before the request places anything (see PlacementReplay). `records`
 * are the request's own instances (never changed); memberOf verdicts are shared unless placement can change them.
 */
export function snapshotView(
  view: CandidateView,
  records: ReadonlyArray<ContainerInstance>,
  verdictsMove: boolean,
): Omit<PlacementReplay, 'placements' | 'before'> {
  return {
    records,
    groupTasks: [...view.groupTasks],
    memberOf: verdictsMove ? view.memberOf.map((c) => [...c]) : view.memberOf,
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
