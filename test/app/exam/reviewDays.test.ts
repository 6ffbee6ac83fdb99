import { describe, expect, it } from 'vitest';
import { buildBank, type BankItem } from '../../../src/app/exam/bank';
import { dayNumber } from '../../../src/app/exam/clock';
import { answerInSession, currentKey, startSession } from '../../../src/app/exam/relearning';
import { ReviewState } from '../../../src/app/exam/reviewState.svelte';
import {
  daysUntilDue,
  ladderGaps,
  LADDER_DAYS,
  lastWasMiss,
  masteryByDomain,
  reviewQueue,
  type ItemReview,
} from '../../../src/app/exam/scheduler';
import type { ExamTask } from '../../../src/course/examTasks';
import type { QuizItem } from '../../../src/course/types';
import { aLesson, anItem, memoryStore } from './fixtures';

const DAY = 86_400_000;
const QUEUE = { limit: 20, newLimit: 0, seed: 1 };

/** A review schedule on a fake clock the test moves a day at a time, as the e2e test moves the browser's. */
function reviewOnDay(day: number) {
  let now = day * DAY + 9 * 3_600_000;
  const review = new ReviewState(memoryStore(), () => now, dayNumber);
  return { review, nextDay: () => (now += DAY), today: () => review.today() };
}

const tagged = (id: string, tasks: ExamTask[]): QuizItem => {
  const item = anItem(id);
  return { ...item, tags: { ...item.tags, tasks } };
};

describe('exam date compression, as the review screen shows it', () => {
  it('shows the plain ladder without an exam date or with one already past', () => {
    expect(ladderGaps(100)).toEqual([...LADDER_DAYS]);
    expect(ladderGaps(100, 90)).toEqual([...LADDER_DAYS]);
  });

  it('caps every rung at 15 % of the days left, never below one day', () => {
    expect(ladderGaps(100, 140)).toEqual([1, 3, 6, 6, 6]);
    expect(ladderGaps(100, 110)).toEqual([1, 2, 2, 2, 2]);
    expect(ladderGaps(100, 101)).toEqual([1, 1, 1, 1, 1]);
  });

  it('says in how many days an answered item comes back', () => {
    const { review, today } = reviewOnDay(200);
    expect(daysUntilDue(review.record.items['l/a'], today())).toBeUndefined();
    review.answer('l/a', true);
    expect(daysUntilDue(review.record.items['l/a'], today())).toBe(1);
    review.setExamDay(today() + 20);
    review.answer('l/b', true);
    review.answer('l/b', false);
    expect(daysUntilDue(review.record.items['l/b'], today())).toBe(1);
  });

  it('brings a well-known item back sooner once an exam date is set', () => {
    const plain = reviewOnDay(300);
    const exam = reviewOnDay(300);
    exam.review.setExamDay(exam.today() + 20);
    for (const { review, nextDay } of [plain, exam]) {
      // climb three rungs: 1, 3 and 7 days without a date
      for (const wait of [1, 3, 7]) {
        review.answer('l/a', true);
        for (let d = 0; d < wait; d++) nextDay();
      }
      review.answer('l/a', true);
    }
    const gap = (r: ReturnType<typeof reviewOnDay>) => daysUntilDue(r.review.record.items['l/a'], r.today());
    expect(gap(plain)).toBe(16);
    // 9 days before the exam: at most round(0.15 × 9) = 1 day
    expect(gap(exam)).toBe(1);
  });
});

describe('a review over simulated days', () => {
  const lessons = [aLesson('01-one', [tagged('a', []), tagged('b', []), tagged('c', [])])];
  const bank = buildBank(lessons);
  const keys = (q: ReadonlyArray<BankItem>) => q.map((b) => b.key);

  it('shows the items missed in an exam on the next day, a confident miss first', () => {
    const { review, nextDay, today } = reviewOnDay(400);
    review.answer('01-one/a', false);
    review.answer('01-one/b', true);
    review.answer('01-one/c', false, 'high');
    expect(keys(reviewQueue(bank, review.record.items, today(), QUEUE))).toEqual([]);
    nextDay();
    const queue = keys(reviewQueue(bank, review.record.items, today(), QUEUE));
    expect(queue[0]).toBe('01-one/c');
    expect([...queue].sort()).toEqual(['01-one/a', '01-one/b', '01-one/c']);
    // the review screen lists the misses among them
    expect(queue.filter((k) => lastWasMiss(review.record.items[k])).sort()).toEqual(['01-one/a', '01-one/c']);
  });

  it('relearns within the session: a missed item returns until answered once, and counts only once', () => {
    const { review, nextDay, today } = reviewOnDay(500);
    let session = startSession(['01-one/a', '01-one/b']);
    const shown: string[] = [];
    for (const correct of [false, true, false, true]) {
      const key = currentKey(session)!;
      shown.push(key);
      const r = answerInSession(session, correct);
      if (r.firstAttempt) review.answer(key, correct);
      session = r.session;
    }
    expect(shown).toEqual(['01-one/a', '01-one/b', '01-one/a', '01-one/a']);
    expect(session.queue).toEqual([]);
    const a = review.record.items['01-one/a'] as ItemReview;
    // only the first (missed) answer reached the schedule: due tomorrow, one lapse
    expect(a).toMatchObject({ due: today() + 1, lapses: 1, correctDays: [] });
    nextDay();
    expect(keys(reviewQueue(bank, review.record.items, today(), QUEUE))).toEqual(['01-one/a', '01-one/b']);
  });
});

describe('mastery by exam domain', () => {
  const lessons = [
    aLesson('01-one', [
      tagged('a', ['SAA-2.1', 'SAA-2.2']),
      tagged('b', ['SAA-2.2', 'DVA-3.1']),
      tagged('c', []),
    ]),
  ];
  const bank = buildBank(lessons);
  const mastered: ItemReview = {
    step: 2,
    due: 105,
    lastDay: 101,
    correctDays: [100, 101],
    priority: false,
    lapses: 0,
  };

  it('counts each item once per domain its tasks touch, in exam-guide order; an item with no task counts nowhere', () => {
    const rows = masteryByDomain(bank, { '01-one/a': mastered, '01-one/c': mastered }, 100);
    expect(rows.map((r) => [r.key, r.total, r.mastered, r.seen])).toEqual([
      ['SAA-C03-2', 2, 1, 1],
      ['DVA-C02-3', 1, 0, 0],
    ]);
    expect(rows[0]!.label).toBe('SAA-C03 domain 2: Design Resilient Architectures');
  });

  it('needs correct answers on two different days for mastery', () => {
    const once: ItemReview = { ...mastered, correctDays: [100] };
    const [saa] = masteryByDomain(bank, { '01-one/a': once, '01-one/b': once }, 100);
    expect(saa).toMatchObject({ total: 2, seen: 2, mastered: 0 });
  });

  it('leaves out the untagged row once every item names a task', () => {
    const rows = masteryByDomain(buildBank([aLesson('01-one', [tagged('a', ['SOA-1.1'])])]), {}, 100);
    expect(rows.map((r) => r.key)).toEqual(['SOA-C03-1']);
  });
});
