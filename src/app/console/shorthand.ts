import { err, ok, type Result } from '../../lib/result';
import type { Shape } from './shape';
import { quotedEnd, valueEnd } from './shorthandScan';

/** What shorthand syntax produces before the schema types it: strings, lists and key/value objects. */
export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

const KEY_CHAR = /[A-Za-z0-9\-_.#/:]/;
const WHITESPACE = ' \t\n\r\v\f';
/** how deep `[…]` and `{…}` may nest; no request shape comes close, and it keeps the parser off the stack limit */
export const MAX_NESTING = 64;
const FILE_PREFIX = /^fileb?:\/\//;

/** Why shorthand text stopped parsing. */
type ShorthandProblem =
  | { readonly expected: string; readonly actual: string }
  | { readonly duplicateKey: string }
  /** `[` and `{` opened more than MAX_NESTING deep */
  | { readonly tooDeep: true }
  /** `key@=file://…`: the CLI would read a file, and the browser has none */
  | { readonly filePrefix: string };

/**
 * Where and why shorthand text stopped parsing; `message` is the AWS CLI's wording with its caret line, or
 * ours for what only this console refuses (nesting past MAX_NESTING, files).
 */
export class ShorthandError {
  constructor(
    readonly value: string,
    readonly index: number,
    readonly detail: ShorthandProblem,
  ) {}

  get message(): string {
    const d = this.detail;
    if ('duplicateKey' in d) {
      return (
        `Second instance of key "${d.duplicateKey}" encountered for input:\n${this.location()}\n` +
        'This is often because there is a preceding "," instead of a space.'
      );
    }
    if ('tooDeep' in d) {
      return (
        `Lists and structures nest more than ${MAX_NESTING} levels deep in input:\n${this.location()}\n` +
        'No request goes that deep; look for a [ or { that is never closed.'
      );
    }
    if ('filePrefix' in d) return noFileSystem(d.filePrefix, 'key=value in place of key@=file://…');
    return `Expected: '${d.expected}', received: '${d.actual}' for input:\n${this.location()}`;
  }

  /** the input with a caret under the failing character (counted from the last newline before it) */
  private location(): string {
    const before = this.value.slice(0, this.index);
    const spaces = before.includes('\n') ? this.index - before.lastIndexOf('\n') - 1 : this.index;
    const nextNewline = this.value.indexOf('\n', this.index);
    const consumed = nextNewline < 0 ? this.value : this.value.slice(0, nextNewline);
    const remaining = nextNewline < 0 ? '' : this.value.slice(nextNewline);
    return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
  }
}

/** Why `file://` and `fileb://` values are refused here; `instead` shows what to type. */
export function noFileSystem(prefix: string, instead: string): string {
  return `${prefix} values are not available in this console (there is no file system). Paste the value itself instead: ${instead}.`;
}

/** Sets an own property, so that a key such as `__proto__` is data and never the object's prototype. */
function setMember(target: Record<string, ShorthandValue>, key: string, value: ShorthandValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The `file://` or `fileb://` that a value (or one of its list items) starts with, if any. */
function filePrefixIn(value: ShorthandValue): string | undefined {
  if (typeof value === 'string') return FILE_PREFIX.exec(value)?.[0];
  if (Array.isArray(value)) return value.map(filePrefixIn).find((p) => p !== undefined);
  return undefined;
}

/**
 * A recursive-descent parser over the CLI's shorthand grammar:
 *   parameter = keyval *("," keyval);  keyval = key ("=" / "@=") values
 *   values = explicit-list / hash-literal / csv-list
 * Every step either consumes input or fails, and the lexical scans are linear (`shorthandScan.ts`), so a
 * parse takes time in proportion to the text.
 */
class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  parameter(): Record<string, ShorthandValue> {
    const params: Record<string, ShorthandValue> = {};
    let [key, value] = this.keyval();
    setMember(params, key, value);
    let last = this.i;
    while (this.i < this.s.length) {
      this.expect(',', true);
      [key, value] = this.keyval();
      if (Object.prototype.hasOwnProperty.call(params, key)) {
        throw new ShorthandError(this.s, last + 1, { duplicateKey: key });
      }
      setMember(params, key, value);
      last = this.i;
    }
    return params;
  }

  /** `key=values`, or `key@=values` (AWS CLI v2: a `file://`/`fileb://` value is read from that file) */
  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.skipWhitespace();
    const fromFile = this.current() === '@';
    if (fromFile) this.i++;
    this.expect('=', true);
    const start = this.i;
    const values = this.values();
    const prefix = fromFile ? filePrefixIn(values) : undefined;
    if (prefix) throw new ShorthandError(this.s, start, { filePrefix: prefix });
    return [key, values];
  }

  private key(): string {
    const start = this.i;
    while (this.i < this.s.length && KEY_CHAR.test(this.s[this.i]!)) this.i++;
    return this.s.slice(start, this.i);
  }

  private values(): ShorthandValue {
    if (this.atEnd()) return '';
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hash();
    return this.csvValue();
  }

  /** `a=b` gives 'b'; `a=b,c` gives ['b', 'c']; backs off to the comma before a following `key=` */
  private csvValue(): ShorthandValue {
    const first = this.firstValue();
    this.skipWhitespace();
    if (this.atEnd() || this.current() !== ',') return first;
    this.expect(',', true);
    const list: ShorthandValue[] = [first];
    for (;;) {
      try {
        const next = this.secondValue();
        this.skipWhitespace();
        if (this.atEnd()) {
          list.push(next);
          break;
        }
        this.expect(',', true);
        list.push(next);
      } catch (e) {
        if (!(e instanceof ShorthandError) || !('expected' in e.detail) || this.atEnd()) throw e;
        while (this.i >= 0 && this.s[this.i] !== ',') this.i--;
        break;
      }
    }
    return list.length === 1 ? first : list;
  }

  private explicitList(): ShorthandValue[] {
    this.enter();
    this.expect('[', true);
    const values: ShorthandValue[] = [];
    while (this.current() !== ']') {
      values.push(this.explicitValue());
      this.skipWhitespace();
      if (this.current() !== ']') {
        this.expect(',');
        this.skipWhitespace();
      }
    }
    this.expect(']');
    this.depth--;
    return values;
  }

  private hash(): Record<string, ShorthandValue> {
    this.enter();
    this.expect('{', true);
    const out: Record<string, ShorthandValue> = {};
    while (this.current() !== '}') {
      const key = this.key();
      this.expect('=', true);
      const value = this.explicitValue();
      this.skipWhitespace();
      if (this.current() !== '}') {
        this.expect(',');
        this.skipWhitespace();
      }
      setMember(out, key, value);
    }
    this.expect('}');
    this.depth--;
    return out;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) throw new ShorthandError(this.s, this.i, { tooDeep: true });
  }

  private explicitValue(): ShorthandValue {
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hash();
    return this.firstValue();
  }

  private firstValue(): string {
    const quoted = this.quoted();
    if (quoted !== undefined) return quoted;
    const start = this.i;
    this.i = valueEnd(this.s, start, 'first');
    return this.s.slice(start, this.i).replaceAll('\\,', ',').trimEnd();
  }

  private secondValue(): string {
    const quoted = this.quoted();
    if (quoted !== undefined) return quoted;
    const start = this.i;
    const end = valueEnd(this.s, start, 'second');
    if (end === start) throw new ShorthandError(this.s, start, { expected: '<second>', actual: '<none>' });
    this.i = end;
    return this.s.slice(start, end).replaceAll('\\,', ',').trimEnd();
  }

  private quoted(): string | undefined {
    const c = this.current();
    if (c !== "'" && c !== '"') return undefined;
    const end = quotedEnd(this.s, this.i);
    if (end === undefined) {
      const name = c === "'" ? 'singled quoted' : 'double quoted';
      throw new ShorthandError(this.s, this.i, { expected: `<${name}>`, actual: '<none>' });
    }
    const body = this.s.slice(this.i + 1, end - 1);
    this.i = end;
    return body.replaceAll(`\\${c}`, c).replaceAll('\\\\', '\\');
  }

  private expect(char: string, skipWhitespace = false): void {
    if (skipWhitespace) this.skipWhitespace();
    if (this.atEnd()) throw new ShorthandError(this.s, this.i, { expected: char, actual: 'EOF' });
    const actual = this.s[this.i]!;
    if (actual !== char) throw new ShorthandError(this.s, this.i, { expected: char, actual });
    this.i++;
    if (skipWhitespace) this.skipWhitespace();
  }

  private skipWhitespace(): void {
    while (!this.atEnd() && WHITESPACE.includes(this.s[this.i]!)) this.i++;
  }

  private current(): string | undefined {
    return this.s[this.i];
  }

  private atEnd(): boolean {
    return this.i >= this.s.length;
  }
}

/**
 * Parses the AWS CLI's shorthand syntax (`type=spread,field=attribute:ecs.availability-zone`,
 * `awsvpcConfiguration={subnets=[subnet-1,subnet-2],assignPublicIp=ENABLED}`) into untyped values. Pure.
 */
export function parseShorthand(text: string): Result<Record<string, ShorthandValue>, ShorthandError> {
  try {
    return ok(new Parser(text).parameter());
  } catch (e) {
    if (e instanceof ShorthandError) return err(e);
    throw e;
  }
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Types shorthand output by the schema, as the CLI does: numbers and booleans from their text, a single
 * value where a list is expected becomes a one-element list, and a list of words for a list of one-member
 * structures becomes that member's values. Anything the schema does not describe is left for the engine to
 * judge. Pure: returns a new value.
 */
export function conform(value: unknown, shape: Shape | undefined): unknown {
  if (!shape) return value;
  switch (shape.kind) {
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, conform(v, shape.member(k))]));
    }
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, conform(v, shape.values)]));
    }
    case 'list': {
      const list = Array.isArray(value) ? value : [value];
      const items = shape.items;
      const only = items?.kind === 'structure' ? items.members : [];
      if (Array.isArray(value) && only.length === 1) {
        const [name, member] = only[0]!;
        return list.map((v) => (typeof v === 'string' ? { [name]: conform(v, member) } : conform(v, items)));
      }
      return list.map((v) => conform(v, items));
    }
    case 'integer':
      return typeof value === 'string' && INTEGER.test(value) ? Number(value) : value;
    case 'double':
      return typeof value === 'string' && NUMBER.test(value) ? Number(value) : value;
    case 'boolean':
      if (typeof value !== 'string') return value;
      return value.toLowerCase() === 'true' ? true : value.toLowerCase() === 'false' ? false : value;
    default:
      return value;
  }
}
