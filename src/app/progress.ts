import { err, ok, type Result } from '../lib/result';

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
const CORRUPT_PREFIX = 'ecs-sandbox:progress:corrupt:';
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

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
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

/** Parses saved progress text: migrates old versions, validates every field, names what is wrong. */
export function parseProgress(text: string): Result<Progress, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(data)) return err('it is not a JSON object');
  let version = typeof data.version === 'number' ? data.version : 0;
  if (version > CURRENT_VERSION)
    return err(`it was saved by a newer version of ECS Sandbox (format ${version})`);
  while (version < CURRENT_VERSION) {
    data = migrations[version]!(data as Record<string, unknown>);
    version++;
  }
  const d = data as Record<string, unknown>;
  if (!isRecord(d.lessons)) return err('"lessons" is missing or not an object');
  for (const [slug, lesson] of Object.entries(d.lessons)) {
    const problem = checkLesson(slug, lesson);
    if (problem) return err(problem);
  }
  if (d.lastLesson !== undefined && typeof d.lastLesson !== 'string')
    return err('"lastLesson" is not a lesson id');
  return ok(d as unknown as Progress);
}

/** Storage as the progress store needs it (localStorage in the app, a Map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadedProgress {
  readonly progress: Progress;
  /** set when saved data could not be read: what was wrong and where the original was kept */
  readonly warning?: string;
}

/**
 * Reads progress. Corrupt data is never dropped silently: the original text is copied aside under its own key
 * and the learner is told, then a fresh record is used.
 */
export function loadProgress(store: KeyValueStore, stamp: string): LoadedProgress {
  let text: string | null;
  try {
    text = store.getItem(PROGRESS_KEY);
  } catch {
    return {
      progress: emptyProgress(),
      warning: 'Progress cannot be saved in this browser (storage is blocked).',
    };
  }
  if (text === null) return { progress: emptyProgress() };
  const parsed = parseProgress(text);
  if (parsed.ok) return { progress: parsed.value };
  const aside = `${CORRUPT_PREFIX}${stamp}`;
  try {
    store.setItem(aside, text);
  } catch {
    // storage full: the original stays under the main key until the next save
  }
  return {
    progress: emptyProgress(),
    warning: `Your saved progress could not be read: ${parsed.error}. A copy was kept under "${aside}" and you start fresh; import an exported file to restore it.`,
  };
}

export function saveProgress(store: KeyValueStore, progress: Progress): Result<void, string> {
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return ok(undefined);
  } catch (e) {
    return err(`Progress could not be saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}

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
