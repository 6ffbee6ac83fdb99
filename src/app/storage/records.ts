import type { SavedExamRecord } from '../exam/savedExam';
import type { ReviewRecord } from '../exam/reviewRecord';
import type { Progress } from '../progress';
import type { SavedSandbox } from '../sessionStore';
import type { ThemeRecord } from '../themePreference';
import type { RecordKind } from './index';

/**
 * Every kind of record kept in browser storage: its key, label, format version, schema and migrations. The
 * keys are those saved by earlier builds, so a learner's data is found again after an update.
 */

/** Lesson progress. Version 0 is the pre-release `{ done: string[] }` (lessons completed). */
export const PROGRESS: RecordKind<Progress> = {
  key: 'ecs-sandbox:progress',
  label: 'progress',
  version: 1,
  schema: 'progress',
  migrations: [
    (v0) => ({
      version: 1,
      lessons: Object.fromEntries(
        (Array.isArray(v0.done) ? (v0.done as unknown[]) : [])
          .filter((s): s is string => typeof s === 'string')
          .map((slug) => [
            slug,
            { goalsMet: [], completed: true, solutionViewed: false, hints: {}, quiz: {} },
          ]),
      ),
    }),
  ],
  empty: () => ({ version: 1, lessons: {} }),
};

/** The sandbox's snapshot; nothing saved yet reads as "no sandbox" rather than an empty record. */
export const SANDBOX: RecordKind<SavedSandbox | undefined> = {
  key: 'ecs-sandbox:sandbox',
  label: 'sandbox',
  version: 1,
  schema: 'sandbox',
  check: (s) =>
    s && s.applied > s.calls.length ? '"applied" is more than the number of recorded calls' : undefined,
  empty: () => undefined,
};

/** The spaced-review schedule. */
export const REVIEW: RecordKind<ReviewRecord> = {
  key: 'ecs-sandbox:review',
  label: 'review schedule',
  version: 1,
  schema: 'review',
  empty: () => ({ version: 1, items: {} }),
};

/** The practice exam in progress; `running` is absent when there is none. */
export const RUNNING_EXAM: RecordKind<SavedExamRecord> = {
  key: 'ecs-sandbox:running-exam',
  label: 'exam in progress',
  version: 1,
  schema: 'runningExam',
  check: (r) =>
    r.running && r.running.index >= r.running.itemKeys.length
      ? '"running.index" is past the last question'
      : undefined,
  empty: () => ({ version: 1 }),
};

/** Editor drafts, all in one record (see drafts.ts, which validates each draft on its own). */
export const DRAFTS: RecordKind<{ readonly version: 1; readonly drafts: Readonly<Record<string, unknown>> }> =
  {
    key: 'ecs-sandbox:drafts:v1',
    label: 'drafts',
    version: 1,
    schema: 'drafts',
    empty: () => ({ version: 1, drafts: {} }),
  };

/** The theme the learner picked ("system" until they pick one). */
export const THEME: RecordKind<ThemeRecord> = {
  key: 'ecs-sandbox:theme',
  label: 'theme',
  version: 1,
  schema: 'theme',
  empty: () => ({ version: 1, theme: 'system' }),
};

/** Set once the learner has answered or dismissed the first-visit card (a flag, not JSON). */
export const WELCOME_SEEN_KEY = 'ecs-sandbox:welcome-seen';
