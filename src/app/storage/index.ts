import { err, ok, type Result } from '../../lib/result';
import type { StorageSchemaName } from './schemas';
import { schemaProblem } from './validate';

/**
 * Everything ECS Sandbox keeps in browser storage goes through this module: one key and one version number per
 * record kind, a JSON Schema for its current shape (`schemas.ts`), migrations from older versions, and one
 * behaviour for data that cannot be read (set aside under its own key, the learner told, a fresh record used).
 */

/** Browser storage as the app needs it (localStorage in the app, a Map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Turns a record of one version into the next. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** One kind of saved record. */
export interface RecordKind<T> {
  readonly key: string;
  /** what the learner calls it in a warning ("review schedule") */
  readonly label: string;
  /** the current format version, kept in the record's `version` field */
  readonly version: number;
  readonly schema: StorageSchemaName;
  /**
   * Upgrades, oldest first: `migrations[i]` turns version `version - migrations.length + i` into the next one.
   * A record with no `version` field is version 0.
   */
  readonly migrations?: ReadonlyArray<Migration>;
  /** rules the schema cannot state (an index within a list's length): a problem or undefined */
  readonly check?: (value: T) => string | undefined;
  readonly empty: () => T;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses saved (or imported) text of one kind: upgrades old versions one step at a time, refuses newer ones and
 * unknown ones, then validates the current shape and names the first thing wrong.
 */
export function parseRecord<T>(kind: RecordKind<T>, text: string): Result<T, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(data)) return err('it is not a JSON object');
  const migrations = kind.migrations ?? [];
  let version = data.version === undefined ? 0 : data.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return err(`it has no known format version (found ${JSON.stringify(data.version)})`);
  if (version > kind.version)
    return err(`it was saved by a newer version of ECS Sandbox (format ${version})`);
  const oldest = kind.version - migrations.length;
  if (version < oldest)
    return err(`it has no known format version (found ${JSON.stringify(data.version ?? null)})`);
  let record = data;
  for (; version < kind.version; version++) record = migrations[version - oldest]!(record);
  const problem = schemaProblem(kind.schema, record) ?? kind.check?.(record as T);
  return problem === undefined ? ok(record as T) : err(problem);
}

export interface Loaded<T> {
  readonly value: T;
  /** set when saved data could not be read: what was wrong and where the original was kept */
  readonly warning?: string;
}

/** Where unreadable text of a record is copied: `<key>:corrupt:<stamp>`. */
export const setAsideKey = (kind: { readonly key: string }, stamp: string): string =>
  `${kind.key}:corrupt:${stamp}`;

/** Copies a record's stored text aside; false when storage refused (the original then stays in place). */
export function setAside(store: KeyValueStore, kind: { readonly key: string }, stamp: string): boolean {
  try {
    const text = store.getItem(kind.key);
    if (text !== null) store.setItem(setAsideKey(kind, stamp), text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a record. Corrupt data is never dropped silently: the original text is copied under
 * `<key>:corrupt:<stamp>`, the learner is told, and a fresh record is used. Blocked storage gives the fresh
 * record and says saving will not work.
 */
export function loadRecord<T>(store: KeyValueStore, kind: RecordKind<T>, stamp: string): Loaded<T> {
  let text: string | null;
  try {
    text = store.getItem(kind.key);
  } catch {
    return {
      value: kind.empty(),
      warning: `Your ${kind.label} cannot be saved in this browser (storage is blocked).`,
    };
  }
  if (text === null) return { value: kind.empty() };
  const parsed = parseRecord(kind, text);
  if (parsed.ok) return { value: parsed.value };
  // storage full: the original stays under the main key until the next save
  setAside(store, kind, stamp);
  return {
    value: kind.empty(),
    warning: `Your saved ${kind.label} could not be read: ${parsed.error}. A copy was kept under "${setAsideKey(kind, stamp)}" and you start fresh; import an exported file to restore it.`,
  };
}

/** Writes a record; a full or blocked storage comes back as the learner's message, never thrown. */
export function saveRecord<T>(store: KeyValueStore, kind: RecordKind<T>, value: T): Result<void, string> {
  try {
    store.setItem(kind.key, JSON.stringify(value));
    return ok(undefined);
  } catch (e) {
    return err(`Your ${kind.label} could not be saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The export file's text (pretty JSON, the same format the store keeps). */
export const exportRecord = <T>(value: T): string => JSON.stringify(value, null, 2);

/** A yes/no remembered in storage (the first-visit card). Blocked storage reads as `blocked`. */
export function readFlag(store: KeyValueStore, key: string, blocked: boolean): boolean {
  try {
    return store.getItem(key) !== null;
  } catch {
    return blocked;
  }
}

export function writeFlag(store: KeyValueStore, key: string): void {
  try {
    store.setItem(key, '1');
  } catch {
    // storage blocked: remembered for this visit only
  }
}
