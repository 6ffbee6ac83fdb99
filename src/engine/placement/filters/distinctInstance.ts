import type { FilterPlugin } from '../types';

export const DISTINCT_INSTANCE = 'DistinctInstance placement constraint unsatisfied.';

/** distinctInstance: no two tasks of the group on one instance, counting tasks placed earlier in the request. */
export const distinctInstanceFilter = {
  name: 'distinctInstance',
  appliesTo: (need) => need.distinctInstance,
  passes: (_need, view, i) => view.groupTasks[i] === 0,
  reasonFor: () => DISTINCT_INSTANCE,
  check(need, view, i) {
    const n = view.groupTasks[i]!;
    const passed = n === 0;
    return {
      check: 'distinctInstance',
      required: `no task of group ${need.group} on the instance`,
      available:
        n === 0 ? 'no task of the group' : `${n} task${n === 1 ? '' : 's'} of the group already there`,
      passed,
      ...(passed ? {} : { reason: DISTINCT_INSTANCE }),
    };
  },
} satisfies FilterPlugin;
