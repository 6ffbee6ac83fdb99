/**
 * Splits a cluster query expression into tokens. Context-free: whether a word is a subject, a keyword
 * (`and`, `in`, …) or a value is decided by the parser from its position.
 */

export type TokenKind =
  | 'word'
  | 'string'
  /** a single-quoted string with no closing quote: runs to the end of the text */
  | 'unclosedString'
  | 'symbol'
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** the source text of the token */
  readonly text: string;
  /** words: the text; strings: the contents with `''` turned into `'` */
  readonly value: string;
  readonly offset: number;
  readonly length: number;
}

const TWO_CHAR_SYMBOLS = new Set(['==', '!=', '=~', '!~', '>=', '<=', '&&', '||']);
const PUNCTUATION = new Set(['(', ')', '[', ']', ',']);
const SPACE = /\s/;

function twoCharSymbolAt(text: string, i: number): string | undefined {
  const pair = text.slice(i, i + 2);
  return TWO_CHAR_SYMBOLS.has(pair) ? pair : undefined;
}

/** true where a bare word must stop: space, punctuation, a quote, or the start of a comparison symbol */
function endsWord(text: string, i: number): boolean {
  const c = text.charAt(i);
  return (
    SPACE.test(c) ||
    PUNCTUATION.has(c) ||
    c === "'" ||
    c === '<' ||
    c === '>' ||
    twoCharSymbolAt(text, i) !== undefined
  );
}

function readString(text: string, start: number): Token {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "'") {
      if (text.charAt(i + 1) !== "'") {
        return {
          kind: 'string',
          text: text.slice(start, i + 1),
          value,
          offset: start,
          length: i + 1 - start,
        };
      }
      value += "'";
      i += 2;
    } else {
      value += c;
      i += 1;
    }
  }
  return {
    kind: 'unclosedString',
    text: text.slice(start),
    value,
    offset: start,
    length: text.length - start,
  };
}

/**
 * Tokenizes `text`. Never fails: an unclosed quote becomes an `unclosedString` token for the parser to
 * report. The list always ends with an `end` token placed just after the last real token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, length: number, value?: string): void => {
    const slice = text.slice(i, i + length);
    tokens.push({ kind, text: slice, value: value ?? slice, offset: i, length });
    i += length;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (SPACE.test(c)) {
      i += 1;
    } else if (PUNCTUATION.has(c)) {
      push(c as TokenKind, 1);
    } else if (c === "'") {
      const token = readString(text, i);
      tokens.push(token);
      i += token.length;
    } else if (twoCharSymbolAt(text, i) !== undefined) {
      push('symbol', 2);
    } else if (c === '<' || c === '>' || c === '!') {
      push('symbol', 1);
    } else {
      let end = i + 1;
      while (end < text.length && !endsWord(text, end)) end += 1;
      push('word', end - i);
    }
  }
  const last = tokens[tokens.length - 1];
  const endOffset = last ? last.offset + last.length : 0;
  tokens.push({ kind: 'end', text: '', value: '', offset: endOffset, length: 1 });
  return tokens;
}

/** True when `value` can be written without quotes: it reads back as exactly one word with that text. */
export function isBareWord(value: string): boolean {
  const tokens = tokenize(value);
  return tokens.length === 2 && tokens[0]?.kind === 'word' && tokens[0].text === value;
}
