import { describe, expect, it } from 'vitest';
import { buildBank, type BankItem } from '../../../src/app/exam/bank';
import { interleaveByLesson } from '../../../src/app/exam/interleave';
import { buildPracticeExam } from '../../../src/app/exam/practiceExam';
import { aLesson, anItem, sampleLessons } from './fixtures';

const bank = buildBank(sampleLessons());
const lessonsIn = (items: ReadonlyArray<BankItem>) => items.map((b) => b.lesson.slug);

describe('interleaving', () => {
  it.each([1, 2, 3, 42, -7])(
    'never puts two items of one lesson side by side while others remain (seed %i)',
    (seed) => {
      const order = lessonsIn(interleaveByLesson(bank, seed));
      // 01 has 3 items, 02 two, 03 one: only the tail may repeat a lesson
      expect(order.slice(0, 5).every((slug, i, a) => i === 0 || slug !== a[i - 1])).toBe(true);
      expect([...order].sort()).toEqual(lessonsIn(bank).sort());
    },
  );

  it('gives the same order for the same seed and keeps every item once', () => {
    const a = interleaveByLesson(bank, 9).map((b) => b.key);
    expect(interleaveByLesson(bank, 9).map((b) => b.key)).toEqual(a);
    expect(new Set(a).size).toBe(bank.length);
  });
});

describe('practice exam builder', () => {
  it.each([
    ['draws one item per lesson before a second from any', 3, { '01-one': 1, '02-two': 1, '03-three': 1 }],
    ['spreads a longer exam evenly', 5, { '01-one': 2, '02-two': 2, '03-three': 1 }],
  ])('%s', (_name, length, perLesson) => {
    const exam = buildPracticeExam(bank, { length, seed: 5 });
    const counts: Record<string, number> = {};
    for (const slug of lessonsIn(exam.items)) counts[slug] = (counts[slug] ?? 0) + 1;
    expect(counts).toEqual(perLesson);
  });

  it('uses only items tagged with the chosen exam', () => {
    const exam = buildPracticeExam(bank, { exam: 'DVA-C02', length: 10, seed: 1 });
    expect(exam.items.map((b) => b.key).sort()).toEqual(['02-two/a', '02-two/b']);
    expect(exam.exam).toBe('DVA-C02');
  });

  it.each([
    ['more than the bank holds', 50, 6],
    ['zero', 0, 0],
    ['a negative length', -3, 0],
  ])('caps the length when asked for %s', (_name, length, got) => {
    expect(buildPracticeExam(bank, { length, seed: 1 }).items).toHaveLength(got);
  });

  it('keeps the time limit, or none for an untimed exam', () => {
    expect(buildPracticeExam(bank, { length: 2, seed: 1, timeLimitSeconds: 240 }).timeLimitSeconds).toBe(240);
    expect(buildPracticeExam(bank, { length: 2, seed: 1 })).not.toHaveProperty('timeLimitSeconds');
  });

  it('draws differently with another seed', () => {
    const many = buildBank(
      ['01-a', '02-b', '03-c', '04-d'].map((slug) =>
        aLesson(
          slug,
          ['x', 'y', 'z', 'w'].map((id) => anItem(id)),
        ),
      ),
    );
    const keys = (seed: number) => buildPracticeExam(many, { length: 8, seed }).items.map((b) => b.key);
    expect(keys(1)).not.toEqual(keys(2));
  });
});
