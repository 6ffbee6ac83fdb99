import { isCorrect } from '../../course/grade';
import { byLabel, conceptKey, conceptsOf, EXAM_CODES, type BankItem } from './bank';

/** Answers by item key; an item missing from the map was not answered. */
export type Answers = ReadonlyMap<string, ReadonlyArray<string>>;

export interface Tally {
  readonly correct: number;
  readonly total: number;
}

export interface BreakdownRow extends Tally {
  readonly key: string;
  readonly label: string;
}

export interface ExamScore extends Tally {
  readonly answered: number;
  /** whole percent of all items, unanswered counting as wrong */
  readonly percent: number;
  /** weakest first: lowest share correct, then label */
  readonly byConcept: ReadonlyArray<BreakdownRow>;
  /** in `EXAM_CODES` order, exams no item carries left out */
  readonly byExam: ReadonlyArray<BreakdownRow>;
  /** item keys answered correctly */
  readonly correctKeys: ReadonlySet<string>;
}

const share = (t: Tally) => (t.total === 0 ? 0 : t.correct / t.total);

function tallyBy(
  items: ReadonlyArray<BankItem>,
  correctKeys: ReadonlySet<string>,
  keysOf: (b: BankItem) => ReadonlyArray<string>,
): Map<string, { correct: number; total: number }> {
  const rows = new Map<string, { correct: number; total: number }>();
  for (const b of items) {
    for (const k of new Set(keysOf(b))) {
      const row = rows.get(k) ?? { correct: 0, total: 0 };
      row.total++;
      if (correctKeys.has(b.key)) row.correct++;
      rows.set(k, row);
    }
  }
  return rows;
}

/**
 * Scores a finished exam. Each answer is graded again with `isCorrect` (the one grading rule). An item with
 * several concepts or exams counts once in each of their rows.
 */
export function scoreExam(items: ReadonlyArray<BankItem>, answers: Answers): ExamScore {
  const correctKeys = new Set(
    items.filter((b) => isCorrect(b.item, answers.get(b.key) ?? [])).map((b) => b.key),
  );
  const labels = new Map(conceptsOf(items).map((c) => [c.key, c.label]));
  const byConcept = [...tallyBy(items, correctKeys, (b) => b.item.tags.concepts.map(conceptKey))]
    .map(([key, t]) => ({ key, label: labels.get(key) ?? key, ...t }))
    .sort((a, b) => share(a) - share(b) || byLabel(a.label, b.label));
  const exams = tallyBy(items, correctKeys, (b) => b.item.tags.exams);
  const byExam = EXAM_CODES.flatMap((code) => {
    const t = exams.get(code);
    return t ? [{ key: code, label: code, ...t }] : [];
  });
  const total = items.length;
  return {
    correct: correctKeys.size,
    total,
    answered: items.filter((b) => (answers.get(b.key)?.length ?? 0) > 0).length,
    percent: total === 0 ? 0 : Math.round((100 * correctKeys.size) / total),
    byConcept,
    byExam,
    correctKeys,
  };
}
