import type { ConsoleResult } from './console/index';

/** One command on the console screen and what it printed. */
export interface ConsoleEntry {
  readonly id: number;
  readonly line: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly notes: ReadonlyArray<string>;
}

/** The screen keeps this many entries; older ones scroll away. */
export const SCREEN_ENTRIES = 100;

/**
 * The console's screen and line history. It lives with the session, like the Run task form's fields, so
 * switching tabs (which unmounts the console) keeps both; the panel only renders and edits the current line.
 */
export class ConsoleLog {
  entries = $state.raw<ReadonlyArray<ConsoleEntry>>([]);
  /** every non-blank line entered, oldest first (↑/↓ and `history`) */
  lines = $state.raw<ReadonlyArray<string>>([]);
  /** where ↑/↓ is in `lines`; -1 is the new line being typed */
  #cursor = -1;
  #nextId = 0;

  /** Records a line that was run and what it printed; `clear` empties the screen, `history` lists the lines. */
  record(line: string, result: Pick<ConsoleResult, 'builtin' | 'stdout' | 'stderr' | 'notes'>): void {
    this.#cursor = -1;
    if (line.trim()) this.lines = [...this.lines, line];
    if (result.builtin === 'clear') {
      this.entries = [];
      return;
    }
    const stdout =
      result.builtin === 'history'
        ? this.lines.map((l, i) => `${String(i + 1).padStart(4)}  ${l}`).join('\n')
        : result.stdout;
    const entry = { id: this.#nextId++, line, stdout, stderr: result.stderr, notes: result.notes ?? [] };
    this.entries = [...this.entries, entry].slice(-SCREEN_ENTRIES);
  }

  /** ↑ (`-1`) or ↓ (`1`) through earlier lines: the line to show, '' past the newest; undefined with no history. */
  recall(by: -1 | 1): string | undefined {
    const n = this.lines.length;
    if (!n) return undefined;
    if (by === -1) this.#cursor = this.#cursor < 0 ? n - 1 : Math.max(0, this.#cursor - 1);
    else this.#cursor = this.#cursor < 0 ? -1 : this.#cursor + 1;
    if (this.#cursor >= n) this.#cursor = -1;
    return this.#cursor < 0 ? '' : this.lines[this.#cursor]!;
  }
}
