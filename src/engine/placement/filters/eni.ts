import type { FilterPlugin } from '../types';

export const RESOURCE_ENI = 'RESOURCE:ENI';

/** An awsvpc task takes one ENI attachment slot on its instance (ecs-reference §2.6). */
export const eniFilter = {
  name: 'eni',
  appliesTo: (need) => need.eni,
  passes: (_need, view, i) => view.records[i]!.enisInUse < view.records[i]!.eniSlots,
  reasonFor: () => RESOURCE_ENI,
  check(need, view, i) {
    const ci = view.records[i]!;
    const passed = this.passes(need, view, i);
    return {
      check: 'eni',
      required: '1 free ENI slot (awsvpc)',
      available: `${Math.max(0, ci.eniSlots - ci.enisInUse)} of ${ci.eniSlots} ENI slots free`,
      passed,
      ...(passed ? {} : { reason: RESOURCE_ENI }),
    };
  },
} satisfies FilterPlugin;
