import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ExamPrep from '../../../src/ui/exam/ExamPrep.svelte';
import { dayNumber } from '../../../src/app/exam/clock';
import { parseReview, REVIEW_KEY } from '../../../src/app/exam/reviewRecord';
import type { Lesson } from '../../../src/course/types';
import { aLesson, anItem, memoryStore, sampleLessons } from '../../app/exam/fixtures';

const START = Date.UTC(2026, 0, 10, 9);

function setup(lessons: Lesson[] = sampleLessons()) {
  let now = START;
  const store = memoryStore();
  render(ExamPrep, { lessons, store, clock: () => now, dayOf: (ms: number) => dayNumber(ms) });
  return {
    store,
    advance: (ms: number) => void (now += ms),
    saved: () => {
      const r = parseReview(store.data.get(REVIEW_KEY) ?? '{}');
      return r.ok ? r.value.items : {};
    },
  };
}

async function choose(name: RegExp, button: string) {
  await fireEvent.click(screen.getByRole('radio', { name }));
  await fireEvent.click(screen.getByRole('button', { name: button }));
}

async function startExam(items: number, minutes?: number) {
  await fireEvent.click(screen.getByRole('tab', { name: 'Timed exam' }));
  await fireEvent.input(screen.getByRole('spinbutton', { name: /Number of items/ }), {
    target: { value: String(items) },
  });
  if (minutes !== undefined) {
    await fireEvent.input(screen.getByRole('spinbutton', { name: /Time limit/ }), {
      target: { value: String(minutes) },
    });
  }
  await fireEvent.click(screen.getByRole('button', { name: 'Start exam' }));
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ExamPrep', () => {
  it('runs a short timed exam: answers stay unmarked until the end, then the score and breakdown show', async () => {
    const { saved } = setup();
    await startExam(2);
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('4:00');

    await choose(/Right answer/, 'Save answer');
    expect(screen.getByText('Answer saved.')).toBeInTheDocument();
    expect(screen.queryByText(/Why .* is right/)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    await choose(/Wrong answer/, 'Save answer');
    await fireEvent.click(screen.getByRole('button', { name: 'Finish exam' }));

    expect(screen.getByRole('heading', { name: 'Your result' })).toHaveFocus();
    expect(screen.getByText('1 of 2 correct (50%)')).toBeInTheDocument();
    const byConcept = screen.getByRole('table', { name: /By concept/ });
    expect(within(byConcept).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.getAllByText(/Why .* is right\./).length).toBe(2);
    expect(Object.keys(saved())).toHaveLength(2);
  });

  it('hides the questions while paused and finishes by itself when time runs out', async () => {
    vi.useFakeTimers();
    const { advance } = setup();
    await startExam(1, 1);
    await fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    expect(screen.getByText(/Paused\. The questions are hidden/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
    advance(10 * 60_000);
    await fireEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');
    advance(61_000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.getByText('0 of 1 correct (0%)')).toBeInTheDocument();
    expect(screen.getByText('Item 1 was not answered.')).toBeInTheDocument();
  });

  it('shows a bank item’s explanations once checked, and schedules it for review', async () => {
    const { saved } = setup();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Exam' }), { target: { value: 'DOP-C02' } });
    expect(screen.getByRole('heading', { name: /Item 1 of 1/ })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('radio', { name: 'Certain' }));
    await choose(/Wrong answer/, 'Check answer');
    expect(screen.getByText('Not quite.')).toBeInTheDocument();
    expect(screen.getByText('Why a is right.')).toBeInTheDocument();
    expect(saved()['03-three/a']).toMatchObject({ priority: true, due: dayNumber(START) + 1 });
  });

  it('brings a missed review item back until it is answered correctly', async () => {
    const { saved } = setup([aLesson('01-only', [anItem('x')])]);
    await fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Start review (1 item)' }));
    await choose(/Wrong answer/, 'Check answer');
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/You missed this one earlier/)).toBeInTheDocument();
    await choose(/Right answer/, 'Check answer');
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('status')).toHaveTextContent('Review done: 1 item, 1 needed another try.');
    // only the first answer reaches the schedule: still a miss, due tomorrow
    expect(saved()['01-only/x']).toMatchObject({ lapses: 1, correctDays: [], due: dayNumber(START) + 1 });
    expect(screen.getByRole('button', { name: 'Start review (0 items)' })).toBeDisabled();
  });

  it('moves between tabs with the arrow keys', async () => {
    setup();
    const bankTab = screen.getByRole('tab', { name: 'Practice bank' });
    bankTab.focus();
    await fireEvent.keyDown(bankTab, { key: 'ArrowLeft' });
    const reviewTab = screen.getByRole('tab', { name: 'Review' });
    expect(reviewTab).toHaveAttribute('aria-selected', 'true');
    expect(reviewTab).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Review' })).toBeVisible();
  });

  it('says so when no lesson has quiz items yet', () => {
    setup([]);
    expect(screen.getByText(/No quiz items yet/)).toBeInTheDocument();
  });
});
