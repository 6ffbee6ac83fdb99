import { describe, expect, it } from 'vitest';
import { GoalTracker } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import goals from '../../lessons/18-blue-green-canary/goals';
import quiz from '../../lessons/18-blue-green-canary/quiz';
import scenario, { prediction } from '../../lessons/18-blue-green-canary/scenario';
import solution, { alternatives } from '../../lessons/18-blue-green-canary/solution';
import { blueGreen18Attempts } from './naiveAttempts18';
import { proofKit } from './proofKit';

/**
 * Lesson 18 proves itself: no goal at the start, the solution and its alternative over several seeds, the naive
 * attempts (rolling, all at once, a canary without an alarm, no bake) that must miss, the prediction and the quiz.
 */

const { lessonStart, check, why, ids, solvedBy, wronglyMet } = proofKit(
  '18-blue-green-canary',
  scenario,
  goals,
);

describe('lesson 18: its start', () => {
  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'canary-caught'))).toMatch(/has not taken any production traffic/);
    expect(why(check(sim, 'fixed-live'))).toMatch(/ship web:3/);
    expect(why(check(sim, 'blue-after-bake'))).toMatch(/has not reached 100 %/);
  });
});

describe('lesson 18: the solution', () => {
  it.each([18, 1, 2])(
    'meets every goal on seed %i',
    (seed) => {
      expect(solvedBy(solution, seed).met).toEqual(ids);
    },
    120_000,
  );

  it('meets every goal with the linear alternative', () => {
    expect(solvedBy(alternatives[0]!).met).toEqual(ids);
  }, 120_000);

  it('bears out the prediction: 8 tasks at once while web:3 bakes', () => {
    expect(prediction.outcome(solvedBy(solution).sim)).toBe('8');
    expect(prediction.options.map((o) => o.id)).toContain('8');
  }, 120_000);
});

describe('lesson 18: naive attempts miss', () => {
  it.each(blueGreen18Attempts.map((a) => [a.name, a] as const))(
    '%s misses its goals',
    (_name, attempt) => {
      expect(wronglyMet(attempt.steps, attempt.mustMiss, [18, 3])).toEqual([]);
    },
    240_000,
  );
});

describe('lesson 18: the quiz', () => {
  it('is well formed, with at least 7 items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(7);
  });
});
