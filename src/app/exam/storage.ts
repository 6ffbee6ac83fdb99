import { err, ok, type Result } from '../../lib/result';
import type { KeyValueStore } from '../progress';

/** How one versioned record is kept in browser storage. */
export interface StoredFormat<T> {
  readonly key: string;
  /** what the learner calls it in a warning ("review schedule") */
  readonly label: string;
  readonly empty: () => T;
  readonly parse: (text: string) => Result<T, string>;
}

export interface Loaded<T> {
  readonly value: T;
  /** set when saved data could not be read: what was wrong and where the original was kept */
  readonly warning?: string;
}

/**
 * Reads a record. Corrupt data is never dropped silently: the original text is copied under
 * `<key>:corrupt:<stamp>`, the learner is told, and a fresh record is used. Lesson progress and the review
 * schedule are both kept this way.
 */
export function loadStored<T>(store: KeyValueStore, format: StoredFormat<T>, stamp: string): Loaded<T> {
  let text: string | null;
  try {
    text = store.getItem(format.key);
  } catch {
    return {
      value: format.empty(),
      warning: `Your ${format.label} cannot be saved in this browser (storage is blocked).`,
    };
  }
  if (text === null) return { value: format.empty() };
  const parsed = format.parse(text);
  if (parsed.ok) return { value: parsed.value };
  const aside = `${format.key}:corrupt:${stamp}`;
  try {
    store.setItem(aside, text);
  } catch {
    // storage full: the original stays under the main key until the next save
  }
  return {
    value: format.empty(),
    warning: `Your saved ${format.label} could not be read: ${parsed.error}. A copy was kept under "${aside}" and you start fresh; import an exported file to restore it.`,
  };
}

export function saveStored<T>(store: KeyValueStore, format: StoredFormat<T>, value: T): Result<void, string> {
  try {
    store.setItem(format.key, JSON.stringify(value));
    return ok(undefined);
  } catch (e) {
    return err(`Your ${format.label} could not be saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Parses versioned JSON: upgrades old versions one step at a time (`migrations[i]` turns version i into
 * i + 1), refuses newer ones, then validates the current shape with `check` (a problem description or
 * `undefined`).
 */
export function parseVersioned<T>(
  text: string,
  current: number,
  migrations: ReadonlyArray<(old: Record<string, unknown>) => Record<string, unknown>>,
  check: (data: Record<string, unknown>) => string | undefined,
): Result<T, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(data)) return err('it is not a JSON object');
  let version = typeof data.version === 'number' ? data.version : 0;
  if (version > current) return err(`it was saved by a newer version of ECS Sandbox (format ${version})`);
  if (version < current - migrations.length)
    return err(`it has no known format version (found ${JSON.stringify(data.version ?? null)})`);
  let record: Record<string, unknown> = data;
  while (version < current) {
    record = migrations[version - (current - migrations.length)]!(record);
    version++;
  }
  const problem = check(record);
  return problem === undefined ? ok(record as T) : err(problem);
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
