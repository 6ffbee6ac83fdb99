import type { ExamCode } from '../../course/types';
import type { Result } from '../../lib/result';
import type { BankItem } from './bank';
import type { PracticeExam } from './practiceExam';
import type { Answers } from './score';
import { elapsedMs, isPaused, type ExamTimer } from './timer';
import { loadRecord, parseRecord, saveRecord, type KeyValueStore } from '../storage/index';
import { stampOf } from './clock';
import { RUNNING_EXAM } from '../storage/records';

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

export const SAVED_EXAM_KEY = RUNNING_EXAM.key;

export const parseSavedExam = (text: string): Result<SavedExamRecord, string> =>
  parseRecord(RUNNING_EXAM, text);

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

/** What a visit to the timed exam finds in storage: an exam to offer for resuming, and a problem to show. */
export interface FoundExam {
  readonly offer?: RestoredExam;
  readonly notice?: string;
}

/**
 * Reads the running exam kept by an earlier visit and rebuilds it against the current bank. Unreadable data is
 * set aside with a message (see `loadRecord`); an exam none of whose questions exist any more is not offered.
 */
export function loadRunningExam(store: KeyValueStore, bank: ReadonlyArray<BankItem>, now: number): FoundExam {
  const { value, warning } = loadRecord(store, RUNNING_EXAM, stampOf(now));
  const running = value.running;
  const restored = running && restoreExam(running, bank);
  const notice =
    running && !restored
      ? 'Your saved exam could not be resumed: none of its questions exist any more.'
      : warning;
  return { ...(restored ? { offer: restored } : {}), ...(notice === undefined ? {} : { notice }) };
}

/** Keeps the exam's state (or, with undefined, that none is running); the learner's message when it fails. */
export function storeRunningExam(
  store: KeyValueStore,
  progress: ExamProgress | undefined,
  now: number,
): string | undefined {
  const r = saveRecord(store, RUNNING_EXAM, progress ? saveExam(progress, now) : RUNNING_EXAM.empty());
  return r.ok ? undefined : r.error;
}
