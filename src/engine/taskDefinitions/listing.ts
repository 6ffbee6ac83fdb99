import type { TaskDefinition, TaskDefinitionStatus } from '../model/taskDefinition';
import type { SimState } from '../state';

/** What ListTaskDefinitions / ListTaskDefinitionFamilies list, before paging. */

export type FamilyStatus = 'ACTIVE' | 'INACTIVE' | 'ALL';

const byFamilyThenRevision = (a: TaskDefinition, b: TaskDefinition) =>
  a.family < b.family ? -1 : a.family > b.family ? 1 : a.revision - b.revision;

/**
 * Revisions with `status`, in one family when `family` is given (ListTaskDefinitions' familyPrefix is a full
 * family name), ordered by family name then revision, ascending or descending.
 */
export function revisionsWith(
  state: SimState,
  status: TaskDefinitionStatus,
  family: string | undefined,
  sort: 'ASC' | 'DESC',
): TaskDefinition[] {
  const found = Object.values(state.ecs.taskDefinitions).filter(
    (td) => td.status === status && (family === undefined || td.family === family),
  );
  found.sort(byFamilyThenRevision);
  return sort === 'DESC' ? found.reverse() : found;
}

/**
 * Family names starting with `prefix`, sorted. ACTIVE: families with an ACTIVE revision; INACTIVE: families
 * with revisions but none ACTIVE; ALL: both.
 */
export function familiesWith(state: SimState, prefix: string, status: FamilyStatus): string[] {
  const active = new Map<string, boolean>();
  for (const td of Object.values(state.ecs.taskDefinitions)) {
    if (!td.family.startsWith(prefix)) continue;
    active.set(td.family, (active.get(td.family) ?? false) || td.status === 'ACTIVE');
  }
  return [...active]
    .filter(([, isActive]) => status === 'ALL' || isActive === (status === 'ACTIVE'))
    .map(([family]) => family)
    .sort();
}
