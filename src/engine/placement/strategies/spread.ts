import type { CandidateView, Ranker, StrategyPlugin } from '../types';

const ATTRIBUTE = 'attribute:';

/** Counts the group's tasks per instance: every instance is its own value. */
function byInstance(view: CandidateView): Ranker {
  const n = (i: number) => view.groupTasks[i]!;
  return {
    score: n,
    describe: (i) => `${n(i)} task${n(i) === 1 ? '' : 's'} of the group on this instance`,
    placed: () => {},
  };
}

/** Counts the group's tasks per distinct value of an attribute (instances lacking it share the value ''). */
function byAttribute(name: string, view: CandidateView): Ranker {
  // values become small integers so scoring a candidate is two array reads
  const values: string[] = [];
  const indexOf = new Map<string, number>();
  const valueOf = view.records.map((r) => {
    const value = r.attributes.find((a) => a.name === name)?.value ?? '';
    let v = indexOf.get(value);
    if (v === undefined) {
      indexOf.set(value, (v = values.length));
      values.push(value);
    }
    return v;
  });
  const counts = values.map(() => 0);
  valueOf.forEach((v, i) => (counts[v]! += view.groupTasks[i]!));
  const n = (i: number) => counts[valueOf[i]!]!;
  return {
    score: n,
    describe: (i) =>
      `${n(i)} task${n(i) === 1 ? '' : 's'} of the group where ${name} = ${values[valueOf[i]!] || '(not set)'}`,
    placed: (i) => void counts[valueOf[i]!]!++,
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
