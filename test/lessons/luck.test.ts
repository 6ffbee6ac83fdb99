import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { loadCourse } from '../../src/course/loader';
import { goalsMetAfterHolding } from '../../src/course/goals';
import { runSteps } from '../../src/course/steps';
import type { Lesson } from '../../src/course/types';
import { naiveAttempts, type NaiveAttempt } from './naiveAttempts';

/**
 * No goal can be met by luck: every plausible wrong attempt of a lesson is replayed on its scenario over many
 * seeds (the seed drives random placement and tie-breaks), and the goals it must miss are met in at most 1 % of
 * them. Most attempts are deterministic and must never pass; the 1 % is for those where chance is inherent.
 */
const SEEDS_BY_CHANCE = 200;
/** a deterministic attempt gives the same outcome on every seed; a few seeds prove it stays that way */
const SEEDS_DETERMINISTIC = 8;
const MAX_LUCKY_SHARE = 0.01;

const course = await loadCourse();

/** Of `seeds` runs of `attempt`, how many met at least one goal it must miss, and which goals those were. */
function luckyRuns(lesson: Lesson, attempt: NaiveAttempt, seeds: number) {
  let lucky = 0;
  const goals = new Set<string>();
  for (let seed = 1; seed <= seeds; seed++) {
    const sim = createSimulation({ seed });
    lesson.scenario.build(sim);
    runSteps(sim, attempt.steps);
    const met = goalsMetAfterHolding(sim, lesson.goals);
    const wrongly = attempt.mustMiss.filter((id) => met.has(id));
    if (wrongly.length > 0) lucky++;
    for (const id of wrongly) goals.add(id);
  }
  return { lucky, goals: [...goals] };
}

describe('every lesson has naive attempts to test', () => {
  it('lists attempts for each lesson, naming only goals the lesson has', () => {
    for (const lesson of course.lessons) {
      const attempts = naiveAttempts[lesson.slug];
      expect(attempts?.length, lesson.slug).toBeGreaterThan(0);
      const ids = new Set(lesson.goals.map((g) => g.id));
      for (const a of attempts!)
        for (const id of a.mustMiss) expect(ids.has(id), `${lesson.slug}: ${id}`).toBe(true);
    }
  });
});

describe.each(course.lessons.map((l) => [l.slug, l] as const))(
  'lesson %s cannot be passed by luck',
  (slug, lesson) => {
    it.each((naiveAttempts[slug] ?? []).map((a) => [a.name, a] as const))(
      '%s',
      (_name, attempt) => {
        const seeds = attempt.chance ? SEEDS_BY_CHANCE : SEEDS_DETERMINISTIC;
        const { lucky, goals } = luckyRuns(lesson, attempt, seeds);
        expect(lucky / seeds, `met ${goals.join(', ')} in ${lucky} of ${seeds} seeds`).toBeLessThanOrEqual(
          attempt.chance ? MAX_LUCKY_SHARE : 0,
        );
      },
      120_000,
    );
  },
);
