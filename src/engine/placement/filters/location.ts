import type { FilterPlugin } from '../types';

export const LOCATION = 'LOCATION';

/** An awsvpc task's ENI goes in one of the request's subnets, so the instance must be in one of their AZs. */
export const locationFilter = {
  name: 'location',
  appliesTo: (need) => need.subnetAzSet !== undefined,
  passes: (need, view, i) => need.subnetAzSet!.has(view.azs[i]!),
  reasonFor: () => LOCATION,
  check(need, view, i) {
    const passed = this.passes(need, view, i);
    return {
      check: 'location',
      required: `an AZ of the task's subnets (${[...need.subnetAzSet!].join(', ')})`,
      available: `in ${view.azs[i] || 'no known AZ'}`,
      passed,
      ...(passed ? {} : { reason: LOCATION }),
    };
  },
} satisfies FilterPlugin;
