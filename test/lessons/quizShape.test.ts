import { describe, expect, it } from 'vitest';
import { QUIZ_SHOWN } from '../../src/app/lessonSession.svelte';
import { loadCourse } from '../../src/course/loader';

/**
 * How each lesson's quiz is shown: the lesson shows the first QUIZ_SHOWN items of its bank, prediction twins left out;
 * those must hold at least two items in the certification exams' shape (a short scenario with a requirement such
 * as "MOST cost-effective" or "LEAST operational overhead"), and never the item that asks the lesson's own
 * prediction again. The stated minutes must cover reading, doing and the quiz.
 */
const course = await loadCourse();

/** An exam-style requirement in the prompt, the cue the exams hang their best answer on. */
const REQUIREMENT = /\b(MOST|LEAST)\b|highest availability/;

/** Words of lesson.md after the frontmatter. */
const words = (body: string) => body.split(/\s+/).filter(Boolean).length;

describe.each(course.lessons.map((l) => [l.slug, l] as const))('lesson %s quiz as shown', (slug, lesson) => {
  const shown = lesson.quiz.filter((q) => !q.twinOfPrediction).slice(0, QUIZ_SHOWN);

  it('shows at least two exam-shaped items', () => {
    const examShaped = shown.filter((q) => REQUIREMENT.test(q.prompt)).map((q) => q.id);
    expect(examShaped.length, examShaped.join(', ')).toBeGreaterThanOrEqual(2);
  });

  it('states minutes that cover reading (200 words/min), the prediction, its goals and the shown quiz', () => {
    const estimate = words(lesson.body) / 200 + 1 + 1.5 * lesson.goals.length + 0.75 * shown.length;
    expect(lesson.meta.minutes).toBeGreaterThanOrEqual(Math.ceil(estimate));
    expect(lesson.meta.minutes).toBeLessThanOrEqual(15);
  });
});

describe('prediction twins', () => {
  it('are flagged where a quiz item repeats the prediction (lessons 03, 13, 14), one each', () => {
    for (const slug of ['03-fargate', '13-placement-strategies', '14-constraints-daemons']) {
      const lesson = course.lessons.find((l) => l.slug === slug)!;
      expect(
        lesson.quiz.filter((q) => q.twinOfPrediction),
        slug,
      ).toHaveLength(1);
    }
  });
});
