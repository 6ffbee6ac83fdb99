import { requireCluster } from '../arns';
import { invalidParameter } from '../errors';
import type { ContainerInstanceStatus } from '../model/ecs';
import { compileQuery } from '../query';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';
import { querySubjectOf } from './index';

/** Compiles `filter`; a syntax error names where it is (the query module's messages give the column). */
function compileFilter(text: string) {
  const compiled = compileQuery(text);
  if (compiled.ok) return compiled.value;
  const { message, offset } = compiled.error;
  const where = /column \d+/.test(message) ? '' : ` (at column ${offset + 1})`;
  throw invalidParameter(`filter: ${message}${where}`, 'filter');
}

/**
 * A cluster's container instance ARNs in registration order, as ListContainerInstances lists them: without
 * `status`, INACTIVE (deregistered) instances are left out; `filter` is a cluster query language expression
 * each instance must satisfy. Only reads the state, so the app can preview a memberOf expression with it
 * without a call (which would be recorded) or a fork (which copies the whole state).
 */
export function listContainerInstanceArns(
  state: DeepReadonly<SimState>,
  cluster: string | undefined,
  filter?: string,
  status?: ContainerInstanceStatus,
): string[] {
  const s = state as SimState;
  const { clusterArn } = requireCluster(s, cluster);
  const matches = filter === undefined ? undefined : compileFilter(filter);
  return Object.values(s.ecs.containerInstances)
    .filter((ci) => ci.clusterArn === clusterArn)
    .filter((ci) => (status ? ci.status === status : ci.status !== 'INACTIVE'))
    .filter((ci) => !matches || matches(querySubjectOf(s, ci)))
    .sort((a, b) => a.registeredAt - b.registeredAt)
    .map((ci) => ci.containerInstanceArn as string);
}
