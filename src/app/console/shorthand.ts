import { err, ok, type Result } from '../../lib/result';
import type { Shape } from './shape';

/** What shorthand syntax produces before the schema types it: strings, lists and key/value objects. */
export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

// character classes of the AWS CLI's shorthand grammar: a value may start with START and continue with
// FIRST_FOLLOW; later comma-separated values may not hold '=' (that is how `a=b,c=d` finds the next key)
const START = String.raw`!#-&(-+\--<>-Z\\-z|-\u{10ffff}`;
const FIRST_VALUE = new RegExp(String.raw`^(?:\\,|[${START}])(?:\\,|[\s!#-&(-+\--\\^-|~-\u{10ffff}])*`, 'u');
const SECOND_VALUE = new RegExp(String.raw`^(?:\\,|[${START}])(?:\\,|[\s!#-&(-+\--<>-\u{10ffff}])*`, 'u');
const SINGLE_QUOTED = /^'(?:\\\\|\\'|[^'])*'/;
const DOUBLE_QUOTED = /^"(?:\\\\|\\"|[^"])*"/;
const KEY_CHAR = /[A-Za-z0-9\-_.#/:]/;
const WHITESPACE = ' \t\n\r\v\f';

/** Where and why shorthand text stopped parsing; `message` is the AWS CLI's wording, caret line included. */
export class ShorthandError {
  constructor(
    readonly value: string,
    readonly index: number,
    readonly detail: { expected: string; actual: string } | { duplicateKey: string },
  ) {}

  get message(): string {
    if ('duplicateKey' in this.detail) {
      return (
        `Second instance of key "${this.detail.duplicateKey}" encountered for input:\n${this.location()}\n` +
        'This is often because there is a preceding "," instead of a space.'
      );
    }
    return `Expected: '${this.detail.expected}', received: '${this.detail.actual}' for input:\n${this.location()}`;
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

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parameter(): Record<string, ShorthandValue> {
    const params: Record<string, ShorthandValue> = {};
    let [key, value] = this.keyval();
    params[key] = value;
    let last = this.i;
    while (this.i < this.s.length) {
      this.expect(',', true);
      [key, value] = this.keyval();
      if (Object.prototype.hasOwnProperty.call(params, key)) {
        throw new ShorthandError(this.s, last + 1, { duplicateKey: key });
      }
      params[key] = value;
      last = this.i;
    }
    return params;
  }

  private keyval(): [string, ShorthandValue] {
    const key = this.key();
    this.expect('=', true);
    return [key, this.values()];
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
        if (!(e instanceof ShorthandError) || this.atEnd()) throw e;
        while (this.i >= 0 && this.s[this.i] !== ',') this.i--;
        break;
      }
    }
    return list.length === 1 ? first : list;
  }

  private explicitList(): ShorthandValue[] {
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
    return values;
  }

  private hash(): Record<string, ShorthandValue> {
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
      out[key] = value;
    }
    this.expect('}');
    return out;
  }

  private explicitValue(): ShorthandValue {
    if (this.current() === '[') return this.explicitList();
    if (this.current() === '{') return this.hash();
    return this.firstValue();
  }

  private firstValue(): string {
    const quoted = this.quoted();
    if (quoted !== undefined) return quoted;
    const m = FIRST_VALUE.exec(this.s.slice(this.i));
    if (!m) return '';
    this.i += m[0].length;
    return m[0].replaceAll('\\,', ',').trimEnd();
  }

  private secondValue(): string {
    const quoted = this.quoted();
    if (quoted !== undefined) return quoted;
    return this.mustMatch(SECOND_VALUE, 'second').replaceAll('\\,', ',').trimEnd();
  }

  private quoted(): string | undefined {
    const c = this.current();
    if (c !== "'" && c !== '"') return undefined;
    const body = this.mustMatch(
      c === "'" ? SINGLE_QUOTED : DOUBLE_QUOTED,
      c === "'" ? 'singled quoted' : 'double quoted',
    );
    return body.slice(1, -1).replaceAll(`\\${c}`, c).replaceAll('\\\\', '\\');
  }

  private mustMatch(re: RegExp, name: string): string {
    const m = re.exec(this.s.slice(this.i));
    if (!m) throw new ShorthandError(this.s, this.i, { expected: `<${name}>`, actual: '<none>' });
    this.i += m[0].length;
    return m[0];
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
