import { groupCountsOf, querySubjectOf } from '../containerInstances';
import type { ContainerInstance } from '../model/ecs';
import type { Attribute } from '../model/taskDefinition';
import type { CompiledQuery } from '../query';
import type { SimState } from '../state';

/**
 * Memo tables that keep placement O(instances) per request instead of O(tasks). They rest on the contract in
 * containerInstances/occupancy.ts: an instance record is replaced whenever a task is placed on it or released
 * from it, and records are never mutated; and an instance keeps the same `attributes` array until its
 * attributes change. They are pure memoization: results never depend on whether they hit.
 */

interface Verdict {
  readonly ec2InstanceId: string;
  readonly agentConnected: boolean;
  readonly agentVersion: string;
  readonly registeredAt: number;
  readonly value: boolean;
}

/** What placement reads of one attribute list, worked out once. */
interface AttributeFacts {
  /** attribute name → value ('' for an attribute without one); the first wins, as `find` would */
  readonly byName: ReadonlyMap<string, string>;
  /** verdicts of memberOf expressions that read no task state, by expression text */
  readonly verdicts: Map<string, Verdict>;
}

const attributeFacts = new WeakMap<ReadonlyArray<Attribute>, AttributeFacts>();

function factsOf(attributes: ReadonlyArray<Attribute>): AttributeFacts {
  let facts = attributeFacts.get(attributes);
  if (!facts) {
    const byName = new Map<string, string>();
    for (const a of attributes) if (!byName.has(a.name)) byName.set(a.name, a.value ?? '');
    facts = { byName, verdicts: new Map() };
    attributeFacts.set(attributes, facts);
  }
  return facts;
}

/** The attributes of `ci` by name (the value '' for an attribute without one); the same map for every call. */
export const attributeMap = (ci: ContainerInstance): ReadonlyMap<string, string> =>
  factsOf(ci.attributes).byName;

/** Live tasks of `group` on each instance (not STOPPED), in the order given (records as stored now). */
export const groupTasksOn = (
  state: SimState,
  instances: ReadonlyArray<ContainerInstance>,
  group: string,
): number[] => groupCountsOf(state, instances).map((counts) => counts.byGroup.get(group) ?? 0);

/**
 * Evaluates `query` (text `expression`) on `ci`. When `readsTasks` is false the verdict is memoized per
 * attribute list and expression, and the other fields such an expression can read are compared on each hit;
 * otherwise the instance's query subject is built afresh.
 */
export function memberOfVerdict(
  state: SimState,
  ci: ContainerInstance,
  expression: string,
  query: CompiledQuery,
  readsTasks: boolean,
): boolean {
  if (readsTasks) return query(querySubjectOf(state, ci));
  const { verdicts } = factsOf(ci.attributes);
  const hit = verdicts.get(expression);
  if (
    hit &&
    hit.ec2InstanceId === ci.ec2InstanceId &&
    hit.agentConnected === ci.agentConnected &&
    hit.agentVersion === ci.agentVersion &&
    hit.registeredAt === ci.registeredAt
  ) {
    return hit.value;
  }
  const value = query(querySubjectOf(state, ci));
  const { ec2InstanceId, agentConnected, agentVersion, registeredAt } = ci;
  verdicts.set(expression, { ec2InstanceId, agentConnected, agentVersion, registeredAt, value });
  return value;
}
