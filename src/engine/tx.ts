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
    });
    table[key] = value;
  }

  /** Removes `key` from a keyed table (no-op when absent). */
  remove<T>(table: Record<string, T>, key: string): void {
    if (!Object.prototype.hasOwnProperty.call(table, key)) return;
    const previous = table[key] as T;
    this.undo.push(() => {
      table[key] = previous;
    });
    delete table[key];
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
