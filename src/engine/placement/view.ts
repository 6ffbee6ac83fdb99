import type { ContainerInstance } from '../model/ecs';
import type { PlacementReplay } from '../model/trace';
import type { SimState } from '../state';
import { attributeMap, groupTasksOn } from './caches';
import type { CandidateView } from './types';

const AZ_ATTRIBUTE = 'ecs.availability-zone';

const azOf = (ci: ContainerInstance) => attributeMap(ci).get(AZ_ATTRIBUTE) ?? '';

/** A new view of `instances` for a task of `group`, counting the group's live tasks per instance. */
function freshView(
  state: SimState,
  instances: ReadonlyArray<ContainerInstance>,
  group: string,
  memberOfCount: number,
): CandidateView {
  return {
    records: [...instances],
    azs: instances.map(azOf),
    attributes: instances.map(attributeMap),
    groupTasks: groupTasksOn(state, instances, group),
    memberOf: Array.from({ length: memberOfCount }, () => instances.map(() => null)),
  };
}

/**
 * Views kept between requests, per simulation and per kind of request (cluster, group, memberOf expressions).
 * Every entry of a view is a function of the instance record at its position (its attributes, the tasks on it,
 * the verdicts of the expressions on it), and a record is replaced, never mutated, whenever a task is placed
 * on or released from its instance. So an entry is reused exactly while `records[i]` is still the stored
 * record and recomputed otherwise, and a request costs one identity check per instance plus the work for the
 * instances that changed. A rolled-back call leaves entries whose record is no longer stored: recomputed.
 */
const viewsBySimulation = new WeakMap<SimState, Map<string, CandidateView>>();

/** How many kinds of request a simulation keeps views for; past that it starts over. */
const MAX_KINDS = 32;

/**
 * The view of `instances` for a task of `group` with `memberOf` expressions (verdicts null until evaluated).
 * The view belongs to the caller until its next call for the same kind of request, and stays valid for the
 * cache only if the caller updates the entries of every instance whose record it replaces (as the pipeline
 * does for the instance it places a task on).
 */
export function currentView(
  state: SimState,
  clusterArn: string,
  instances: ReadonlyArray<ContainerInstance>,
  group: string,
  memberOf: ReadonlyArray<string>,
): CandidateView {
  let kinds = viewsBySimulation.get(state);
  if (!kinds) viewsBySimulation.set(state, (kinds = new Map()));
  const kind = JSON.stringify([clusterArn, group, memberOf]);
  const known = kinds.get(kind);
  if (!known || known.records.length !== instances.length) {
    if (kinds.size >= MAX_KINDS) kinds.clear();
    const view = freshView(state, instances, group, memberOf.length);
    kinds.set(kind, view);
    return view;
  }
  const stale: number[] = [];
  for (let i = 0; i < instances.length; i++) if (known.records[i] !== instances[i]) stale.push(i);
  if (stale.length > 0) {
    const changed = stale.map((i) => instances[i]!);
    const counts = groupTasksOn(state, changed, group);
    stale.forEach((i, j) => {
      const ci = changed[j]!;
      known.records[i] = ci;
      known.azs[i] = azOf(ci);
      known.attributes[i] = attributeMap(ci);
      known.groupTasks[i] = counts[j]!;
      for (const column of known.memberOf) column[i] = null;
    });
  }
  return known;
}

/**
 * The inputs of a request's view before it places anything, shared by the compact traces of all its tasks (see
 * PlacementReplay): copies, since the view changes as tasks are placed. `records` are the request's own
 * instances (never changed). memberOf verdicts are kept only for the instances the filters got as far as
 * evaluating them for (`reached`): a kept view may know others from earlier requests, and the stored trace must
 * not depend on what an earlier, possibly rolled-back, call left behind. `placements` is filled in as the
 * request places its tasks.
 */
export function snapshotView(
  view: CandidateView,
  records: ReadonlyArray<ContainerInstance>,
  reached: (i: number) => boolean,
): PlacementReplay & { readonly placements: Array<PlacementReplay['placements'][number]> } {
  return {
    records,
    groupTasks: [...view.groupTasks],
    memberOf: view.memberOf.map((column) => column.map((v, i) => (reached(i) ? v : null))),
    placements: [],
  };
}

/** The view task `index` of a request saw: the snapshot with the request's earlier placements applied. Pure. */
export function replayView(replay: PlacementReplay, index: number): CandidateView {
  const view: CandidateView = {
    records: [...replay.records],
    azs: replay.records.map(azOf),
    attributes: replay.records.map(attributeMap),
    groupTasks: [...replay.groupTasks],
    memberOf: replay.memberOf.map((c) => [...c]),
  };
  for (const p of replay.placements.slice(0, index)) {
    view.records[p.index] = p.record;
    view.groupTasks[p.index]!++;
    const verdicts = p.memberOf;
    if (verdicts) view.memberOf.forEach((column, k) => (column[p.index] = verdicts[k] ?? null));
  }
  return view;
}
