import { expect, it } from 'vitest';
import { goalsMetAfterHolding } from '../../src/course/goals';
import { runSteps } from '../../src/course/steps';
import type { Goal, GoalResult, LessonScenario, Step } from '../../src/course/types';
import type { NaiveAttempt } from './naiveAttempts';
import { createSimulation, isAwsError, type Simulation } from '../../src/engine';

/** Every lesson's text, raw, keyed by its path ('/lessons/<id>/lesson.md'). */
const lessonTexts = import.meta.glob<string>('/lessons/*/lesson.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * What each lesson's proof (test/lessons/<name>.test.ts) starts from: the lesson's text without its frontmatter,
 * its start on any seed, its goals by id, and the goals a list of steps meets after they have held.
 */
export function proofKit(lessonId: string, scenario: LessonScenario, goals: ReadonlyArray<Goal>) {
  const text = lessonTexts[`/lessons/${lessonId}/lesson.md`];
  if (text === undefined) throw new Error(`There is no lesson ${lessonId}.`);
  const lessonStart = (seed = scenario.seed): Simulation => {
    const sim = createSimulation({ seed });
    scenario.build(sim);
    return sim;
  };
  function solvedBy(steps: ReadonlyArray<Step>, seed = scenario.seed) {
    const sim = lessonStart(seed);
    runSteps(sim, steps);
    return { sim, met: [...goalsMetAfterHolding(sim, goals)].sort() };
  }
  const ids = goals.map((g) => g.id).sort();
  /** the goals of `mustMiss` that `steps` meet on any of `seeds`, with the seed (a naive attempt meets none) */
  const wronglyMet = (steps: ReadonlyArray<Step>, mustMiss: ReadonlyArray<string>, seeds = [1, 2, 3, 4]) =>
    seeds.flatMap((seed) => {
      const { met } = solvedBy(steps, seed);
      return mustMiss.filter((g) => met.includes(g)).map((g) => `${g} (seed ${seed})`);
    });
  return {
    body: text.replace(/^---[\s\S]*?\n---\n/, ''),
    lessonStart,
    check: (sim: Simulation, id: string): GoalResult => goals.find((g) => g.id === id)!.check(sim),
    why: (result: GoalResult) => (result.met ? 'met' : result.why),
    ids,
    solvedBy,
    wronglyMet,
    /**
     * Declares the tests every proof has: the solution meets every goal on the lesson's seed and three others,
     * and each alternative on `alternativeSeeds` (the lesson's seed unless given).
     */
    itSolves(
      solution: ReadonlyArray<Step>,
      alternatives: ReadonlyArray<ReadonlyArray<Step>>,
      options: { readonly alternativeSeeds?: ReadonlyArray<number>; readonly timeout?: number } = {},
    ) {
      it.each([scenario.seed, 1, 2, 3])(
        'meets every goal with the solution (seed %i)',
        (seed) => {
          expect(solvedBy(solution, seed).met).toEqual(ids);
        },
        options.timeout,
      );
      it.each(alternatives.map((a, i) => [i, a] as const))(
        'meets every goal with alternative %i',
        (_i, steps) => {
          for (const seed of options.alternativeSeeds ?? [scenario.seed])
            expect(solvedBy(steps, seed).met).toEqual(ids);
        },
        options.timeout,
      );
    },
    /** Declares one test per naive attempt: on seeds 1–4 it meets none of the goals it must miss. */
    itMisses(attempts: ReadonlyArray<NaiveAttempt>) {
      it.each(attempts.map((a) => [a.name, a] as const))(
        '%s',
        (_n, attempt) => {
          expect(wronglyMet(attempt.steps, attempt.mustMiss)).toEqual([]);
        },
        120_000,
      );
    },
  };
}

/** `<name>: <message>` of the AwsError `call` throws ('' when it does not throw one). */
export function refusal(call: () => unknown): string {
  try {
    call();
    return '';
  } catch (e) {
    return isAwsError(e) ? `${e.name}: ${e.message}` : `not an AwsError: ${String(e)}`;
  }
}
