/**
 * Editor drafts in `localStorage`, so unsaved work survives a reload. One versioned key holds every draft;
 * data that cannot be read is reported and set aside under its own key (never deleted, never thrown).
 */
import { parseRecord } from './storage/index';
import { DRAFTS } from './storage/records';
import { schemaProblem } from './storage/validate';

export const DRAFTS_KEY = DRAFTS.key;
/** unreadable data is copied to `${SET_ASIDE_PREFIX}${time}` before the drafts key is rewritten */
export const SET_ASIDE_PREFIX = 'ecs-sandbox:drafts:v1:unreadable:';
/** a draft longer than this is not saved (a task definition is at most 64 KiB) */
export const MAX_DRAFT_CHARS = 256 * 1024;

/** The context of the sandbox screen; a lesson's context is its scenario id (`lesson:<slug>`). */
export const SANDBOX_CONTEXT = 'sandbox';

/**
 * Which draft context a session's scenario belongs to. Every sandbox scenario shares one draft (switching
 * scenario keeps the learner's work); each lesson has its own, so the sandbox draft never shows up in a
 * lesson and one lesson's draft never shows up in another.
 */
export const draftContextOf = (scenarioId: string): string =>
  scenarioId.startsWith('lesson:') ? scenarioId : SANDBOX_CONTEXT;

/** The id of the task definition draft in one context. */
export const taskDefinitionDraftId = (context: string): string => `${context}/task-definition`;

/** ids from before drafts were kept per context, and the id each one now lives under */
const LEGACY_IDS: ReadonlyArray<readonly [string, string]> = [
  ['task-definition', taskDefinitionDraftId(SANDBOX_CONTEXT)],
];

/** Moves drafts saved under a legacy id to their new id (a newer draft already there wins). */
function migrateIds(drafts: Record<string, Draft>): boolean {
  let moved = false;
  for (const [old, current] of LEGACY_IDS) {
    const draft = drafts[old];
    if (!draft) continue;
    delete drafts[old];
    drafts[current] ??= draft;
    moved = true;
  }
  return moved;
}

export interface Draft {
  readonly text: string;
  /** wall-clock milliseconds of the last save */
  readonly savedAt: number;
}

/** What went wrong, for the UI to show; the store itself carries on. */
export type DraftProblem =
  | { readonly kind: 'unreadable'; readonly message: string; readonly setAsideKey: string | undefined }
  | { readonly kind: 'not-saved'; readonly message: string };

/** The part of the Web Storage API the store uses (`localStorage` satisfies it). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftStoreOptions {
  /** undefined when the browser gives no storage: drafts then live only for this page */
  readonly storage: DraftStorage | undefined;
  readonly now?: () => number;
  readonly onProblem?: (problem: DraftProblem) => void;
}

export interface DraftStore {
  /** The saved draft with this id, if any. */
  load(id: string): Draft | undefined;
  /** Saves `text` under `id`. Returns false (and reports why) when it could not be stored. */
  save(id: string, text: string): boolean;
  /** Forgets the draft with this id. */
  remove(id: string): void;
}

/** Reads the stored JSON: the drafts that are valid, and whether anything had to be left out. */
function decode(raw: string): { drafts: Record<string, Draft>; damaged: boolean } {
  const parsed = parseRecord(DRAFTS, raw);
  if (!parsed.ok) return { drafts: {}, damaged: true };
  const drafts: Record<string, Draft> = {};
  let damaged = false;
  for (const [id, draft] of Object.entries(parsed.value.drafts)) {
    if (schemaProblem('draft', draft) === undefined) {
      const { text, savedAt } = draft as Draft;
      drafts[id] = { text, savedAt };
    } else damaged = true;
  }
  return { drafts, damaged };
}

const describeError = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A draft store over `storage`. Never throws: a storage that refuses to read or write, a full quota, or
 * unreadable data are reported through `onProblem`, and the store falls back to memory for this page.
 */
export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { storage } = options;
  const now = options.now ?? Date.now;
  const report = (problem: DraftProblem) => options.onProblem?.(problem);
  let cache: Record<string, Draft> | undefined;

  const setAside = (raw: string): string | undefined => {
    const key = `${SET_ASIDE_PREFIX}${now()}`;
    try {
      storage?.setItem(key, raw);
      return key;
    } catch {
      return undefined;
    }
  };

  const read = (): Record<string, Draft> => {
    if (cache) return cache;
    let raw: string | null = null;
    try {
      raw = storage?.getItem(DRAFTS_KEY) ?? null;
    } catch (e) {
      report({
        kind: 'unreadable',
        message: `Saved drafts could not be read: ${describeError(e)}`,
        setAsideKey: undefined,
      });
    }
    if (raw === null) return (cache = {});
    const { drafts, damaged } = decode(raw);
    if (migrateIds(drafts) && !damaged) write(drafts);
    if (damaged) {
      const setAsideKey = setAside(raw);
      report({
        kind: 'unreadable',
        message: setAsideKey
          ? `Some saved drafts could not be read. The original data is kept under '${setAsideKey}'.`
          : 'Some saved drafts could not be read, and there was no room to keep a copy of them.',
        setAsideKey,
      });
      // rewrite only once a copy is safe, so the same damage is not reported on every load
      if (setAsideKey) write(drafts);
    }
    return (cache = drafts);
  };

  function write(drafts: Record<string, Draft>): boolean {
    cache = drafts;
    try {
      storage?.setItem(DRAFTS_KEY, JSON.stringify({ version: DRAFTS.version, drafts }));
      return true;
    } catch (e) {
      report({ kind: 'not-saved', message: `The draft could not be saved: ${describeError(e)}` });
      return false;
    }
  }

  return {
    load: (id) => read()[id],
    save(id, text) {
      if (text.length > MAX_DRAFT_CHARS) {
        report({
          kind: 'not-saved',
          message: `The draft is ${text.length} characters long; drafts are kept only up to ${MAX_DRAFT_CHARS}.`,
        });
        return false;
      }
      return write({ ...read(), [id]: { text, savedAt: now() } });
    },
    remove(id) {
      const { [id]: _removed, ...rest } = read();
      write(rest);
    },
  };
}

export interface Autosave {
  /** Saves `text` once no newer text has arrived for the delay. */
  schedule(text: string): void;
  /** Saves the pending text now (for page hide and unmount). */
  flush(): void;
}

/** Debounced saving of one draft: many keystrokes, one write. */
export function createAutosave(store: DraftStore, id: string, delayMs = 400): Autosave {
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return;
    const text = pending;
    pending = undefined;
    store.save(id, text);
  };
  return {
    schedule(text) {
      pending = text;
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
