/**
 * A tiny JSON parser that keeps the text offsets of every value and key, so a member path from the engine
 * (`containerDefinitions[0].portMappings[1].hostPort`) can be turned into a range in the editor text, and a
 * position in the text back into a path. No dependency on Monaco: it runs in Node tests too.
 */

interface NodeBase {
  /** offset of the value's first character in the text */
  readonly offset: number;
  /** length of the value's text (for strings, including the quotes) */
  readonly length: number;
}

export interface JsonProperty {
  readonly key: string;
  readonly keyOffset: number;
  readonly keyLength: number;
  readonly value: JsonNode;
}

export type JsonNode =
  | (NodeBase & { readonly kind: 'object'; readonly properties: ReadonlyArray<JsonProperty> })
  | (NodeBase & { readonly kind: 'array'; readonly items: ReadonlyArray<JsonNode> })
  | (NodeBase & { readonly kind: 'string'; readonly value: string })
  | (NodeBase & { readonly kind: 'number' | 'boolean' | 'null' });

/** A path segment: a member name or an array index. */
export type PathSegment = string | number;

class SyntaxProblem extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Parses `text` as strict JSON. Returns undefined when it is not valid JSON (Monaco reports syntax errors). */
export function parseJsonTree(text: string): JsonNode | undefined {
  let pos = 0;

  const skipWhitespace = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };

  const expect = (literal: string) => {
    if (!text.startsWith(literal, pos)) throw new SyntaxProblem();
    pos += literal.length;
  };

  const parseString = (): { value: string; offset: number; length: number } => {
    const offset = pos;
    expect('"');
    let value = '';
    for (;;) {
      const ch = text[pos];
      if (ch === undefined || ch < ' ') throw new SyntaxProblem();
      pos += 1;
      if (ch === '"') break;
      if (ch !== '\\') {
        value += ch;
        continue;
      }
      const esc = text[pos];
      pos += 1;
      if (esc === 'u') {
        const hex = text.slice(pos, pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new SyntaxProblem();
        value += String.fromCharCode(parseInt(hex, 16));
        pos += 4;
      } else if (esc !== undefined && esc in ESCAPES) {
        value += ESCAPES[esc];
      } else {
        throw new SyntaxProblem();
      }
    }
    return { value, offset, length: pos - offset };
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > 256) throw new SyntaxProblem();
    skipWhitespace();
    const offset = pos;
    const ch = text[pos];
    if (ch === '{') {
      pos += 1;
      const properties: JsonProperty[] = [];
      skipWhitespace();
      if (text[pos] === '}') pos += 1;
      else {
        for (;;) {
          skipWhitespace();
          const key = parseString();
          skipWhitespace();
          expect(':');
          const value = parseValue(depth + 1);
          properties.push({ key: key.value, keyOffset: key.offset, keyLength: key.length, value });
          skipWhitespace();
          if (text[pos] === ',') pos += 1;
          else {
            expect('}');
            break;
          }
        }
      }
      return { kind: 'object', offset, length: pos - offset, properties };
    }
    if (ch === '[') {
      pos += 1;
      const items: JsonNode[] = [];
      skipWhitespace();
      if (text[pos] === ']') pos += 1;
      else {
        for (;;) {
          items.push(parseValue(depth + 1));
          skipWhitespace();
          if (text[pos] === ',') pos += 1;
          else {
            expect(']');
            break;
          }
        }
      }
      return { kind: 'array', offset, length: pos - offset, items };
    }
    if (ch === '"') {
      const s = parseString();
      return { kind: 'string', offset, length: s.length, value: s.value };
    }
    for (const [literal, kind] of [
      ['true', 'boolean'],
      ['false', 'boolean'],
      ['null', 'null'],
    ] as const) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return { kind, offset, length: literal.length };
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) throw new SyntaxProblem();
    pos = NUMBER.lastIndex;
    return { kind: 'number', offset, length: m[0].length };
  };

  try {
    const root = parseValue(0);
    skipWhitespace();
    return pos === text.length ? root : undefined;
  } catch (e) {
    if (e instanceof SyntaxProblem) return undefined;
    throw e;
  }
}

/**
 * `containerDefinitions[0].portMappings[1].hostPort` → `['containerDefinitions', 0, 'portMappings', 1,
 * 'hostPort']`. An empty string is the root.
 */
export function parseMemberPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  }
  return segments;
}

/** The inverse of `parseMemberPath`. */
export function formatMemberPath(segments: ReadonlyArray<PathSegment>): string {
  return segments.reduce<string>(
    (path, s) => (typeof s === 'number' ? `${path}[${s}]` : path ? `${path}.${s}` : s),
    '',
  );
}

export interface PathMatch {
  /** the deepest node the path reaches */
  readonly node: JsonNode;
  /** the property whose value `node` is, when `node` is an object member */
  readonly property: JsonProperty | undefined;
  /** true when every segment was found */
  readonly complete: boolean;
}

/**
 * Walks `segments` down from `root` as far as the document goes. A member name that contains dots
 * (`dockerLabels` keys such as `com.example.team`) is matched by joining the following segments.
 */
export function followPath(root: JsonNode, segments: ReadonlyArray<PathSegment>): PathMatch {
  let node = root;
  let property: JsonProperty | undefined;
  let i = 0;
  outer: while (i < segments.length) {
    const segment = segments[i]!;
    if (node.kind === 'array' && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      node = item;
      property = undefined;
      i += 1;
      continue;
    }
    if (node.kind !== 'object') break;
    for (let end = i + 1; end <= segments.length; end += 1) {
      const parts = segments.slice(i, end);
      if (parts.some((p) => typeof p === 'number')) break;
      const key = parts.join('.');
      const found = node.properties.findLast((p) => p.key === key);
      if (found) {
        node = found.value;
        property = found;
        i = end;
        continue outer;
      }
    }
    break;
  }
  return { node, property, complete: i === segments.length };
}

/** The member path of the deepest value (or key) that contains `offset`. */
export function pathAtOffset(root: JsonNode, offset: number): string {
  const segments: PathSegment[] = [];
  let node: JsonNode = root;
  for (;;) {
    let next: JsonNode | undefined;
    if (node.kind === 'object') {
      const property = node.properties.find(
        (p) => offset >= p.keyOffset && offset <= p.value.offset + p.value.length,
      );
      if (property) {
        segments.push(property.key);
        next = property.value;
      }
    } else if (node.kind === 'array') {
      const index = node.items.findIndex((n) => offset >= n.offset && offset <= n.offset + n.length);
      if (index >= 0) {
        segments.push(index);
        next = node.items[index];
      }
    }
    if (!next) return formatMemberPath(segments);
    node = next;
  }
}

/**
 * Maps a range inside a string's decoded value to the matching text offsets. Escapes such as `\"` or
 * `\u00e9` are one character in the value but several in the text.
 */
export function stringValueRange(
  text: string,
  node: Extract<JsonNode, { kind: 'string' }>,
  start: number,
  length: number,
): { offset: number; length: number } {
  const end = node.offset + node.length - 1; // the closing quote
  let raw = node.offset + 1;
  let decoded = 0;
  const advanceTo = (target: number) => {
    while (decoded < target && raw < end) {
      raw += text[raw] !== '\\' ? 1 : text[raw + 1] === 'u' ? 6 : 2;
      decoded += 1;
    }
    return raw;
  };
  const from = advanceTo(Math.max(0, start));
  const to = advanceTo(Math.max(start, start + length));
  return { offset: from, length: Math.max(to - from, 0) };
}
