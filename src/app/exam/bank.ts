import type { ExamCode, Lesson, QuizItem } from '../../course/types';

/** Every exam code a quiz item can carry, in the order the exam-prep screens list them. */
export const EXAM_CODES: ReadonlyArray<ExamCode> = ['SAA-C03', 'DVA-C02', 'SOA-C03', 'DOP-C02'];

/** A quiz item with the lesson it comes from; `key` is unique across the whole course. */
export interface BankItem {
  /** `<lesson slug>/<item id>`: item ids are only unique within their lesson */
  readonly key: string;
  readonly item: QuizItem;
  readonly lesson: { readonly slug: string; readonly title: string; readonly order: number };
}

/** Narrows the bank; an absent field means "any". */
export interface BankFilter {
  readonly exam?: ExamCode;
  /** a concept key (see `conceptKey`) */
  readonly concept?: string;
  /** a lesson slug */
  readonly lesson?: string;
}

/** A concept as the filters and breakdowns show it: spellings that differ only in case are one concept. */
export interface Concept {
  readonly key: string;
  readonly label: string;
}

/** The key two spellings of one concept share ("Fargate" and "fargate "). */
export const conceptKey = (concept: string): string => concept.trim().toLowerCase();

/** Orders labels alphabetically, ignoring case, the same on every machine. */
export const byLabel = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** The key of one quiz item in one lesson. */
export const itemKey = (lessonSlug: string, itemId: string): string => `${lessonSlug}/${itemId}`;

/**
 * Collects every lesson's quiz items into one bank, in lesson order and then file order. Works with whatever
 * lessons exist; a lesson without items adds nothing.
 */
export function buildBank(lessons: ReadonlyArray<Lesson>): BankItem[] {
  return [...lessons]
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
    .flatMap((lesson) =>
      lesson.quiz.map((item) => ({
        key: itemKey(lesson.slug, item.id),
        item,
        lesson: { slug: lesson.slug, title: lesson.meta.title, order: lesson.order },
      })),
    );
}

/** The items that match every field of the filter, in bank order. */
export function filterBank(bank: ReadonlyArray<BankItem>, filter: BankFilter): BankItem[] {
  return bank.filter(
    (b) =>
      (filter.exam === undefined || b.item.tags.exams.includes(filter.exam)) &&
      (filter.lesson === undefined || b.lesson.slug === filter.lesson) &&
      (filter.concept === undefined || b.item.tags.concepts.some((c) => conceptKey(c) === filter.concept)),
  );
}

/** The concepts the items carry, each once (first spelling met wins), sorted by label. */
export function conceptsOf(bank: ReadonlyArray<BankItem>): Concept[] {
  const byKey = new Map<string, string>();
  for (const b of bank) {
    for (const c of b.item.tags.concepts) {
      const key = conceptKey(c);
      if (!byKey.has(key)) byKey.set(key, c.trim());
    }
  }
  return [...byKey].map(([key, label]) => ({ key, label })).sort((a, b) => byLabel(a.label, b.label));
}

/** The exam codes at least one item carries, with how many items carry each, in `EXAM_CODES` order. */
export function examsOf(bank: ReadonlyArray<BankItem>): Array<{ exam: ExamCode; count: number }> {
  return EXAM_CODES.map((exam) => ({
    exam,
    count: bank.filter((b) => b.item.tags.exams.includes(exam)).length,
  })).filter((e) => e.count > 0);
}

/** The lessons that contribute items, in bank order. */
export function lessonsOf(bank: ReadonlyArray<BankItem>): Array<BankItem['lesson']> {
  const seen = new Map<string, BankItem['lesson']>();
  for (const b of bank) if (!seen.has(b.lesson.slug)) seen.set(b.lesson.slug, b.lesson);
  return [...seen.values()];
}
