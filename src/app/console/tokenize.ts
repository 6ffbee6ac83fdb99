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

/** bash's $'…' escapes: how a learner types a multi-line user-data script on one line */
const ANSI_C_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/**
 * Reads the body of a $'…' word from `from` (just past the opening quote): returns the text and the index past
 * the closing quote, or undefined when the line never closes it. `\xHH` gives that byte; an unknown escape keeps
 * its backslash, as bash does.
 */
function readAnsiC(line: string, from: number): { text: string; next: number } | undefined {
  let text = '';
  let i = from;
  while (i < line.length) {
    const c = line[i]!;
    if (c === "'") return { text, next: i + 1 };
    if (c !== '\\' || i + 1 >= line.length) {
      text += c;
      i++;
      continue;
    }
    const e = line[i + 1]!;
    const hex = e === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(line.slice(i + 2, i + 4)) : null;
    if (hex) {
      text += String.fromCharCode(parseInt(hex[0], 16));
      i += 2 + hex[0].length;
    } else {
      text += ANSI_C_ESCAPES[e] ?? `\\${e}`;
      i += 2;
    }
  }
  return undefined;
}

/**
 * Splits a command line into words like a POSIX shell does, without ever failing: single quotes are literal,
 * double quotes honour `\"` `\\` `\$` and `` \` ``, bash's `$'…'` reads escapes such as `\n`, a backslash outside
 * quotes escapes the next character, and a backslash before a newline joins the lines. Pure; completion uses it
 * on half-typed lines.
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
    } else if (c === '$' && line[i + 1] === "'") {
      begin();
      const body = readAnsiC(line, i + 2);
      if (!body) {
        text += line.slice(i + 2);
        const column = i + 1;
        i = line.length;
        finish();
        return { words, open: { quote: "'", column }, trailingSpace: false };
      }
      text += body.text;
      i = body.next;
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
