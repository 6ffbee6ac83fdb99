import type { QuizItem } from './types';

/** Everything wrong with one quiz item, as sentences naming the item (empty when it is well formed). */
export function quizItemProblems(item: QuizItem): string[] {
  const p: string[] = [];
  const where = `quiz item "${item.id}"`;
  const ids = item.options.map((o) => o.id);
  if (!item.prompt.trim()) p.push(`${where} has no prompt.`);
  if (item.options.length < 2) p.push(`${where} needs at least two options.`);
  if (new Set(ids).size !== ids.length) p.push(`${where} repeats an option id.`);
  for (const o of item.options) {
    if (!o.text.trim()) p.push(`${where} option "${o.id}" has no text.`);
    if (!o.explanation.trim()) p.push(`${where} option "${o.id}" has no explanation.`);
  }
  const unknown = item.correct.filter((c) => !ids.includes(c));
  if (unknown.length) p.push(`${where} marks unknown option(s) correct: ${unknown.join(', ')}.`);
  if (new Set(item.correct).size !== item.correct.length) p.push(`${where} lists a correct option twice.`);
  switch (item.kind) {
    case 'single':
      if (item.correct.length !== 1)
        p.push(`${where} is single-answer but declares ${item.correct.length} correct options.`);
      break;
    case 'multiple':
      if (item.correct.length < 2)
        p.push(`${where} is multiple-answer but has fewer than two correct options.`);
      if (item.correct.length === item.options.length) p.push(`${where} marks every option correct.`);
      break;
    case 'ordering':
      if (item.correct.length !== ids.length) p.push(`${where} must order every option.`);
      break;
    case 'spot-the-bug':
      if (!item.json.trim()) p.push(`${where} has no JSON to inspect.`);
      if (item.correct.length < 1) p.push(`${where} names no bug.`);
      break;
  }
  if (item.tags.concepts.length === 0) p.push(`${where} has no concept tag.`);
  if (item.tags.exams.length === 0) p.push(`${where} has no exam tag.`);
  return p;
}

/** Problems of a lesson's whole bank: each item's, duplicate ids, and fewer than `minimum` items. */
export function quizBankProblems(items: ReadonlyArray<QuizItem>, minimum = 6): string[] {
  const p = items.flatMap(quizItemProblems);
  if (items.length < minimum) p.push(`the bank has ${items.length} items; lessons need at least ${minimum}.`);
  const ids = items.map((i) => i.id);
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length) p.push(`duplicate quiz item id(s): ${dup.join(', ')}.`);
  return p;
}
