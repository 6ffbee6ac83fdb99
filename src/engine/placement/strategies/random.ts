import type { StrategyPlugin } from '../types';

/**
 * random: any candidate that passed the filters, picked with the simulation's seeded generator (so replays
 * agree). The pipeline does the pick; this ranker only has no score.
 */
export const random = {
  type: 'random',
  fieldProblem: (field) =>
    field === undefined
      ? undefined
      : `random takes no field; remove 'field' ('${field}') from this strategy.`,
  bind: () => ({ describe: () => 'any candidate may be picked', placed: () => {} }),
} satisfies StrategyPlugin;
