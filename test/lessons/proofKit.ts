import { goalsMetAfterHolding } from '../../src/course/goals';
import { runSteps } from '../../src/course/steps';
import type { Goal, GoalResult, LessonScenario, Step } from '../../src/course/types';
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
  return {
    body: text.replace(/^---[\s\S]*?\n---\n/, ''),
    lessonStart,
    check: (sim: Simulation, id: string): GoalResult => goals.find((g) => g.id === id)!.check(sim),
    why: (result: GoalResult) => (result.met ? 'met' : result.why),
    ids: goals.map((g) => g.id).sort(),
    solvedBy,
    /** the goals of `mustMiss` that `steps` meet on any of `seeds`, with the seed (a naive attempt meets none) */
    wronglyMet: (steps: ReadonlyArray<Step>, mustMiss: ReadonlyArray<string>, seeds = [1, 2, 3, 4]) =>
      seeds.flatMap((seed) => {
        const { met } = solvedBy(steps, seed);
        return mustMiss.filter((g) => met.includes(g)).map((g) => `${g} (seed ${seed})`);
      }),
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
