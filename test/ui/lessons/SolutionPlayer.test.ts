import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonSession, SOLUTION_STEP_MS } from '../../../src/app/lessonSession.svelte';
import { emptyProgress } from '../../../src/app/progress';
import { loadCourse } from '../../../src/course/loader';
import { stepName } from '../../../src/course/steps';
import SolutionPlayer from '../../../src/ui/lessons/SolutionPlayer.svelte';

const lesson = (await loadCourse()).lessons.find((l) => l.slug === '01-four-nouns')!;
const names = lesson.solution.map(stepName);

function setup(reducedMotion: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reducedMotion && query.includes('reduce') }));
  const ls = new LessonSession(
    lesson,
    emptyProgress(),
    () => {},
    () => 0,
  );
  render(SolutionPlayer, { props: { ls, disabled: false } });
  return ls;
}

describe('SolutionPlayer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('names the step on screen as it plays, and offers Stop until it is done', async () => {
    setup(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Watch the solution' }));
    expect(screen.getByRole('status')).toHaveTextContent(`Step 1 of ${names.length}: ${names[0]}`);
    vi.advanceTimersByTime(SOLUTION_STEP_MS);
    flushSync();
    expect(screen.getByRole('status')).toHaveTextContent(`Step 2 of ${names.length}: ${names[1]}`);
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent(names[1]!);
    await fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('status')).toHaveTextContent('Stopped. Goals met now do not count.');
    expect(screen.getByRole('button', { name: /Undo the solution/ })).toBeInTheDocument();
  });

  it('shows every step at once with reduced motion, then undoes back to the learner work', async () => {
    const ls = setup(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Watch the solution' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `Step ${names.length} of ${names.length}: ${names.at(-1)}`,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual(names);
    await fireEvent.click(screen.getByRole('button', { name: /Undo the solution/ }));
    expect(ls.session.calls).toEqual([]);
    expect(screen.getByRole('button', { name: 'Watch the solution' })).toBeInTheDocument();
  });
});
