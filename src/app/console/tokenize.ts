import { err, ok, type Result } from '../../lib/result';

/** One shell word: its text after quote removal, and where it sits in the line (0-based, end exclusive). */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A quote that the line never closes; `column` is 1-based, as an editor shows it. */
export interface OpenQuote {
  readonly quote: "'" | '"';
  readonly column: number;
}

export interface Scan {
  readonly words: Word[];
  /** set when the line ends inside quotes; the last word then holds the text typed so far */
  readonly open?: OpenQuote;
  /** true when the line ends in whitespace, i.e. the next word has not started */
  readonly trailingSpace: boolean;
}

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** characters a backslash escapes inside double quotes, as in POSIX shells */
const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`']);

/**
 * Splits a command line into words like a POSIX shell does, without ever failing: single quotes are literal,
 * double quotes honour `\"` `\\` `\$` and `` \` ``, a backslash outside quotes escapes the next character, and a
 * backslash before a newline joins the lines. Pure; completion uses it on half-typed lines.
 */
export function scanWords(line: string): Scan {
  const words: Word[] = [];
  let text = '';
  let start = -1;
  let i = 0;
  const begin = () => {
    if (start < 0) start = i;
  };
  const finish = () => {
    if (start >= 0) words.push({ text, start, end: i });
    text = '';
    start = -1;
  };

  while (i < line.length) {
    const c = line[i]!;
    if (isBlank(c)) {
      finish();
      i++;
    } else if (c === '\\') {
      const next = line[i + 1];
      if (next === '\n' || (next === '\r' && line[i + 2] === '\n') || next === undefined) {
        // line continuation: the backslash and the newline vanish (a backslash that ends the text, too)
        i += next === undefined ? 1 : next === '\r' ? 3 : 2;
      } else {
        begin();
        text += next;
        i += 2;
      }
    } else if (c === "'" || c === '"') {
      begin();
      const opened = i;
      i++;
      let closed = false;
      while (i < line.length) {
        const q = line[i]!;
        if (q === c) {
          closed = true;
          i++;
          break;
        }
        if (c === '"' && q === '\\') {
          const next = line[i + 1];
          if (next === '\n') {
            i += 2;
            continue;
          }
          if (next !== undefined && DOUBLE_QUOTE_ESCAPES.has(next)) {
            text += next;
            i += 2;
            continue;
          }
        }
        text += q;
        i++;
      }
      if (!closed) {
        finish();
        return { words, open: { quote: c, column: opened + 1 }, trailingSpace: false };
      }
    } else {
      begin();
      text += c;
      i++;
    }
  }
  const trailingSpace = start < 0 && line.length > 0;
  finish();
  return { words, trailingSpace };
}

/**
 * Splits a command line into shell words. Fails only for a quote that is never closed, naming the quote's
 * column so the learner can find it.
 */
export function tokenize(line: string): Result<Word[], string> {
  const scan = scanWords(line);
  if (scan.open) {
    const kind = scan.open.quote === "'" ? 'single' : 'double';
    return err(
      `Unterminated ${kind} quote: the ${scan.open.quote} at column ${scan.open.column} is never closed. Add the closing ${scan.open.quote}.`,
    );
  }
  return ok(scan.words);
}
