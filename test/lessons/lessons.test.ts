import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { loadCourse } from '../../src/course/loader';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { lessonDemos } from '../../src/course/markdown';
import { runSteps } from '../../src/course/steps';
import type { Lesson, Step } from '../../src/course/types';

/**
 * Every lesson proves itself (style.md pattern 11): its scenario builds, no goal is met at the start, its
 * solution (and each alternative) meets every goal and holds, and its quiz bank is well formed. Quiz claims the
 * engine can check are run.
 */
const course = await loadCourse();

function start(lesson: Lesson) {
  const sim = createSimulation({ seed: lesson.scenario.seed });
  lesson.scenario.build(sim);
  return sim;
}

function solvedBy(lesson: Lesson, steps: ReadonlyArray<Step>) {
  const sim = start(lesson);
  runSteps(sim, steps);
  return { sim, met: goalsMetAfterHolding(sim, lesson.goals) };
}

describe('the course', () => {
  it('loads every lesson folder without problems', () => {
    expect(course.problems).toEqual([]);
    expect(course.lessons.length).toBeGreaterThan(0);
  });
});

describe.each(course.lessons.map((l) => [l.slug, l] as const))('lesson %s', (_slug, lesson) => {
  it('builds its scenario through the public API', () => {
    expect(() => start(lesson)).not.toThrow();
  });

  it('has no goal met at the start', () => {
    const sim = start(lesson);
    const status = new GoalTracker(lesson.goals).update(sim);
    expect(status.filter((s) => s.met).map((s) => s.id)).toEqual([]);
    for (const s of status) expect(s.detail.length).toBeGreaterThan(0);
  });

  it('meets every goal when its solution is replayed', () => {
    const { met } = solvedBy(lesson, lesson.solution);
    expect([...met].sort()).toEqual(lesson.goals.map((g) => g.id).sort());
  });

  it('accepts each alternative valid solution (no over-strict grading)', () => {
    for (const alternative of lesson.alternatives) {
      const { met } = solvedBy(lesson, alternative);
      expect([...met].sort()).toEqual(lesson.goals.map((g) => g.id).sort());
    }
  });

  it('has demo blocks that parse and run on its scenario', () => {
    const { demos, problems } = lessonDemos(lesson.body);
    expect(problems).toEqual([]);
    for (const demo of demos) expect(() => runSteps(start(lesson), [demo.step]), demo.label).not.toThrow();
  });

  it('gives every goal three tiers of hints', () => {
    for (const g of lesson.goals) {
      expect(g.hints.nudge.length, `${g.id} nudge`).toBeGreaterThan(10);
      expect(g.hints.pointer.length, `${g.id} pointer`).toBeGreaterThan(10);
      expect(g.hints.bottomOut.length, `${g.id} bottom-out`).toBeGreaterThan(10);
    }
  });

  it('has a well-formed quiz bank of at least six items', () => {
    expect(quizBankProblems(lesson.quiz)).toEqual([]);
  });

  it('agrees with the engine on every quiz claim the engine can check', () => {
    for (const item of lesson.quiz.filter((q) => q.engineCheck)) {
      expect(
        item.engineCheck!((seed) => createSimulation({ seed })),
        item.id,
      ).toBe(true);
    }
  });

  it('has a prediction whose outcome is one of its options', () => {
    expect(lesson.prediction, 'every lesson asks for a prediction').toBeDefined();
    const { sim } = solvedBy(lesson, lesson.solution);
    const ids = lesson.prediction!.options.map((o) => o.id);
    expect(ids).toContain(lesson.prediction!.outcome(sim));
  });
});
