import { isAwsError, type Simulation } from '../engine/index';
import type { LessonScenario } from './types';

/**
 * What a quiz item's `engineCheck` starts from: the lesson's scenario built on a fresh simulation of the seed the
 * scenario names, made by the `newSim` the test hands in.
 */
export const startOf =
  (scenario: LessonScenario) =>
  (newSim: (seed: number) => Simulation): Simulation => {
    const sim = newSim(scenario.seed);
    scenario.build(sim);
    return sim;
  };

/** Whether AWS refuses `call` (it throws an AwsError), and, given a pattern, with a message that matches it. */
export function refusedBy(call: () => unknown, pattern?: RegExp): boolean {
  try {
    call();
    return false;
  } catch (e) {
    return isAwsError(e) && (pattern === undefined || pattern.test(e.message));
  }
}
