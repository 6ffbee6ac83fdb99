import { describe, expect, it } from 'vitest';
import { isCorrect, takesSeveralAnswers } from '../../src/course/grade';
import type { QuizItem } from '../../src/course/types';

const opt = (id: string) => ({ id, text: id, explanation: id });
const base = {
  prompt: 'p',
  options: ['a', 'b', 'c'].map(opt),
  tags: { concepts: ['x'], exams: ['SAA-C03' as const], tasks: ['SAA-2.1' as const] },
};

describe('isCorrect', () => {
  it.each<[string, QuizItem, string[], boolean]>([
    ['single right', { ...base, id: '1', kind: 'single', correct: ['b'] }, ['b'], true],
    ['single wrong', { ...base, id: '1', kind: 'single', correct: ['b'] }, ['a'], false],
    [
      'multiple exact set in any order',
      { ...base, id: '2', kind: 'multiple', correct: ['a', 'c'] },
      ['c', 'a'],
      true,
    ],
    ['multiple missing one', { ...base, id: '2', kind: 'multiple', correct: ['a', 'c'] }, ['a'], false],
    [
      'multiple with an extra',
      { ...base, id: '2', kind: 'multiple', correct: ['a', 'c'] },
      ['a', 'b', 'c'],
      false,
    ],
    [
      'ordering in order',
      { ...base, id: '3', kind: 'ordering', correct: ['c', 'a', 'b'] },
      ['c', 'a', 'b'],
      true,
    ],
    [
      'ordering out of order',
      { ...base, id: '3', kind: 'ordering', correct: ['c', 'a', 'b'] },
      ['a', 'c', 'b'],
      false,
    ],
    ['spot-the-bug', { ...base, id: '4', kind: 'spot-the-bug', json: '{}', correct: ['b'] }, ['b'], true],
  ])('%s', (_name, item, answer, expected) => {
    expect(isCorrect(item, answer)).toBe(expected);
  });
});

describe('takesSeveralAnswers', () => {
  it('is true for multiple-answer items and spot-the-bug items with more than one bug', () => {
    expect(takesSeveralAnswers({ ...base, id: 'm', kind: 'multiple', correct: ['a', 'b'] })).toBe(true);
    expect(takesSeveralAnswers({ ...base, id: 's', kind: 'single', correct: ['a'] })).toBe(false);
    const bug = { ...base, id: 'b', kind: 'spot-the-bug' as const, json: '{}' };
    expect(takesSeveralAnswers({ ...bug, correct: ['a', 'c'] })).toBe(true);
    expect(takesSeveralAnswers({ ...bug, correct: ['a'] })).toBe(false);
  });
});
