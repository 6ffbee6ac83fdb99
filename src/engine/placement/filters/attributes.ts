import type { CandidateView, FilterPlugin, TaskNeeds } from '../types';

export const ATTRIBUTE = 'ATTRIBUTE';

function firstMissing(need: TaskNeeds, view: CandidateView, i: number): string | undefined {
  const have = view.records[i]!.attributes;
  for (const want of need.attributeChecks) {
    const found = have.some(
      (a) => a.name === want.name && (want.value === undefined || a.value === want.value),
    );
    if (!found) return want.value === undefined ? want.name : `${want.name}=${want.value}`;
  }
  return undefined;
}

/** The instance must carry every attribute the task definition requires (ecs-reference §2.4). */
export const attributesFilter = {
  name: 'attributes',
  appliesTo: (need) => need.attributeChecks.length > 0,
  passes: (need, view, i) => firstMissing(need, view, i) === undefined,
  reasonFor: () => ATTRIBUTE,
  check(need, view, i) {
    const missing = firstMissing(need, view, i);
    return {
      check: 'attributes',
      required: need.attributes.join(', '),
      available: missing === undefined ? 'has every required attribute' : `lacks ${missing}`,
      passed: missing === undefined,
      ...(missing === undefined ? {} : { reason: ATTRIBUTE }),
    };
  },
} satisfies FilterPlugin;
