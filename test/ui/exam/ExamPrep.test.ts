import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import ExamPrep from '../../../src/ui/exam/ExamPrep.svelte';
import { dayNumber } from '../../../src/app/exam/clock';
import { parseReview, REVIEW_KEY } from '../../../src/app/exam/reviewRecord';
import { SAVED_EXAM_KEY } from '../../../src/app/exam/savedExam';
import type { Lesson } from '../../../src/course/types';
import { aLesson, anItem, memoryStore, sampleLessons } from '../../app/exam/fixtures';

const START = Date.UTC(2026, 0, 10, 9);

function setup(lessons: Lesson[] = sampleLessons(), store = memoryStore(), start = START) {
  let now = start;
  const view = render(ExamPrep, { lessons, store, clock: () => now, dayOf: (ms: number) => dayNumber(ms) });
  return {
    store,
    unmount: view.unmount,
    now: () => now,
    advance: (ms: number) => void (now += ms),
    saved: () => {
      const r = parseReview(store.data.get(REVIEW_KEY) ?? '{}');
      return r.ok ? r.value.items : {};
    },
  };
}

const pick = (name: RegExp) => fireEvent.click(screen.getByRole('radio', { name }));

/** Finishes through the confirmation dialog. */
async function finishExam() {
  await fireEvent.click(screen.getByRole('button', { name: 'Finish exam' }));
  await fireEvent.click(screen.getByRole('button', { name: 'Finish and see my result' }));
}

async function choose(name: RegExp, button: string) {
  await fireEvent.click(screen.getByRole('radio', { name }));
  await fireEvent.click(screen.getByRole('button', { name: button }));
}

async function startExam(items: number, minutes?: number, exam?: string) {
  await fireEvent.click(screen.getByRole('tab', { name: 'Timed exam' }));
  if (exam) {
    const panel = screen.getByRole('tabpanel', { name: 'Timed exam' });
    await fireEvent.change(within(panel).getByRole('combobox', { name: 'Exam' }), {
      target: { value: exam },
    });
  }
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

// whole-screen tests with many role queries: slow on a busy machine, so they get more than the default 5 s
describe('ExamPrep', { timeout: 20_000 }, () => {
  it('runs a short timed exam: a pick is the answer, unmarked until the end, then the score and breakdown show', async () => {
    const { saved } = setup();
    await startExam(2);
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('4:00');
    expect(screen.queryByRole('button', { name: 'Save answer' })).toBeNull();

    await pick(/Right answer/);
    expect(screen.getByText(/Answer recorded/)).toBeInTheDocument();
    expect(screen.getByText('1 of 2 answered')).toBeInTheDocument();
    expect(screen.queryByText(/Why .* is right/)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    await pick(/Right answer/);
    // answers can change until the end; going back shows the pick kept
    await fireEvent.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(screen.getByRole('radio', { name: /Right answer/ })).toBeChecked();
    await fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    await pick(/Wrong answer/);
    expect(Object.keys(saved())).toHaveLength(0);
    await finishExam();

    expect(screen.getByRole('heading', { name: 'Your result' })).toHaveFocus();
    expect(screen.getByText('1 of 2 correct (50%)')).toBeInTheDocument();
    const byConcept = screen.getByRole('table', { name: /By concept/ });
    expect(within(byConcept).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.getAllByText(/Why .* is right\./).length).toBe(2);
    // the review schedule sees each item once, with the answer that stood at the end
    expect(Object.values(saved()).map((r) => r.lapses)).toEqual([0, 1]);
  });

  it('asks before finishing, naming the unanswered and flagged questions', async () => {
    setup();
    await startExam(3);
    await pick(/Right answer/);
    await fireEvent.click(screen.getByRole('button', { name: 'Flag for review' }));
    expect(screen.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(screen.getByRole('button', { name: 'Finish exam' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Finish the exam?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription(
      /2 of 3 questions are not answered\..*1 question is flagged for review\./,
    );
    expect(within(dialog).getByRole('button', { name: 'Keep working' })).toHaveFocus();
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Keep working' }));
    expect(dialog).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Finish exam' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Finish and see my result' }));
    expect(screen.getByRole('heading', { name: 'Your result' })).toBeInTheDocument();
  });

  it('shows answered and flagged questions in the navigator and jumps to any of them', async () => {
    setup();
    await startExam(3);
    const nav = screen.getByRole('navigation', { name: 'Questions' });
    await fireEvent.click(within(nav).getByRole('button', { name: /^Question 3/ }));
    expect(screen.getByRole('heading', { name: 'Question 3 of 3' })).toHaveFocus();
    await pick(/Wrong answer/);
    await fireEvent.click(screen.getByRole('button', { name: 'Flag for review' }));
    await fireEvent.click(within(nav).getByRole('button', { name: /^Question 2/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Flag for review' }));
    expect(
      within(nav)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Question 1: not answered',
      'Question 2: not answered, flagged for review',
      'Question 3: answered, flagged for review',
    ]);
    expect(screen.getByText('1 of 3 answered · 2 flagged')).toBeInTheDocument();
  });

  it('keeps a running exam when the screen goes away and offers to resume it, answers and flags kept', async () => {
    const first = setup();
    await startExam(3, 10);
    await pick(/Right answer/);
    await fireEvent.click(screen.getByRole('button', { name: 'Flag for review' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    first.advance(80_000);
    first.unmount();
    expect(JSON.parse(first.store.data.get(SAVED_EXAM_KEY)!)).toMatchObject({
      version: 1,
      running: { index: 1, usedMs: 80_000, paused: false, flagged: [expect.any(String)] },
    });

    // an hour later, a new visit: the clock did not run while the exam was away
    setup(sampleLessons(), first.store, first.now() + 3_600_000);
    await fireEvent.click(screen.getByRole('tab', { name: 'Timed exam' }));
    expect(
      screen.getByRole('heading', { name: 'Resume your exam — 1 of 3 answered, 8:40 left' }),
    ).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Resume exam' }));
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('8:40');
    expect(screen.getByText('1 of 3 answered · 1 flagged')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: /^Question 1/ }));
    expect(screen.getByRole('radio', { name: /Right answer/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');

    await finishExam();
    expect(JSON.parse(first.store.data.get(SAVED_EXAM_KEY)!)).toEqual({ version: 1 });
  });

  it('can discard a saved exam and start a new one', async () => {
    const first = setup();
    await startExam(2);
    await pick(/Right answer/);
    first.unmount();
    setup(sampleLessons(), first.store);
    await fireEvent.click(screen.getByRole('tab', { name: 'Timed exam' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Discard it and start a new one' }));
    expect(screen.getByRole('button', { name: 'Start exam' })).toBeInTheDocument();
    expect(JSON.parse(first.store.data.get(SAVED_EXAM_KEY)!)).toEqual({ version: 1 });
  });

  it('sets unreadable saved exam data aside and says so', async () => {
    const store = memoryStore({ [SAVED_EXAM_KEY]: '{"version": 1, "running": {"itemKeys": 3}}' });
    setup(sampleLessons(), store);
    await fireEvent.click(screen.getByRole('tab', { name: 'Timed exam' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /exam in progress could not be read: "running\.seed" is missing/,
    );
    expect([...store.data.keys()].some((k) => k.startsWith(`${SAVED_EXAM_KEY}:corrupt:`))).toBe(true);
    expect(screen.getByRole('button', { name: 'Start exam' })).toBeInTheDocument();
  });

  it('frames the result against a stated pass mark and says the real exams score differently', async () => {
    setup();
    await startExam(1, undefined, 'DOP-C02');
    await pick(/Right answer/);
    await finishExam();
    expect(screen.getByText('At or above this practice exam’s pass mark of 75%.')).toBeInTheDocument();
    expect(
      screen.getByText(/real DOP-C02 \(passes at 750\) exam reports a scaled score from 100 to 1,000/),
    ).toBeInTheDocument();
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
    expect(screen.getByText('Below this practice exam’s pass mark of 75%.')).toBeInTheDocument();
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
