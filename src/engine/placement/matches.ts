import { assert } from '../../lib/assert';
import type { ContainerInstance } from '../model/ecs';
import type { PlacementConstraint } from '../model/taskDefinition';
import { compileQuery } from '../query';
import type { SimState } from '../state';
import { memberOfVerdict } from './caches';
import { readsTasks } from './queryDeps';

/**
 * Whether `ci` meets every memberOf constraint in `constraints` (already validated), with the placement
 * pipeline's own verdicts. A DAEMON service asks this of each instance: it runs a task on every ACTIVE instance
 * that meets its constraints, and on no other (ecs-reference §5.2). distinctInstance says nothing about one
 * instance on its own, so it is not read.
 */
export function meetsMemberOf(
  state: SimState,
  ci: ContainerInstance,
  constraints: ReadonlyArray<PlacementConstraint>,
): boolean {
  return constraints.every((c) => {
    if (c.type !== 'memberOf' || c.expression === undefined) return true;
    const compiled = compileQuery(c.expression);
    assert(compiled.ok, `meetsMemberOf: memberOf expression was not validated: ${c.expression}`);
    return memberOfVerdict(state, ci, c.expression, compiled.value, readsTasks(c.expression));
  });
}
