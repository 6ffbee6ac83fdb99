import type { Result } from '../lib/result';
import { isRecord, loadStored, parseVersioned, saveStored, type StoredFormat } from './exam/storage';

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

export const PROGRESS_KEY = 'ecs-sandbox:progress';
export const CURRENT_VERSION = 1;

export const emptyProgress = (): Progress => ({ version: 1, lessons: {} });

export const emptyLessonProgress = (): LessonProgress => ({
  goalsMet: [],
  completed: false,
  solutionViewed: false,
  hints: {},
  quiz: {},
});

/**
 * Upgrades older saved shapes one version at a time. Index i turns version i into i + 1. Version 0 is the
 * pre-release shape `{ done: string[] }` (lessons completed), kept as the first migration's example.
 */
const migrations: ReadonlyArray<(old: Record<string, unknown>) => Record<string, unknown>> = [
  (v0) => ({
    version: 1,
    lessons: Object.fromEntries(
      (Array.isArray(v0.done) ? (v0.done as unknown[]) : [])
        .filter((s): s is string => typeof s === 'string')
        .map((slug) => [slug, { ...emptyLessonProgress(), completed: true }]),
    ),
  }),
];

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function checkLesson(slug: string, v: unknown): string | undefined {
  if (!isRecord(v)) return `lesson "${slug}" is not an object`;
  if (!isStringArray(v.goalsMet)) return `lesson "${slug}".goalsMet is not a list of goal ids`;
  if (typeof v.completed !== 'boolean') return `lesson "${slug}".completed is not true/false`;
  if (typeof v.solutionViewed !== 'boolean') return `lesson "${slug}".solutionViewed is not true/false`;
  if (!isRecord(v.hints) || !Object.values(v.hints).every((n) => typeof n === 'number'))
    return `lesson "${slug}".hints is malformed`;
  if (!isRecord(v.quiz)) return `lesson "${slug}".quiz is malformed`;
  for (const [id, a] of Object.entries(v.quiz)) {
    if (!isRecord(a) || !isStringArray(a.answer) || typeof a.correct !== 'boolean')
      return `lesson "${slug}" quiz answer "${id}" is malformed`;
  }
  return undefined;
}

function checkProgress(d: Record<string, unknown>): string | undefined {
  if (!isRecord(d.lessons)) return '"lessons" is missing or not an object';
  for (const [slug, lesson] of Object.entries(d.lessons)) {
    const problem = checkLesson(slug, lesson);
    if (problem) return problem;
  }
  if (d.lastLesson !== undefined && typeof d.lastLesson !== 'string')
    return '"lastLesson" is not a lesson id';
  return undefined;
}

/** Parses saved progress text: migrates old versions, validates every field, names what is wrong. */
export const parseProgress = (text: string): Result<Progress, string> =>
  parseVersioned<Progress>(text, CURRENT_VERSION, migrations, checkProgress);

/** Storage as the progress store needs it (localStorage in the app, a Map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadedProgress {
  readonly progress: Progress;
  /** set when saved data could not be read: what was wrong and where the original was kept */
  readonly warning?: string;
}

const PROGRESS_FORMAT: StoredFormat<Progress> = {
  key: PROGRESS_KEY,
  label: 'progress',
  empty: emptyProgress,
  parse: parseProgress,
};

/**
 * Reads progress. Corrupt data is never dropped silently: the original text is copied aside under
 * `ecs-sandbox:progress:corrupt:<stamp>` and the learner is told, then a fresh record is used.
 */
export function loadProgress(store: KeyValueStore, stamp: string): LoadedProgress {
  const { value, warning } = loadStored(store, PROGRESS_FORMAT, stamp);
  return warning === undefined ? { progress: value } : { progress: value, warning };
}

export const saveProgress = (store: KeyValueStore, progress: Progress): Result<void, string> =>
  saveStored(store, PROGRESS_FORMAT, progress);

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
export const exportProgress = (progress: Progress): string => JSON.stringify(progress, null, 2);
