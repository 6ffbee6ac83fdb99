import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { LessonSession } from '../../../src/app/lessonSession.svelte';
import { emptyLessonProgress, type Progress } from '../../../src/app/progress';
import { loadCourse } from '../../../src/course/loader';
import Quiz from '../../../src/ui/lessons/Quiz.svelte';

const lesson = (await loadCourse()).lessons.find((l) => l.slug === '01-four-nouns')!;

function show(progress: Progress) {
  const ls = new LessonSession(
    lesson,
    progress,
    () => {},
    () => 0,
  );
  render(Quiz, { props: { ls, showAll: false } });
}

describe('Quiz in a lesson', () => {
  afterEach(cleanup);

  it('shows no question, and says when they open, while the goals are not met', () => {
    show({
      version: 1,
      lessons: { [lesson.slug]: { ...emptyLessonProgress(), prediction: { choice: 'stays' } } },
    });
    expect(screen.getByText(/open once you have met the goals/)).toBeInTheDocument();
    expect(screen.queryAllByRole('group')).toEqual([]);
  });

  it('shows the questions once every goal is met', () => {
    const goalsMet = lesson.goals.map((g) => g.id);
    show({
      version: 1,
      lessons: {
        [lesson.slug]: {
          ...emptyLessonProgress(),
          goalsMet,
          completed: true,
          prediction: { choice: 'stays' },
        },
      },
    });
    expect(screen.getAllByRole('group').length).toBe(Math.min(5, lesson.quiz.length));
    expect(screen.queryByText(/open once you have met the goals/)).not.toBeInTheDocument();
  });
});
