import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  emptyProgress,
  exportProgress,
  loadProgress,
  parseProgress,
  saveProgress,
  updateLesson,
  type KeyValueStore,
} from '../../src/app/progress';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('progress persistence', () => {
  it('round-trips saved progress', () => {
    const store = memoryStore();
    const p = updateLesson(emptyProgress(), '01-four-nouns', (l) => ({
      ...l,
      goalsMet: ['g1'],
      hints: { g1: 2 },
    }));
    expect(saveProgress(store, p).ok).toBe(true);
    expect(loadProgress(store, 't').progress).toEqual(p);
    expect(p.lastLesson).toBe('01-four-nouns');
  });

  it('starts empty when nothing was saved', () => {
    expect(loadProgress(memoryStore(), 't')).toEqual({ progress: emptyProgress() });
  });

  it('keeps corrupt data aside, warns, and starts fresh', () => {
    const store = memoryStore({ [PROGRESS_KEY]: '{"version":1,"lessons":' });
    const loaded = loadProgress(store, '2026-01-01T00-00-00Z');
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.warning).toMatch(/could not be read: it is not valid JSON/);
    expect(store.data.get('ecs-sandbox:progress:corrupt:2026-01-01T00-00-00Z')).toBe(
      '{"version":1,"lessons":',
    );
  });

  it.each([
    ['a non-object', '[1,2]', /not a JSON object/],
    [
      'a lesson with a bad field',
      '{"version":1,"lessons":{"x":{"goalsMet":"g1","completed":false,"solutionViewed":false,"hints":{},"quiz":{}}}}',
      /"lessons\.x\.goalsMet" is not a list/,
    ],
    ['a newer format', '{"version":9,"lessons":{}}', /newer version/],
  ])('names what is wrong with %s', (_name, text, message) => {
    const r = parseProgress(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });

  it('migrates the version-0 shape to version 1', () => {
    const r = parseProgress('{"done":["01-four-nouns"]}');
    expect(r.ok && r.value.lessons['01-four-nouns']?.completed).toBe(true);
    expect(r.ok && r.value.version).toBe(1);
  });

  it('exports text that imports back to the same progress', () => {
    const p = updateLesson(emptyProgress(), '02-task-definitions', (l) => ({ ...l, completed: true }));
    const r = parseProgress(exportProgress(p));
    expect(r.ok && r.value).toEqual(p);
  });

  it('reports a save that storage refuses', () => {
    const store: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const r = saveProgress(store, emptyProgress());
    expect(!r.ok && r.error).toMatch(/could not be saved: QuotaExceededError/);
  });
});
