import type { ExamCode } from '../../course/types';
import { filterBank, type BankItem } from './bank';
import { interleaveByLesson } from './interleave';

/** The pace the time limit suggests by default: two minutes per item. */
export const SECONDS_PER_ITEM = 120;

export interface PracticeExamOptions {
  /** only items tagged with this exam; absent = every item */
  readonly exam?: ExamCode;
  /** how many items are wanted; fewer are used when the bank has fewer */
  readonly length: number;
  /** absent = untimed */
  readonly timeLimitSeconds?: number;
  readonly seed: number;
}

export interface PracticeExam {
  readonly exam?: ExamCode;
  readonly items: ReadonlyArray<BankItem>;
  readonly timeLimitSeconds?: number;
  readonly seed: number;
}

/**
 * Builds a practice exam: up to `length` items from the (filtered) bank, drawn evenly across lessons and
 * interleaved so consecutive items come from different lessons where possible. Pure and seeded.
 */
export function buildPracticeExam(bank: ReadonlyArray<BankItem>, options: PracticeExamOptions): PracticeExam {
  const pool = filterBank(bank, options.exam === undefined ? {} : { exam: options.exam });
  const length = Math.max(0, Math.min(Math.floor(options.length), pool.length));
  return {
    ...(options.exam === undefined ? {} : { exam: options.exam }),
    items: interleaveByLesson(pool, options.seed).slice(0, length),
    ...(options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds }),
    seed: options.seed,
  };
}
