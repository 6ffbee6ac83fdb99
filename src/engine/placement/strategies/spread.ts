import type { CandidateView, Ranker, StrategyPlugin } from '../types';

const ATTRIBUTE = 'attribute:';

/** Counts the group's tasks per instance: every instance is its own value. */
function byInstance(view: CandidateView): Ranker {
  const n = (i: number) => view.groupTasks[i]!;
  return {
    scores: { values: view.groupTasks },
    describe: (i) => `${n(i)} task${n(i) === 1 ? '' : 's'} of the group on this instance`,
    placed: () => {},
  };
}

/** Each instance's attribute value as a small integer, so scoring a candidate is two array reads. */
interface ValueIds {
  /** the attribute maps the ids were read from, to tell which instances changed */
  readonly from: Array<ReadonlyMap<string, string> | undefined>;
  readonly ids: number[];
  readonly values: string[];
  readonly idOf: Map<string, number>;
}

/**
 * Value ids per attributes column and attribute name. A kept view (view.ts) reuses its columns between
 * requests, so only the instances whose attribute map changed are looked up again; the ids of a value never
 * change, so the scores are the same as if they were worked out afresh.
 */
const valueIdsMemo = new WeakMap<ReadonlyArray<ReadonlyMap<string, string>>, Map<string, ValueIds>>();

function valueIds(view: CandidateView, name: string): ValueIds {
  const column = view.attributes;
  let byName = valueIdsMemo.get(column);
  if (!byName) valueIdsMemo.set(column, (byName = new Map()));
  let known = byName.get(name);
  if (!known || known.ids.length !== column.length) {
    known = { from: column.map(() => undefined), ids: column.map(() => 0), values: [], idOf: new Map() };
    byName.set(name, known);
  }
  const { from, ids, values, idOf } = known;
  for (let i = 0; i < column.length; i++) {
    const attributes = column[i]!;
    if (from[i] === attributes) continue;
    from[i] = attributes;
    const value = attributes.get(name) ?? '';
    let id = idOf.get(value);
    if (id === undefined) {
      idOf.set(value, (id = values.length));
      values.push(value);
    }
    ids[i] = id;
  }
  return known;
}

/** Counts the group's tasks per distinct value of an attribute (instances lacking it share the value ''). */
function byAttribute(name: string, view: CandidateView): Ranker {
  const { ids, values } = valueIds(view, name);
  const counts = values.map(() => 0);
  for (let i = 0; i < ids.length; i++) counts[ids[i]!]! += view.groupTasks[i]!;
  const n = (i: number) => counts[ids[i]!]!;
  return {
    scores: { values: counts, keys: ids },
    describe: (i) =>
      `${n(i)} task${n(i) === 1 ? '' : 's'} of the group where ${name} = ${values[ids[i]!] || '(not set)'}`,
    placed: (i) => void counts[ids[i]!]!++,
  };
}

/**
 * spread: the value (instance, or attribute value such as an AZ) holding the fewest tasks of the task's group
 * wins, counting tasks placed earlier in the same request (ecs-reference §3.2, §3.5).
 */
export const spread = {
  type: 'spread',
  fieldProblem(field) {
    if (field === 'instanceId' || field === 'host') return undefined;
    if (field?.startsWith(ATTRIBUTE) && field.length > ATTRIBUTE.length) return undefined;
    return (
      `spread needs a field: 'instanceId' (or 'host') or 'attribute:<name>' such as ` +
      `'attribute:ecs.availability-zone'${field === undefined ? '' : `, not '${field}'`}.`
    );
  },
  bind: (strategy, _need, view) =>
    strategy.field!.startsWith(ATTRIBUTE)
      ? byAttribute(strategy.field!.slice(ATTRIBUTE.length), view)
      : byInstance(view),
} satisfies StrategyPlugin;
