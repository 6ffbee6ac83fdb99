import { AwsError } from '../errors';
import type { TaskDefinition, TaskDefinitionStatus } from '../model/taskDefinition';
import type { SimState } from '../state';

/** Listing and paging for ListTaskDefinitions / ListTaskDefinitionFamilies. */

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

const TOKEN_PREFIX = 'page:';

function decodeToken(token: string): string {
  try {
    return atob(token);
  } catch {
    return '';
  }
}

function offsetOf(nextToken: string | undefined): number {
  if (nextToken === undefined) return 0;
  const decoded = decodeToken(nextToken);
  const offset = decoded.startsWith(TOKEN_PREFIX) ? Number(decoded.slice(TOKEN_PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AwsError(
      'InvalidParameterException',
      "'nextToken' is not a token this operation returned. Repeat the request without it to start from the first page.",
      'nextToken',
    );
  }
  return offset;
}

/** One page of `items` from `nextToken` on, and the token of the page after it (absent on the last page). */
export function pageOf<T>(
  items: ReadonlyArray<T>,
  nextToken: string | undefined,
  maxResults: number,
): { items: T[]; nextToken?: string } {
  const start = offsetOf(nextToken);
  const end = start + maxResults;
  const page = items.slice(start, end);
  return end < items.length ? { items: page, nextToken: btoa(`${TOKEN_PREFIX}${end}`) } : { items: page };
}
