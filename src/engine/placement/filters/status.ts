import type { FilterPlugin } from '../types';

/** Reason for an instance that is deregistered or on its way out. */
export const INACTIVE = 'INACTIVE';
/**
 * Reason for an instance that is ACTIVE-able but not ACTIVE now (DRAINING, REGISTERING). ECS silently skips
 * such instances; the simulator names the status so a learner sees why.
 */
export const NOT_ACTIVE_REASONS = ['DRAINING', 'REGISTERING', 'REGISTRATION_FAILED'] as const;

/** Only ACTIVE instances receive new tasks (ecs-reference §2.5). */
export const statusFilter = {
  name: 'status',
  appliesTo: () => true,
  passes: (_need, view, i) => view.records[i]!.status === 'ACTIVE',
  reasonFor(view, i) {
    const status = view.records[i]!.status;
    return (NOT_ACTIVE_REASONS as ReadonlyArray<string>).includes(status) ? status : INACTIVE;
  },
  check(need, view, i) {
    const status = view.records[i]!.status;
    const passed = this.passes(need, view, i);
    return {
      check: 'status',
      required: 'status ACTIVE',
      available: `status ${status}`,
      passed,
      ...(passed ? {} : { reason: this.reasonFor(view, i) }),
    };
  },
} satisfies FilterPlugin;
