import type { Result } from '../lib/result';
import { exportRecord, loadRecord, parseRecord, saveRecord, type KeyValueStore } from './storage/index';
import { PROGRESS } from './storage/records';

export type { KeyValueStore } from './storage/index';

/** What the learner has done in one lesson. */
export interface LessonProgress {
  readonly goalsMet: ReadonlyArray<string>;
  readonly completed: boolean;
  /** the learner opened the solution (shown, never counted as solving) */
  readonly solutionViewed: boolean;
  readonly prediction?: { readonly choice: string; readonly correct?: boolean };
  /** highest hint tier opened per goal (1 nudge, 2 pointer, 3 bottom-out) */
  readonly hints: Readonly<Record<string, number>>;
  readonly quiz: Readonly<
    Record<string, { readonly answer: ReadonlyArray<string>; readonly correct: boolean }>
  >;
}

export interface Progress {
  readonly version: 1;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly lastLesson?: string;
}

export const PROGRESS_KEY = PROGRESS.key;
export const CURRENT_VERSION = PROGRESS.version;

export const emptyProgress = (): Progress => PROGRESS.empty();

export const emptyLessonProgress = (): LessonProgress => ({
  goalsMet: [],
  completed: false,
  solutionViewed: false,
  hints: {},
  quiz: {},
});

/** Parses saved or imported progress text: migrates old versions, validates every field, names what is wrong. */
export const parseProgress = (text: string): Result<Progress, string> => parseRecord(PROGRESS, text);

export interface LoadedProgress {
  readonly progress: Progress;
  /** set when saved data could not be read: what was wrong and where the original was kept */
  readonly warning?: string;
}

/**
 * Reads progress. Corrupt data is never dropped silently: the original text is copied aside under
 * `ecs-sandbox:progress:corrupt:<stamp>` and the learner is told, then a fresh record is used.
 */
export function loadProgress(store: KeyValueStore, stamp: string): LoadedProgress {
  const { value, warning } = loadRecord(store, PROGRESS, stamp);
  return warning === undefined ? { progress: value } : { progress: value, warning };
}

export const saveProgress = (store: KeyValueStore, progress: Progress): Result<void, string> =>
  saveRecord(store, PROGRESS, progress);

/** Returns a copy with one lesson's record changed. */
export function updateLesson(
  progress: Progress,
  slug: string,
  change: (p: LessonProgress) => LessonProgress,
): Progress {
  const current = progress.lessons[slug] ?? emptyLessonProgress();
  return { ...progress, lessons: { ...progress.lessons, [slug]: change(current) }, lastLesson: slug };
}

/** The export file's text (pretty JSON, the same format the store keeps). */
export const exportProgress = (progress: Progress): string => exportRecord(progress);
