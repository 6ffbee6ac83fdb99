import type { StrategyPlugin } from '../types';

const FIELDS = ['cpu', 'memory'] as const;

/**
 * binpack: the instance with the least remaining cpu or memory that still fits wins, so tasks fill one
 * instance before the next (ecs-reference §3.2). Every candidate already fits, so the score is what is left.
 */
export const binpack = {
  type: 'binpack',
  fieldProblem: (field) =>
    FIELDS.includes(field as (typeof FIELDS)[number])
      ? undefined
      : `binpack packs by 'cpu' or 'memory'; set field to one of them${field === undefined ? '' : ` (not '${field}')`}.`,
  bind(strategy, need, view) {
    const memory = strategy.field === 'memory';
    const left = memory
      ? (i: number) => view.records[i]!.remainingResources.memory
      : (i: number) => view.records[i]!.remainingResources.cpu;
    const unit = memory ? 'MiB' : 'CPU units';
    const takes = memory ? need.memory : need.cpu;
    const values = view.records.map((_, i) => left(i));
    return {
      scores: { values },
      describe: (i) => `${left(i)} ${unit} free, ${left(i) - takes} after placing`,
      placed: (i) => void (values[i] = left(i)),
    };
  },
} satisfies StrategyPlugin;
