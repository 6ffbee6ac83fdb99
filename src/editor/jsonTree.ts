import { findNodeAtOffset, getNodePath, parseTree, type Node, type ParseError } from 'jsonc-parser';

/**
 * Text offsets of the values and keys of a JSON document (jsonc-parser's syntax tree), so a member path from
 * the engine (`containerDefinitions[0].portMappings[1].hostPort`) can be turned into a range in the editor
 * text, and a position in the text back into a path. No dependency on Monaco: it runs in Node tests too.
 */

/** A node of the tree: `type`, `offset` and `length` (strings include their quotes), `children`, `value`. */
export type JsonNode = Node;

/** A path segment: a member name or an array index. */
export type PathSegment = string | number;

/** Strict JSON, as JSON.parse reads it: no comments, no trailing commas, no empty document. */
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/** Parses `text` as strict JSON. Returns undefined when it is not valid JSON (Monaco reports syntax errors). */
export function parseJsonTree(text: string): JsonNode | undefined {
  const errors: ParseError[] = [];
  try {
    const root = parseTree(text, errors, STRICT);
    return errors.length === 0 ? root : undefined;
  } catch (e) {
    // nesting deeper than the call stack: treat it as unreadable rather than break the editor
    if (e instanceof RangeError) return undefined;
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
  /** the key of the member whose value `node` is, when `node` is an object member */
  readonly key: JsonNode | undefined;
  /** true when every segment was found */
  readonly complete: boolean;
}

/** The key and value of `object`'s member `name`; the last one when a key repeats, as JSON.parse keeps it. */
function member(object: JsonNode, name: string): { key: JsonNode; value: JsonNode } | undefined {
  const property = object.children?.findLast(
    (p) => p.children?.length === 2 && p.children[0]!.value === name,
  );
  return property && { key: property.children![0]!, value: property.children![1]! };
}

/**
 * Walks `segments` down from `root` as far as the document goes. A member name that contains dots
 * (`dockerLabels` keys such as `com.example.team`) is matched by joining the following segments.
 */
export function followPath(root: JsonNode, segments: ReadonlyArray<PathSegment>): PathMatch {
  let node = root;
  let key: JsonNode | undefined;
  let i = 0;
  outer: while (i < segments.length) {
    const segment = segments[i]!;
    if (node.type === 'array' && typeof segment === 'number') {
      const item = node.children?.[segment];
      if (!item) break;
      node = item;
      key = undefined;
      i += 1;
      continue;
    }
    if (node.type !== 'object') break;
    for (let end = i + 1; end <= segments.length; end += 1) {
      const parts = segments.slice(i, end);
      if (parts.some((p) => typeof p === 'number')) break;
      const found = member(node, parts.join('.'));
      if (found) {
        ({ key, value: node } = found);
        i = end;
        continue outer;
      }
    }
    break;
  }
  return { node, key, complete: i === segments.length };
}

/** The member path of the deepest value (or key) that contains `offset`. */
export function pathAtOffset(root: JsonNode, offset: number): string {
  const node = findNodeAtOffset(root, offset, true);
  if (!node) return '';
  const path = getNodePath(node);
  // between a key and its value (the colon): the member itself
  if (node.type === 'property' && node.children?.[0]) path.push(node.children[0].value as string);
  return formatMemberPath(path);
}

/**
 * Maps a range inside a string node's decoded value to the matching text offsets. Escapes such as `\"` or
 * `\u00e9` are one character in the value but several in the text.
 */
export function stringValueRange(
  text: string,
  node: JsonNode,
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
