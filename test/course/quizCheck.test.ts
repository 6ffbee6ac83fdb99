import { describe, expect, it } from 'vitest';
import { quizBankProblems, quizItemProblems } from '../../src/course/quizCheck';
import type { QuizItem } from '../../src/course/types';

const option = (id: string) => ({ id, text: `option ${id}`, explanation: `why ${id}` });
const single: QuizItem = {
  id: 'q1',
  kind: 'single',
  prompt: 'Which?',
  options: [option('a'), option('b'), option('c')],
  correct: ['a'],
  tags: { concepts: ['placement'], exams: ['SAA-C03'], tasks: ['SAA-2.2'] },
};

describe('quiz well-formedness', () => {
  it('finds nothing wrong with a good single-answer item', () => {
    expect(quizItemProblems(single)).toEqual([]);
  });

  it.each<[string, QuizItem, RegExp]>([
    [
      'a missing explanation',
      { ...single, options: [option('a'), { ...option('b'), explanation: ' ' }] },
      /option "b" has no explanation/,
    ],
    [
      'two correct answers on a single item',
      { ...single, kind: 'multiple', correct: ['a'] } as QuizItem,
      /fewer than two correct/,
    ],
    ['an unknown correct id', { ...single, correct: ['z'] }, /unknown option\(s\) correct: z/],
    ['no exam tag', { ...single, tags: { concepts: ['x'], exams: [], tasks: [] } }, /no exam tag/],
    [
      'an ordering that leaves options out',
      { ...single, kind: 'ordering', correct: ['a', 'b'] },
      /must order every option/,
    ],
    [
      'every option correct',
      { ...single, kind: 'multiple', correct: ['a', 'b', 'c'] },
      /marks every option correct/,
    ],
  ])('reports %s', (_name, item, message) => {
    expect(quizItemProblems(item).join(' ')).toMatch(message);
  });

  it('requires six items per bank and unique ids', () => {
    const problems = quizBankProblems([single, single]);
    expect(problems).toContain('the bank has 2 items; lessons need at least 6.');
    expect(problems).toContain('duplicate quiz item id(s): q1.');
  });
});
