// the lessons mode fetches a lesson's code when it opens (course/loader.ts): what the learner sees meanwhile
import { describe, expect, it } from 'vitest';
import { ReviewState } from '../../src/app/exam/reviewState.svelte';
import { LessonsController } from '../../src/app/lessons.svelte';
import { PROGRESS } from '../../src/app/storage/records';
import { lazyCourse, loadCourse, sourceOf, type LessonSource } from '../../src/course/loader';
import { renderLesson, splitExplain } from '../../src/course/markdown';
import type { Lesson } from '../../src/course/types';
import { err, ok, type Result } from '../../src/lib/result';
import { memoryStore } from '../app/exam/fixtures';

const NOW = Date.UTC(2026, 0, 10, 9);
const course = await loadCourse();
const [first, second] = course.lessons;

/** A source whose loads wait until the test lets each one finish, with the result it chooses. */
function heldSource() {
  const pending = new Map<string, (r: Result<Lesson, string>) => void>();
  const source: LessonSource = {
    index: course,
    prose: sourceOf(course).prose,
    load: (slug) => new Promise((resolve) => pending.set(slug, resolve)),
  };
  const finish = async (slug: string, result?: Result<Lesson, string>) => {
    pending.get(slug)!(result ?? ok(course.lessons.find((l) => l.slug === slug)!));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { source, finish };
}

function controller(source: LessonSource, store = memoryStore()) {
  return new LessonsController({ store, now: () => NOW, review: new ReviewState(store, () => NOW), source });
}

describe('the lazy course', () => {
  it('lists every lesson folder from its lesson.md alone, in order, with no problems', () => {
    const { index } = lazyCourse();
    expect(index.problems).toEqual([]);
    expect(index.lessons.map((l) => l.slug)).toEqual(course.lessons.map((l) => l.slug));
    expect(index.lessons.map((l) => l.order)).toEqual(
      [...index.lessons.map((l) => l.order)].sort((a, b) => a - b),
    );
  });

  it('loads a lesson once and hands every caller the same lesson; an unknown slug says so', async () => {
    const source = lazyCourse();
    const a = source.load(first!.slug);
    expect(source.load(first!.slug)).toBe(a);
    const loaded = await a;
    expect(loaded.ok && loaded.value.goals.length).toBe(first!.goals.length);
    expect(await source.load('99-nothing')).toEqual(err('There is no lesson "99-nothing".'));
  });
});

describe('LessonsController: opening a lesson whose code is loading', () => {
  it('shows the prose of the lesson being opened while its code loads, then starts its session', async () => {
    const { source, finish } = heldSource();
    const lessons = controller(source);
    const done = lessons.open(first!.slug);
    expect(lessons.current).toBeUndefined();
    expect(lessons.opening?.slug).toBe(first!.slug);
    await Promise.resolve();
    expect(lessons.opening?.prose?.text).toEqual(first!.text);
    expect(lessons.open(first!.slug)).toBe(done);
    await finish(first!.slug);
    await done;
    expect(lessons.opening).toBeUndefined();
    expect(lessons.current?.lesson.slug).toBe(first!.slug);
    expect(lessons.goalTotals[first!.slug]).toBe(first!.goals.length);
    lessons.close();
  });

  it('lets the lesson asked for last win when an earlier one arrives after it', async () => {
    const { source, finish } = heldSource();
    const lessons = controller(source);
    const a = lessons.open(first!.slug);
    const b = lessons.open(second!.slug);
    await finish(second!.slug);
    await b;
    await finish(first!.slug);
    await a;
    expect(lessons.current?.lesson.slug).toBe(second!.slug);
    lessons.close();
  });

  it('opens nothing when the learner goes back to the list before the code arrives', async () => {
    const { source, finish } = heldSource();
    const lessons = controller(source);
    const done = lessons.open(first!.slug);
    lessons.close();
    expect(lessons.opening).toBeUndefined();
    await finish(first!.slug);
    await done;
    expect(lessons.current).toBeUndefined();
  });

  it('says why when the code cannot be fetched, keeps progress, and opens it when asked again', async () => {
    const store = memoryStore({ [PROGRESS.key]: '{"version":1,"lessons":{},"lastLesson":"01-four-nouns"}' });
    const { source, finish } = heldSource();
    const lessons = controller(source, store);
    const done = lessons.open(second!.slug);
    await finish(second!.slug, err(`${second!.slug} could not be loaded (Failed to fetch).`));
    await done;
    expect(lessons.current).toBeUndefined();
    expect(lessons.opening).toBeUndefined();
    expect(lessons.notice).toBe(
      `That lesson could not be opened: ${second!.slug} could not be loaded (Failed to fetch). Check the ` +
        'connection and reload the page; your progress is kept.',
    );
    expect(lessons.progress.lastLesson).toBe('01-four-nouns');
    const again = lessons.open(second!.slug);
    await finish(second!.slug);
    await again;
    expect(lessons.current?.lesson.slug).toBe(second!.slug);
    lessons.close();
  });

  it('counts the goals of lessons begun and not finished, and leaves the rest unloaded', async () => {
    const progress = {
      version: 1,
      lessons: {
        [first!.slug]: { goalsMet: [], completed: false, solutionViewed: false, hints: {}, quiz: {} },
        [second!.slug]: { goalsMet: [], completed: true, solutionViewed: false, hints: {}, quiz: {} },
      },
    };
    const asked: string[] = [];
    const real = sourceOf(course);
    const lessons = controller(
      { index: course, prose: real.prose, load: (slug) => (asked.push(slug), real.load(slug)) },
      memoryStore({ [PROGRESS.key]: JSON.stringify(progress) }),
    );
    lessons.countStartedGoals();
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual([first!.slug]);
    expect(lessons.goalTotals).toEqual({ [first!.slug]: first!.goals.length });
  });
});

describe('lesson text rendered at build time (tools/lessonText/)', () => {
  it('is what rendering the lesson.md body in the page gives, demos and explanation included', () => {
    for (const lesson of course.lessons) {
      const parts = splitExplain(lesson.body);
      expect(lesson.text.intro, lesson.slug).toEqual(renderLesson(parts.intro));
      expect(lesson.text.explain, lesson.slug).toEqual(renderLesson(parts.explain));
    }
    expect(course.lessons.some((l) => l.text.intro.demos.length > 0)).toBe(true);
  });
});
