/**
 * The lexical pieces of the AWS CLI's shorthand grammar, scanned by hand in one forward pass each. The CLI
 * states them as regular expressions; run by a backtracking engine, its quoted-string pattern
 * `"(?:\\\\|\\"|[^"])*"` tries every way of pairing a run of backslashes when the closing quote is missing,
 * which doubles the work with each backslash and can freeze the tab. These scanners return exactly what those
 * patterns match, in time proportional to the text they read.
 */

/** Where a word of one of the three character classes ends. */
export type WordClass = 'start' | 'first' | 'second';

const isBlank = (code: number) => (code >= 0x09 && code <= 0x0d) || code === 0x20;

/**
 * The CLI's classes by UTF-16 code unit. Every code unit from 0x7e up belongs to all three (surrogate halves
 * included), so scanning by code unit agrees with the CLI's scan by code point.
 * - start: `! # $ % & ( ) * + - . / 0-9 : ; < > ? @ A-Z \ ] ^ _ \` a-z | } ~` and above;
 *   not blanks, `"`, `'`, `,`, `=`, `[`, `{`
 * - first (after the first character of a first value): blanks, and no `"`, `'`, `,`, `]`, `}`
 * - second (after the first character of a later value in a comma list): blanks, and no `"`, `'`, `,`, `=`
 */
function inClass(code: number, cls: WordClass): boolean {
  if (code >= 0x7e) return true;
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x2c: // ,
      return false;
  }
  if (code < 0x21) return cls !== 'start' && isBlank(code);
  switch (cls) {
    case 'start':
      return code !== 0x3d && code !== 0x5b && code !== 0x7b; // = [ {
    case 'first':
      return code !== 0x5d && code !== 0x7d; // ] }
    case 'second':
      return code !== 0x3d; // =
  }
}

/**
 * The end of the unquoted value starting at `from`: one `start` character or `\,`, then any run of `follow`
 * characters or `\,`. Returns `from` when no value starts there.
 */
export function valueEnd(s: string, from: number, follow: 'first' | 'second'): number {
  let i = from;
  let cls: WordClass = 'start';
  while (i < s.length) {
    if (s.charCodeAt(i) === 0x5c && s.charCodeAt(i + 1) === 0x2c) i += 2;
    else if (inClass(s.charCodeAt(i), cls)) i++;
    else break;
    cls = follow;
  }
  return i;
}

/**
 * The end (just past the closing quote) of the quoted value opening at `from`, or undefined when the text has
 * no quote that can close it. A backslash pairs with a following backslash or quote; the first quote not
 * taken by such a pair closes the value. When every later quote was taken by a pair, the CLI's pattern still
 * matches by reading the backslash before the last quote as a plain character, so that quote closes it.
 */
export function quotedEnd(s: string, from: number): number | undefined {
  const quote = s[from];
  let i = from + 1;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && (s[i + 1] === '\\' || s[i + 1] === quote)) i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  const last = quote === undefined ? -1 : s.lastIndexOf(quote);
  return last > from ? last + 1 : undefined;
}
