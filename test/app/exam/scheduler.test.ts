import { describe, expect, it } from 'vitest';
import { buildBank } from '../../../src/app/exam/bank';
import {
  intervalDays,
  isDue,
  isMastered,
  masteryByConcept,
  recordAnswer,
  reviewQueue,
  type ItemReview,
  type Outcome,
  type ReviewRecords,
} from '../../../src/app/exam/scheduler';
import { sampleLessons } from './fixtures';

const right: Outcome = { correct: true };
const wrong: Outcome = { correct: false };

/** Answers on the given days in turn, starting from no record. */
function history(answers: ReadonlyArray<[day: number, outcome: Outcome]>): ItemReview {
  let r: ItemReview | undefined;
  for (const [day, outcome] of answers) r = recordAnswer(r, outcome, day);
  return r!;
}

describe('spaced review ladder', () => {
  it.each<[string, Array<[number, Outcome]>, number]>([
    ['a first correct answer is due a day later', [[100, right]], 101],
    [
      'then three days',
      [
        [100, right],
        [101, right],
      ],
      104,
    ],
    [
      'then seven',
      [
        [100, right],
        [101, right],
        [104, right],
      ],
      111,
    ],
    [
      'then sixteen',
      [
        [100, right],
        [101, right],
        [104, right],
        [111, right],
      ],
      127,
    ],
    [
      'then thirty-five',
      [
        [100, right],
        [101, right],
        [104, right],
        [111, right],
        [127, right],
      ],
      162,
    ],
    [
      'and thirty-five again at the top',
      [
        [100, right],
        [101, right],
        [104, right],
        [111, right],
        [127, right],
        [162, right],
      ],
      197,
    ],
    ['a miss is due the next day', [[100, wrong]], 101],
    [
      'a miss restarts the ladder',
      [
        [100, right],
        [101, right],
        [104, right],
        [111, wrong],
        [112, right],
      ],
      113,
    ],
    [
      'a late review climbs from the day it is done',
      [
        [100, right],
        [130, right],
      ],
      133,
    ],
    [
      'a correct answer before the due day keeps the schedule',
      [
        [100, right],
        [101, right],
        [102, right],
      ],
      104,
    ],
  ])('%s', (_name, answers, due) => {
    expect(history(answers).due).toBe(due);
  });

  it.each([
    ['no exam day', 3, 100, undefined, 16],
    ['an exam far away', 3, 100, 300, 16],
    ['an exam 40 days away caps a 16-day gap at 6', 3, 100, 140, 6],
    ['an exam 2 days away still leaves one day', 1, 100, 102, 1],
    ['an exam already past is ignored', 2, 100, 90, 7],
  ])('gap with %s', (_name, step, today, examDay, gap) => {
    expect(intervalDays(step, today, examDay)).toBe(gap);
  });

  it('lets an exam day shorten the gap a success earns', () => {
    const r = recordAnswer(
      {
        ...history([
          [100, right],
          [101, right],
          [104, right],
        ]),
      },
      right,
      111,
      131,
    );
    expect(r.due).toBe(114);
  });
});

describe('mastery and priority', () => {
  it.each<[string, Array<[number, Outcome]>, boolean]>([
    ['one correct answer is not mastery', [[100, right]], false],
    [
      'two correct answers on one day are not mastery',
      [
        [100, right],
        [100, right],
      ],
      false,
    ],
    [
      'correct on two different days is mastery',
      [
        [100, right],
        [101, right],
      ],
      true,
    ],
    [
      'a correct answer met early still counts a day',
      [
        [100, right],
        [100, right],
        [101, right],
      ],
      true,
    ],
    [
      'a miss after mastery takes it away',
      [
        [100, right],
        [101, right],
        [104, wrong],
      ],
      false,
    ],
    [
      'mastery needs two days after the last miss',
      [
        [100, right],
        [101, wrong],
        [102, right],
      ],
      false,
    ],
  ])('%s', (_name, answers, mastered) => {
    expect(isMastered(history(answers))).toBe(mastered);
  });

  it.each<[string, Array<[number, Outcome]>, boolean]>([
    ['a confident miss asks for a priority re-test', [[100, { correct: false, confidence: 'high' }]], true],
    ['an unsure miss does not', [[100, { correct: false, confidence: 'low' }]], false],
    [
      'a later unsure miss keeps the priority',
      [
        [100, { correct: false, confidence: 'high' }],
        [101, wrong],
      ],
      true,
    ],
    [
      'a correct re-test clears it',
      [
        [100, { correct: false, confidence: 'high' }],
        [100, right],
      ],
      false,
    ],
  ])('%s', (_name, answers, priority) => {
    expect(history(answers).priority).toBe(priority);
  });

  it('counts lapses', () => {
    expect(
      history([
        [1, wrong],
        [2, right],
        [3, wrong],
      ]).lapses,
    ).toBe(2);
  });
});

describe('review queue', () => {
  const bank = buildBank(sampleLessons());
  const at = (due: number, priority = false): ItemReview => ({
    step: 1,
    due,
    lastDay: due - 1,
    correctDays: [],
    priority,
    lapses: 0,
  });

  it('holds nothing but new items when nothing was reviewed', () => {
    const q = reviewQueue(bank, {}, 100, { limit: 20, newLimit: 2, seed: 1 });
    expect(q.map((b) => b.key).sort()).toEqual(['01-one/a', '01-one/b']);
  });

  it('puts priority re-tests first, then due items, and leaves out items not yet due', () => {
    const records: ReviewRecords = {
      '01-one/a': at(99),
      '01-one/b': at(101),
      '02-two/a': at(100, true),
      '03-three/a': at(98),
    };
    const q = reviewQueue(bank, records, 100, { limit: 20, newLimit: 0, seed: 1 }).map((b) => b.key);
    expect(q[0]).toBe('02-two/a');
    expect(q.slice(1).sort()).toEqual(['01-one/a', '03-three/a']);
  });

  it('keeps the most overdue items when more are due than the limit allows', () => {
    const records: ReviewRecords = { '01-one/a': at(90), '01-one/b': at(99), '01-one/c': at(95) };
    const q = reviewQueue(bank, records, 100, { limit: 2, newLimit: 5, seed: 1 }).map((b) => b.key);
    expect(q.sort()).toEqual(['01-one/a', '01-one/c']);
  });

  it('tops up with new items only while room is left', () => {
    const records: ReviewRecords = { '01-one/a': at(100) };
    const q = reviewQueue(bank, records, 100, { limit: 3, newLimit: 5, seed: 1 }).map((b) => b.key);
    expect(q.sort()).toEqual(['01-one/a', '01-one/b', '01-one/c']);
  });

  it('ignores schedules of items no longer in any lesson', () => {
    const q = reviewQueue(bank, { 'gone/x': at(1) }, 100, { limit: 20, newLimit: 0, seed: 1 });
    expect(q).toEqual([]);
  });

  it('reports what is due', () => {
    expect([isDue(at(100), 100), isDue(at(101), 100), isDue(undefined, 100)]).toEqual([true, false, false]);
  });

  it('sums mastery, seen and due per concept', () => {
    const records: ReviewRecords = {
      '01-one/a': { ...at(100), correctDays: [98, 99] },
      '01-one/b': at(105),
    };
    const cluster = masteryByConcept(bank, records, 100).find((c) => c.key === 'cluster');
    expect(cluster).toEqual({ key: 'cluster', label: 'cluster', total: 2, seen: 2, mastered: 1, due: 1 });
    const fargate = masteryByConcept(bank, records, 100).find((c) => c.key === 'fargate');
    expect(fargate).toMatchObject({ total: 2, seen: 0, mastered: 0 });
  });
});
