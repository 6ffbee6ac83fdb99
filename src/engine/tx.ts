/** Told of every write to a keyed table it observes: the value before (undefined: none) and after. */
export type TableObserver<T> = (key: string, before: T | undefined, after: T | undefined) => void;

const observers = new WeakMap<object, TableObserver<never>>();

/**
 * Has `observer` told of every write and every undo to `table` made through a `Tx` (derived indexes, see
 * indexes.ts). Looked up at each write and each undo, so an index built halfway through a call sees that call's
 * rollback too.
 */
export function observeTable<T>(table: Record<string, T>, observer: TableObserver<T>): void {
  observers.set(table, observer as TableObserver<never>);
}

const changed = <T>(table: Record<string, T>, key: string, before: T | undefined, after: T | undefined) =>
  (observers.get(table) as TableObserver<T> | undefined)?.(key, before, after);

/**
 * A write journal for one engine call. Handlers change state only through it, so a call that throws halfway
 * is undone exactly (`rollback`), and a call that succeeds costs no copy of the whole state.
 *
 * Records are replaced, never mutated in place: `set(table, key, { ...old, field })`.
 */
/** What undoing one journal entry does (the entry is four slots: what, where, which key, the value before). */
const SET_OVER = 0; // a set over an existing value: put the previous one back
const SET_NEW = 1; // a set of a new key: delete it
const REMOVED = 2; // a remove: put the previous value back
const ASSIGNED = 3; // an assign to a holder's field: put the previous value back

export class Tx {
  /**
   * The undo journal, flat: four slots per write instead of a closure per write (placement writes several records
   * per task, and closures were a tenth of its allocation).
   */
  private readonly journal: unknown[] = [];

  /** Puts `value` under `key` in a keyed table. */
  set<T>(table: Record<string, T>, key: string, value: T): void {
    const had = Object.prototype.hasOwnProperty.call(table, key);
    const previous = table[key];
    this.journal.push(had ? SET_OVER : SET_NEW, table, key, previous);
    table[key] = value;
    changed(table, key, previous, value);
  }

  /** Removes `key` from a keyed table (no-op when absent). */
  remove<T>(table: Record<string, T>, key: string): void {
    if (!Object.prototype.hasOwnProperty.call(table, key)) return;
    const previous = table[key] as T;
    this.journal.push(REMOVED, table, key, previous);
    delete table[key];
    changed(table, key, previous, undefined);
  }

  /** Changes one field of a mutable holder object (clock, counters, generator state). */
  assign<O extends object, K extends keyof O>(holder: O, field: K, value: O[K]): void {
    this.journal.push(ASSIGNED, holder, field, holder[field]);
    holder[field] = value;
  }

  rollback(): void {
    const j = this.journal;
    for (let i = j.length - 4; i >= 0; i -= 4) {
      const what = j[i] as number;
      const previous = j[i + 3];
      if (what === ASSIGNED) {
        (j[i + 1] as Record<PropertyKey, unknown>)[j[i + 2] as PropertyKey] = previous;
        continue;
      }
      const table = j[i + 1] as Record<string, unknown>;
      const key = j[i + 2] as string;
      // entries are undone newest first, so the table holds exactly what this entry wrote
      const current = what === REMOVED ? undefined : table[key];
      if (what === SET_NEW) delete table[key];
      else table[key] = previous;
      changed(table, key, current, what === SET_NEW ? undefined : previous);
    }
    j.length = 0;
  }
}
