import type { ExamCode } from '../../course/types';
import type { Result } from '../../lib/result';
import { EXAM_CODES, type BankItem } from './bank';
import type { PracticeExam } from './practiceExam';
import type { Answers } from './score';
import { elapsedMs, isPaused, type ExamTimer } from './timer';
import { isRecord, parseVersioned, type StoredFormat } from './storage';

/**
 * A running practice exam as kept in the browser, so leaving exam prep or reloading the page does not lose
 * it. Items are kept by key and looked up in the bank again on resume.
 */
export interface SavedExam {
  readonly exam?: ExamCode;
  readonly itemKeys: ReadonlyArray<string>;
  readonly timeLimitSeconds?: number;
  readonly seed: number;
  readonly answers: Readonly<Record<string, ReadonlyArray<string>>>;
  readonly flagged: ReadonlyArray<string>;
  /** the question on screen */
  readonly index: number;
  /** exam time used when saved; the clock does not run while the exam is away */
  readonly usedMs: number;
  /** whether the learner had paused the timer */
  readonly paused: boolean;
}

/** The stored record: `running` is absent when no exam is in progress. */
export interface SavedExamRecord {
  readonly version: 1;
  readonly running?: SavedExam;
}

export const SAVED_EXAM_KEY = 'ecs-sandbox:running-exam';
const CURRENT_VERSION = 1;

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isWhole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function checkRunning(r: unknown): string | undefined {
  if (!isRecord(r)) return '"running" is not an object';
  if (!isStringList(r.itemKeys) || r.itemKeys.length === 0)
    return '"running.itemKeys" is not a list of items';
  if (r.exam !== undefined && !EXAM_CODES.includes(r.exam as ExamCode))
    return '"running.exam" is not an exam code';
  if (r.timeLimitSeconds !== undefined && !(isWhole(r.timeLimitSeconds) && r.timeLimitSeconds > 0))
    return '"running.timeLimitSeconds" is not a positive whole number';
  if (typeof r.seed !== 'number') return '"running.seed" is not a number';
  if (!isRecord(r.answers) || !Object.values(r.answers).every(isStringList))
    return '"running.answers" is not a map of answers';
  if (!isStringList(r.flagged)) return '"running.flagged" is not a list of item keys';
  if (!isWhole(r.index) || r.index >= r.itemKeys.length) return '"running.index" is not a question number';
  if (typeof r.usedMs !== 'number' || !(r.usedMs >= 0)) return '"running.usedMs" is not a duration';
  if (typeof r.paused !== 'boolean') return '"running.paused" is not true/false';
  return undefined;
}

const checkRecord = (d: Record<string, unknown>): string | undefined =>
  d.running === undefined ? undefined : checkRunning(d.running);

export const parseSavedExam = (text: string): Result<SavedExamRecord, string> =>
  parseVersioned<SavedExamRecord>(text, CURRENT_VERSION, [], checkRecord);

export const savedExamFormat: StoredFormat<SavedExamRecord> = {
  key: SAVED_EXAM_KEY,
  label: 'exam in progress',
  empty: () => ({ version: 1 }),
  parse: parseSavedExam,
};

/** The exam's state right now, as it is saved. */
export interface ExamProgress {
  readonly paper: PracticeExam;
  readonly answers: Answers;
  readonly flagged: ReadonlySet<string>;
  readonly index: number;
  readonly timer: ExamTimer;
}

export function saveExam(p: ExamProgress, now: number): SavedExamRecord {
  return {
    version: 1,
    running: {
      ...(p.paper.exam === undefined ? {} : { exam: p.paper.exam }),
      itemKeys: p.paper.items.map((b) => b.key),
      ...(p.paper.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: p.paper.timeLimitSeconds }),
      seed: p.paper.seed,
      answers: Object.fromEntries(p.answers),
      flagged: [...p.flagged],
      index: p.index,
      usedMs: elapsedMs(p.timer, now),
      paused: isPaused(p.timer),
    },
  };
}

export interface RestoredExam extends ExamProgress {
  /** whether the timer was running when the exam was saved (it comes back paused either way) */
  readonly wasRunning: boolean;
  /** saved items the bank no longer has; they are left out */
  readonly missing: number;
}

/**
 * Rebuilds a saved exam against the current bank, with its timer paused at the time used. Items that no
 * longer exist are left out (with their answers and flags); undefined when none are left.
 */
export function restoreExam(saved: SavedExam, bank: ReadonlyArray<BankItem>): RestoredExam | undefined {
  const byKey = new Map(bank.map((b) => [b.key, b]));
  const items = saved.itemKeys.flatMap((k) => byKey.get(k) ?? []);
  if (items.length === 0) return undefined;
  const kept = new Set(items.map((b) => b.key));
  const current = saved.itemKeys[saved.index]!;
  return {
    paper: {
      ...(saved.exam === undefined ? {} : { exam: saved.exam }),
      items,
      ...(saved.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: saved.timeLimitSeconds }),
      seed: saved.seed,
    },
    answers: new Map(Object.entries(saved.answers).filter(([k, a]) => kept.has(k) && a.length > 0)),
    flagged: new Set(saved.flagged.filter((k) => kept.has(k))),
    index: Math.max(
      0,
      items.findIndex((b) => b.key === current),
    ),
    timer: {
      ...(saved.timeLimitSeconds === undefined ? {} : { limitMs: saved.timeLimitSeconds * 1000 }),
      usedMs: saved.usedMs,
    },
    wasRunning: !saved.paused,
    missing: saved.itemKeys.length - items.length,
  };
}
