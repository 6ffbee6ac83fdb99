import { describe, expect, it } from 'vitest';
import { loadProgress } from '../../../src/app/progress';
import { loadSandbox } from '../../../src/app/sessionStore';
import { parseSavedExam } from '../../../src/app/exam/savedExam';
import { parseReview } from '../../../src/app/exam/reviewRecord';
import { createDraftStore, taskDefinitionDraftId } from '../../../src/app/drafts';
import { loadRecord, parseRecord, saveRecord, type RecordKind } from '../../../src/app/storage/index';
import { DRAFTS, PROGRESS, REVIEW, RUNNING_EXAM, SANDBOX } from '../../../src/app/storage/records';
import { STORAGE_SCHEMAS, type StorageSchemaName } from '../../../src/app/storage/schemas';
import { schemaProblem } from '../../../src/app/storage/validate';
import { memoryStore } from '../exam/fixtures';

const STAMP = '2026-02-01T10-00-00-000Z';

/**
 * Records exactly as the build before the storage module wrote them (copied from a browser's localStorage):
 * every learner's saved data must still load after the update.
 */
const TODAY = {
  progress:
    '{"version":1,"lessons":{"01-four-nouns":{"goalsMet":["cluster","run"],"completed":true,"solutionViewed":false,"hints":{"run":2},"quiz":{"q1":{"answer":["b"],"correct":true}},"prediction":{"choice":"a"}}},"lastLesson":"01-four-nouns"}',
  sandbox:
    '{"version":1,"scenarioId":"mixed-fleet","seed":7,"calls":[{"at":12,"service":"ecs","operation":"RunTask","input":{"cluster":"demo","taskDefinition":"web","count":2}}],"applied":1,"time":60.5,"horizon":60.5}',
  review:
    '{"version":1,"items":{"01-four-nouns/q1":{"step":1,"due":20480,"lastDay":20477,"correctDays":[20477],"priority":false,"lapses":0}},"examDay":20500}',
  runningExam:
    '{"version":1,"running":{"exam":"SAA-C03","itemKeys":["01-four-nouns/q1","02-task-definitions/q3"],"timeLimitSeconds":600,"seed":42,"answers":{"01-four-nouns/q1":["b"]},"flagged":[],"index":1,"usedMs":12000,"paused":false}}',
  drafts:
    '{"version":1,"drafts":{"sandbox/task-definition":{"text":"{\\"family\\":\\"web\\"}","savedAt":1767000000000}}}',
};

describe('storage: today’s saved shapes', () => {
  it('loads each record kind as the previous build saved it, unchanged', () => {
    const store = memoryStore({
      [PROGRESS.key]: TODAY.progress,
      [SANDBOX.key]: TODAY.sandbox,
      [REVIEW.key]: TODAY.review,
      [RUNNING_EXAM.key]: TODAY.runningExam,
    });
    const progress = loadProgress(store, STAMP);
    expect(progress.warning).toBeUndefined();
    expect(progress.progress).toEqual(JSON.parse(TODAY.progress));
    expect(loadSandbox(store, STAMP)).toEqual({ saved: JSON.parse(TODAY.sandbox) });
    expect(parseReview(TODAY.review)).toEqual({ ok: true, value: JSON.parse(TODAY.review) });
    expect(parseSavedExam(TODAY.runningExam)).toEqual({ ok: true, value: JSON.parse(TODAY.runningExam) });
    expect([...store.data.keys()].some((k) => k.includes(':corrupt:'))).toBe(false);
  });

  it('keeps the drafts saved under their key', () => {
    const items = new Map([[DRAFTS.key, TODAY.drafts]]);
    const problems: unknown[] = [];
    const drafts = createDraftStore({
      storage: {
        getItem: (k) => items.get(k) ?? null,
        setItem: (k, v) => void items.set(k, v),
        removeItem: (k) => void items.delete(k),
      },
      onProblem: (p) => problems.push(p),
    });
    expect(drafts.load(taskDefinitionDraftId('sandbox'))?.text).toBe('{"family":"web"}');
    expect(problems).toEqual([]);
  });
});

describe('storage: versions', () => {
  /** a test kind at version 2 with two migrations, to see them run in order */
  const kind: RecordKind<{ version: 2; text: string; savedAt: number }> = {
    key: 'test',
    label: 'test record',
    version: 2,
    schema: 'draft',
    migrations: [
      (v0) => ({ version: 1, text: String(v0.body), savedAt: 0 }),
      (v1) => ({ ...v1, version: 2, text: `${String(v1.text)}!` }),
    ],
    empty: () => ({ version: 2, text: '', savedAt: 0 }),
  };

  it('upgrades a record one version at a time to the current one', () => {
    expect(parseRecord(kind, '{"body":"hi"}')).toEqual({
      ok: true,
      value: { version: 2, text: 'hi!', savedAt: 0 },
    });
    expect(parseRecord(kind, '{"version":1,"text":"a","savedAt":5}')).toEqual({
      ok: true,
      value: { version: 2, text: 'a!', savedAt: 5 },
    });
  });

  it('refuses a newer version and a version that is not a number, naming it', () => {
    expect(parseRecord(kind, '{"version":3}')).toEqual({
      ok: false,
      error: 'it was saved by a newer version of ECS Sandbox (format 3)',
    });
    expect(parseRecord(kind, '{"version":"2"}')).toEqual({
      ok: false,
      error: 'it has no known format version (found "2")',
    });
    // without migrations there is nothing older than the current version
    expect(parseRecord(REVIEW, '{"items":{}}')).toEqual({
      ok: false,
      error: 'it has no known format version (found null)',
    });
  });

  it('migrates the pre-release progress shape (lessons done) to version 1', () => {
    const r = parseRecord(PROGRESS, '{"done":["01-four-nouns", 3]}');
    expect(r).toEqual({
      ok: true,
      value: {
        version: 1,
        lessons: {
          '01-four-nouns': { goalsMet: [], completed: true, solutionViewed: false, hints: {}, quiz: {} },
        },
      },
    });
  });
});

describe('storage: corrupt data', () => {
  it('validates against the schema and names the first field that is wrong', () => {
    expect(parseRecord(REVIEW, '{"version":1,"items":{"k":{"step":1}}}')).toEqual({
      ok: false,
      error: '"items.k.due" is missing',
    });
    expect(parseRecord(PROGRESS, '{"version":1,"lessons":{},"lastLesson":7}')).toEqual({
      ok: false,
      error: '"lastLesson" is not text',
    });
    expect(
      parseRecord(
        SANDBOX,
        '{"version":1,"scenarioId":"x","seed":1,"calls":[],"applied":3,"time":0,"horizon":0}',
      ),
    ).toEqual({
      ok: false,
      error: '"applied" is more than the number of recorded calls',
    });
  });

  it('sets unreadable text aside under its own key, says so, and starts fresh', () => {
    const store = memoryStore({ [REVIEW.key]: '{"version":1,"items":[]}' });
    const loaded = loadRecord(store, REVIEW, STAMP);
    expect(loaded.value).toEqual(REVIEW.empty());
    expect(loaded.warning).toBe(
      `Your saved review schedule could not be read: "items" is not an object. A copy was kept under "ecs-sandbox:review:corrupt:${STAMP}" and you start fresh; import an exported file to restore it.`,
    );
    expect(store.data.get(`ecs-sandbox:review:corrupt:${STAMP}`)).toBe('{"version":1,"items":[]}');
    // the original stays until the next save replaces it
    expect(store.data.get(REVIEW.key)).toBe('{"version":1,"items":[]}');
  });

  it('reads blocked storage as a fresh record with a message, never a throw', () => {
    const blocked = {
      getItem: (): string | null => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(loadRecord(blocked, PROGRESS, STAMP)).toEqual({
      value: PROGRESS.empty(),
      warning: 'Your progress cannot be saved in this browser (storage is blocked).',
    });
  });
});

describe('storage: quota', () => {
  it('reports a full storage as the learner’s message and keeps what was stored before', () => {
    const store = memoryStore({ [PROGRESS.key]: TODAY.progress });
    const full = {
      getItem: store.getItem,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(saveRecord(full, PROGRESS, PROGRESS.empty())).toEqual({
      ok: false,
      error: 'Your progress could not be saved: The quota has been exceeded.',
    });
    expect(store.data.get(PROGRESS.key)).toBe(TODAY.progress);
  });

  it('writes a record that reads back the same', () => {
    const store = memoryStore();
    const value = JSON.parse(TODAY.runningExam) as ReturnType<typeof RUNNING_EXAM.empty>;
    expect(saveRecord(store, RUNNING_EXAM, value)).toEqual({ ok: true, value: undefined });
    expect(loadRecord(store, RUNNING_EXAM, STAMP)).toEqual({ value });
  });
});

describe('storage: schemas', () => {
  it.each(Object.keys(STORAGE_SCHEMAS) as StorageSchemaName[])(
    '%s compiles in strict mode and rejects a list',
    (name) => {
      expect(schemaProblem(name, [])).toBe('the record is not an object');
    },
  );
});
