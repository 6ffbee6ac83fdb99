import type { FilterPlugin } from '../types';

/** Reason for an instance whose agent is not connected. */
export const AGENT = 'AGENT';

/** Tasks go only to instances whose ECS agent is connected (ecs-reference §2.5). */
export const agentFilter = {
  name: 'agent',
  appliesTo: () => true,
  passes: (_need, view, i) => view.records[i]!.agentConnected,
  reasonFor: () => AGENT,
  check(need, view, i) {
    const passed = this.passes(need, view, i);
    return {
      check: 'agent',
      required: 'ECS agent connected',
      available: passed ? 'agent connected' : 'agent disconnected',
      passed,
      ...(passed ? {} : { reason: AGENT }),
    };
  },
} satisfies FilterPlugin;
