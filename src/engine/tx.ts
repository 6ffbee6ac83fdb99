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
export class Tx {
  private readonly undo: Array<() => void> = [];

  /** Puts `value` under `key` in a keyed table. */
  set<T>(table: Record<string, T>, key: string, value: T): void {
    const had = Object.prototype.hasOwnProperty.call(table, key);
    const previous = table[key];
    this.undo.push(() => {
      if (had) table[key] = previous as T;
      else delete table[key];
      changed(table, key, value, previous);
    });
    table[key] = value;
    changed(table, key, previous, value);
  }

  /** Removes `key` from a keyed table (no-op when absent). */
  remove<T>(table: Record<string, T>, key: string): void {
    if (!Object.prototype.hasOwnProperty.call(table, key)) return;
    const previous = table[key] as T;
    this.undo.push(() => {
      table[key] = previous;
      changed(table, key, undefined, previous);
    });
    delete table[key];
    changed(table, key, previous, undefined);
  }

  /** Changes one field of a mutable holder object (clock, counters, generator state). */
  assign<O extends object, K extends keyof O>(holder: O, field: K, value: O[K]): void {
    const previous = holder[field];
    this.undo.push(() => {
      holder[field] = previous;
    });
    holder[field] = value;
  }

  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]!();
    this.undo.length = 0;
  }
}
