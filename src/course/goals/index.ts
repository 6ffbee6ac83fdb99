import type { Goal, GoalResult, Hints } from '../types';
import type { Simulation } from '../../engine/index';

export * from './queries';
export { GoalTracker, goalsMetAfterHolding, type GoalStatus } from './tracker';

export const met: GoalResult = { met: true };
export const notYet = (why: string): GoalResult => ({ met: false, why });

/** Builds a goal; `holdFor` defaults to 0 (met the moment the check is true). */
export function goal(spec: {
  id: string;
  description: string;
  holdFor?: number;
  check: (sim: Simulation) => GoalResult;
  hints: Hints;
}): Goal {
  return { holdFor: 0, ...spec };
}
