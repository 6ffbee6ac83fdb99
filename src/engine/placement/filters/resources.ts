import type { FilterPlugin } from '../types';

export const RESOURCE_CPU = 'RESOURCE:CPU';
export const RESOURCE_MEMORY = 'RESOURCE:MEMORY';
export const RESOURCE_GPU = 'RESOURCE:GPU';

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

const freeGpus = (view: Parameters<FilterPlugin['passes']>[1], i: number) =>
  view.records[i]!.remainingResources.gpus?.length ?? 0;

/**
 * A task with GPU resourceRequirements needs that many free GPUs (ecs-reference §2.2, §3.4). Only instances
 * whose agent registered GPUs (a GPU instance type on the GPU-optimized AMI) have any.
 */
export const gpuFilter = {
  name: 'gpu',
  appliesTo: (need) => (need.gpus ?? 0) > 0,
  passes: (need, view, i) => freeGpus(view, i) >= (need.gpus ?? 0),
  reasonFor: () => RESOURCE_GPU,
  check(need, view, i) {
    const passed = this.passes(need, view, i);
    const free = freeGpus(view, i);
    return {
      check: 'gpu',
      required: `${need.gpus ?? 0} GPU${need.gpus === 1 ? '' : 's'}`,
      available: view.records[i]!.registeredResources.gpus
        ? `${free} GPU${free === 1 ? '' : 's'} free`
        : 'no GPUs registered (needs a GPU instance type and the ECS GPU-optimized AMI)',
      passed,
      ...(passed ? {} : { reason: RESOURCE_GPU }),
    };
  },
} satisfies FilterPlugin;
