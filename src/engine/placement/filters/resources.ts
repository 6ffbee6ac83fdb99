import type { FilterPlugin } from '../types';

export const RESOURCE_CPU = 'RESOURCE:CPU';
export const RESOURCE_MEMORY = 'RESOURCE:MEMORY';

/** The task's CPU units must fit in what the instance has left (ecs-reference §2.2). */
export const cpuFilter = {
  name: 'cpu',
  appliesTo: () => true,
  passes: (need, view, i) => view.records[i]!.remainingResources.cpu >= need.cpu,
  reasonFor: () => RESOURCE_CPU,
  check(need, view, i) {
    const passed = this.passes(need, view, i);
    return {
      check: 'cpu',
      required: `${need.cpu} CPU units`,
      available: `${view.records[i]!.remainingResources.cpu} CPU units free`,
      passed,
      ...(passed ? {} : { reason: RESOURCE_CPU }),
    };
  },
} satisfies FilterPlugin;

/** The task's memory (reservation, else hard limit) must fit in what the instance has left (ecs-reference §2.2). */
export const memoryFilter = {
  name: 'memory',
  appliesTo: () => true,
  passes: (need, view, i) => view.records[i]!.remainingResources.memory >= need.memory,
  reasonFor: () => RESOURCE_MEMORY,
  check(need, view, i) {
    const passed = this.passes(need, view, i);
    return {
      check: 'memory',
      required: `${need.memory} MiB`,
      available: `${view.records[i]!.remainingResources.memory} MiB free`,
      passed,
      ...(passed ? {} : { reason: RESOURCE_MEMORY }),
    };
  },
} satisfies FilterPlugin;
