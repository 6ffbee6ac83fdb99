import { describe, expect, it } from 'vitest';
import { buildBank } from '../../src/app/exam/bank';
import { LessonSession, lessonControls } from '../../src/app/lessonSession.svelte';
import { emptyProgress } from '../../src/app/progress';
import { loadCourse } from '../../src/course/loader';
import type { Lesson } from '../../src/course/types';

/** The lesson quiz waits for the goals, and leaves out items that repeat the prediction. */
const course = await loadCourse();
const lesson = course.lessons.find((l) => l.slug === '01-four-nouns')!;

const open = (l: Lesson = lesson) =>
  new LessonSession(
    l,
    emptyProgress(),
    () => {},
    () => 0,
  );

function solve(ls: LessonSession) {
  for (const step of ls.lesson.solution) ls.applySolutionStep(step);
  ls.session.advance(120);
  ls.refresh();
}

describe('the lesson quiz', () => {
  it('stays closed until the prediction is committed and every goal is met', () => {
    const ls = open();
    expect(ls.quizOpen).toBe(false);
    ls.commitPrediction('stays');
    expect(ls.quizOpen).toBe(false);
    solve(ls);
    expect(ls.allMet).toBe(true);
    expect(ls.quizOpen).toBe(true);
  });

  it('stays closed when only the shown solution met the goals', () => {
    const ls = open();
    ls.commitPrediction('stays');
    for (const step of ls.showSolution()) ls.applySolutionStep(step);
    ls.session.advance(120);
    ls.refresh();
    expect(ls.goals.every((g) => g.met)).toBe(true);
    expect(ls.quizOpen).toBe(false);
  });

  it('leaves out prediction twins, which exam prep still has', () => {
    const twin = lesson.quiz[0]!;
    const withTwin: Lesson = {
      ...lesson,
      quiz: [{ ...twin, twinOfPrediction: true }, ...lesson.quiz.slice(1)],
    };
    const ids = open(withTwin).quizItems.map((q) => q.id);
    expect(ids).not.toContain(twin.id);
    expect(ids).toEqual(lesson.quiz.slice(1).map((q) => q.id));
    expect(open().quizItems.map((q) => q.id)).toContain(twin.id);
    expect(buildBank([withTwin]).map((b) => b.item.id)).toContain(twin.id);
  });
});

describe('lessonControls', () => {
  it('always offers the placement explainer beside the map, keeping the lesson panels', () => {
    expect(lesson.scenario.controls).not.toContain('explain');
    expect(lessonControls(lesson)).toEqual([...lesson.scenario.controls, 'explain']);
    for (const l of course.lessons) {
      expect(lessonControls(l), l.slug).toContain('explain');
      expect(new Set(lessonControls(l)).size, l.slug).toBe(lessonControls(l).length);
    }
  });
});

describe('lesson quiz answers and spaced review', () => {
  it('sends each answer to the review schedule under the exam bank key of the item', () => {
    const recorded: Array<[string, boolean]> = [];
    const ls = new LessonSession(
      lesson,
      emptyProgress(),
      () => {},
      () => 0,
      (key, correct) => recorded.push([key, correct]),
    );
    const item = ls.quizItems[0]!;
    ls.answerQuiz(item.id, ['wrong-choice'], false);
    const bankKeys = buildBank([lesson]).map((b) => b.key);
    expect(recorded).toEqual([[`${lesson.slug}/${item.id}`, false]]);
    expect(bankKeys).toContain(recorded[0]![0]);
  });
});
