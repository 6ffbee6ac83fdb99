import type { QuizItem } from './types';

/**
 * Whether an answer is right: the same set of options for single, multiple and spot-the-bug items; the same
 * sequence for ordering items.
 */
export function isCorrect(item: QuizItem, answer: ReadonlyArray<string>): boolean {
  if (item.kind === 'ordering') {
    return answer.length === item.correct.length && answer.every((id, i) => id === item.correct[i]);
  }
  const want = new Set(item.correct);
  const got = new Set(answer);
  return got.size === want.size && [...got].every((id) => want.has(id));
}

/** Whether an item takes several answers (checkboxes) rather than one (radio buttons). */
export const takesSeveralAnswers = (item: QuizItem): boolean =>
  item.kind === 'multiple' || (item.kind === 'spot-the-bug' && item.correct.length > 1);
