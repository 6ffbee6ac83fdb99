import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosave,
  createDraftStore,
  DRAFTS_KEY,
  draftContextOf,
  taskDefinitionDraftId,
  MAX_DRAFT_CHARS,
  SET_ASIDE_PREFIX,
  type DraftProblem,
  type DraftStorage,
} from '../../src/app/drafts';

/** A Map-backed storage; `failWrites`/`failReads` make it behave like a full or blocked localStorage. */
class FakeStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  failReads = false;
  getItem(key: string): string | null {
    if (this.failReads) throw new Error('storage is disabled');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

function setup(initial?: string) {
  const storage = new FakeStorage();
  if (initial !== undefined) storage.items.set(DRAFTS_KEY, initial);
  const problems: DraftProblem[] = [];
  let clock = 1_000;
  const open = () => createDraftStore({ storage, now: () => clock, onProblem: (p) => problems.push(p) });
  return { storage, problems, open, tick: (ms: number) => (clock += ms) };
}

describe('draft store', () => {
  it('gives back a saved draft after a reload (a new store over the same storage)', () => {
    const { open, tick } = setup();
    open().save('sandbox/task-definition', '{"family": "web"}');
    tick(5);
    expect(open().load('sandbox/task-definition')).toEqual({ text: '{"family": "web"}', savedAt: 1_000 });
  });

  it('writes one versioned key holding every draft', () => {
    const { storage, open } = setup();
    const store = open();
    store.save('a', 'one');
    store.save('b', 'two');
    expect(JSON.parse(storage.items.get(DRAFTS_KEY)!)).toEqual({
      version: 1,
      drafts: { a: { text: 'one', savedAt: 1_000 }, b: { text: 'two', savedAt: 1_000 } },
    });
  });

  it('forgets a removed draft and keeps the others', () => {
    const { open } = setup();
    const store = open();
    store.save('a', 'one');
    store.save('b', 'two');
    store.remove('a');
    const reloaded = open();
    expect(reloaded.load('a')).toBeUndefined();
    expect(reloaded.load('b')?.text).toBe('two');
  });

  it('moves the draft saved before drafts had contexts to the sandbox, once', () => {
    const old = { text: '{"family": "old"}', savedAt: 5 };
    const { storage, open, problems } = setup(
      JSON.stringify({ version: 1, drafts: { 'task-definition': old } }),
    );
    expect(open().load(taskDefinitionDraftId('sandbox'))).toEqual(old);
    expect(JSON.parse(storage.items.get(DRAFTS_KEY)!)).toEqual({
      version: 1,
      drafts: { 'sandbox/task-definition': old },
    });
    expect(open().load('task-definition')).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('keeps a newer sandbox draft over the old one when both are stored', () => {
    const old = { text: 'old', savedAt: 5 };
    const newer = { text: 'newer', savedAt: 9 };
    const { open } = setup(
      JSON.stringify({ version: 1, drafts: { 'task-definition': old, 'sandbox/task-definition': newer } }),
    );
    expect(open().load(taskDefinitionDraftId('sandbox'))).toEqual(newer);
  });

  it('gives each lesson its own draft context and every sandbox scenario the same one', () => {
    expect(draftContextOf('lesson:02-memory')).toBe('lesson:02-memory');
    expect(draftContextOf('mixed-fleet')).toBe('sandbox');
    expect(draftContextOf('empty-cluster')).toBe('sandbox');
    expect(taskDefinitionDraftId('lesson:02-memory')).not.toBe(taskDefinitionDraftId('sandbox'));
  });

  it('reports nothing when there is nothing saved yet', () => {
    const { open, problems } = setup();
    expect(open().load('x')).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{"version": 1, "drafts": {'],
    ['an unknown version', '{"version": 7, "drafts": {}}'],
    ['drafts that are not an object', '{"version": 1, "drafts": 3}'],
    ['null', 'null'],
  ])('sets aside %s, reports it and starts empty', (_name, raw) => {
    const { storage, open, problems } = setup(raw);
    expect(open().load('a')).toBeUndefined();
    const key = `${SET_ASIDE_PREFIX}1000`;
    expect(storage.items.get(key)).toBe(raw);
    expect(problems).toEqual([expect.objectContaining({ kind: 'unreadable', setAsideKey: key })]);
    expect(problems[0]!.message).toContain(key);
  });

  it('keeps the readable drafts when only some entries are damaged', () => {
    const raw = JSON.stringify({
      version: 1,
      drafts: { good: { text: 'ok', savedAt: 1 }, bad: { text: 42 } },
    });
    const { storage, open, problems } = setup(raw);
    expect(open().load('good')?.text).toBe('ok');
    expect(storage.items.get(`${SET_ASIDE_PREFIX}1000`)).toBe(raw);
    expect(problems).toHaveLength(1);
  });

  it('reports damaged data once, not on every reload', () => {
    const { open, problems } = setup('garbage');
    open().load('a');
    open().load('a');
    expect(problems).toHaveLength(1);
  });

  it('leaves damaged data in place when there is no room to keep a copy', () => {
    const { storage, open, problems } = setup('garbage');
    storage.failWrites = true;
    expect(open().load('a')).toBeUndefined();
    expect(storage.items.get(DRAFTS_KEY)).toBe('garbage');
    expect(problems).toEqual([expect.objectContaining({ kind: 'unreadable', setAsideKey: undefined })]);
  });

  it('reports a full storage instead of throwing, and keeps the draft for this page', () => {
    const { storage, open, problems } = setup();
    storage.failWrites = true;
    const store = open();
    expect(store.save('a', 'text')).toBe(false);
    expect(store.load('a')?.text).toBe('text');
    expect(problems).toEqual([expect.objectContaining({ kind: 'not-saved' })]);
  });

  it('reports a storage that refuses to be read instead of throwing', () => {
    const { storage, open, problems } = setup();
    storage.failReads = true;
    expect(open().load('a')).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ kind: 'unreadable' })]);
  });

  it('works in memory when the browser gives no storage', () => {
    const store = createDraftStore({ storage: undefined });
    expect(store.save('a', 'text')).toBe(true);
    expect(store.load('a')?.text).toBe('text');
  });

  it('refuses a draft above the size limit and says why', () => {
    const { open, problems, storage } = setup();
    expect(open().save('a', 'x'.repeat(MAX_DRAFT_CHARS + 1))).toBe(false);
    expect(storage.items.has(DRAFTS_KEY)).toBe(false);
    expect(problems[0]).toMatchObject({ kind: 'not-saved' });
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, with the last text, after typing pauses', () => {
    const { open, storage } = setup();
    const save = vi.spyOn(storage, 'setItem');
    const autosave = createAutosave(open(), 'td', 400);
    autosave.schedule('a');
    vi.advanceTimersByTime(300);
    autosave.schedule('ab');
    vi.advanceTimersByTime(399);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(open().load('td')?.text).toBe('ab');
  });

  it('saves the pending text at once on flush, and only once', () => {
    const { open, storage } = setup();
    const save = vi.spyOn(storage, 'setItem');
    const autosave = createAutosave(open(), 'td', 400);
    autosave.schedule('abc');
    autosave.flush();
    vi.advanceTimersByTime(1_000);
    autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(open().load('td')?.text).toBe('abc');
  });
});
