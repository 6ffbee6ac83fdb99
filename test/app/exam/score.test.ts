import { describe, expect, it } from 'vitest';
import { buildBank } from '../../../src/app/exam/bank';
import { scoreExam } from '../../../src/app/exam/score';
import type { QuizItem } from '../../../src/course/types';
import { aLesson, sampleLessons } from './fixtures';

const bank = buildBank(sampleLessons());
const answers = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe('exam scoring', () => {
  it.each([
    ['all right', { '01-one/a': ['right'], '01-one/b': ['right'], '02-two/a': ['right'] }, 3, 3, 100],
    ['one wrong', { '01-one/a': ['right'], '01-one/b': ['wrong'], '02-two/a': ['right'] }, 2, 3, 67],
    ['one unanswered counts as wrong', { '01-one/a': ['right'], '02-two/a': ['right'] }, 2, 2, 67],
    ['nothing answered', {}, 0, 0, 0],
  ])('scores %s', (_name, given, correct, answered, percent) => {
    const items = bank.filter((b) => ['01-one/a', '01-one/b', '02-two/a'].includes(b.key));
    const score = scoreExam(items, answers(given));
    expect([score.correct, score.answered, score.total, score.percent]).toEqual([
      correct,
      answered,
      3,
      percent,
    ]);
  });

  it('breaks the score down by concept, weakest first, each item counting in each of its concepts', () => {
    const score = scoreExam(
      bank,
      answers({ '01-one/a': ['right'], '01-one/b': ['right'], '02-two/a': ['right'] }),
    );
    expect(score.byConcept.map((r) => [r.label, r.correct, r.total])).toEqual([
      ['awsvpc', 0, 1],
      ['binpack', 0, 1],
      ['Fargate', 1, 2],
      ['task', 1, 2],
      ['cluster', 2, 2],
    ]);
  });

  it('breaks the score down by exam in exam order', () => {
    const score = scoreExam(bank, answers({ '03-three/a': ['right'], '02-two/a': ['right'] }));
    expect(score.byExam.map((r) => [r.label, r.correct, r.total])).toEqual([
      ['SAA-C03', 1, 4],
      ['DVA-C02', 1, 2],
      ['DOP-C02', 1, 1],
    ]);
  });

  it('grades multiple-answer and ordering items by the shared rule', () => {
    const multi: QuizItem = {
      id: 'm',
      kind: 'multiple',
      prompt: 'Pick two',
      options: ['x', 'y', 'z'].map((id) => ({ id, text: id, explanation: id })),
      correct: ['x', 'y'],
      tags: { concepts: ['c'], exams: ['SAA-C03'], tasks: ['SAA-2.1'] },
    };
    const order: QuizItem = { ...multi, id: 'o', kind: 'ordering', correct: ['z', 'x', 'y'] };
    const items = buildBank([aLesson('01-x', [multi, order])]);
    expect(scoreExam(items, answers({ '01-x/m': ['y', 'x'], '01-x/o': ['z', 'x', 'y'] })).correct).toBe(2);
    expect(scoreExam(items, answers({ '01-x/m': ['x'], '01-x/o': ['x', 'y', 'z'] })).correct).toBe(0);
  });

  it('scores an empty exam as zero without dividing by zero', () => {
    expect(scoreExam([], new Map())).toMatchObject({ correct: 0, total: 0, percent: 0, byConcept: [] });
  });
});
