import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyLessonProgress, type Progress } from '../../../src/app/progress';
import { lazyCourse } from '../../../src/course/loader';
import LessonIndex from '../../../src/ui/lessons/LessonIndex.svelte';

const { lessons } = lazyCourse().index;
const [begun, done] = lessons;
const progress: Progress = {
  version: 1,
  lessons: {
    [begun!.slug]: { ...emptyLessonProgress(), goalsMet: ['g1'] },
    [done!.slug]: { ...emptyLessonProgress(), completed: true },
  },
};

function show(goalTotals: Record<string, number>) {
  render(LessonIndex, {
    props: {
      lessons,
      progress,
      goalTotals,
      problems: [],
      onOpen: () => {},
      onExport: () => {},
      onImport: () => {},
    },
  });
  return (lesson: typeof begun) =>
    screen
      .getAllByRole('button')
      .find((b) => b.querySelector('.title')?.textContent === lesson!.meta.title)!
      .querySelector('.state')!.textContent;
}

describe('LessonIndex: how far each lesson is', () => {
  afterEach(cleanup);

  it('counts a begun lesson’s goals met before its code has loaded, and of how many once it has', () => {
    expect(show({})(begun)).toBe('1 goal met');
    cleanup();
    const state = show({ [begun!.slug]: 3 });
    expect(state(begun)).toBe('1/3 goals');
    expect(state(done)).toBe('✓ done');
    expect(state(lessons[2])).toBe('not started');
  });
});
