import { describe, expect, it } from 'vitest';
import {
  followPath,
  formatMemberPath,
  parseJsonTree,
  parseMemberPath,
  pathAtOffset,
  stringValueRange,
  type JsonNode,
} from '../../src/editor/jsonTree';

const doc = `{
  "family": "web",
  "containerDefinitions": [
    {
      "name": "web",
      "portMappings": [{ "containerPort": 80 }, { "containerPort": 81, "hostPort": 8081 }],
      "dockerLabels": { "com.example.team": "blue" }
    }
  ],
  "placementConstraints": [{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*" }]
}`;

const tree = (text: string): JsonNode => {
  const root = parseJsonTree(text);
  if (!root) throw new Error('test document is not valid JSON');
  return root;
};

const textOf = (text: string, node: { offset: number; length: number }) =>
  text.slice(node.offset, node.offset + node.length);

describe('parseJsonTree', () => {
  it.each([
    ['an object with nested arrays', doc],
    ['escapes and unicode', '{"a": "x\\"y\\u00e9\\n", "b": [true, false, null, -1.5e3]}'],
    ['a bare number with whitespace', '  42  '],
    ['empty containers', '{"a": {}, "b": []}'],
  ])('agrees with JSON.parse on %s', (_name, text) => {
    expect(parseJsonTree(text)).toBeDefined();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it.each([
    ['a trailing comma', '{"a": 1,}'],
    ['a comment', '{"a": 1 /* no */}'],
    ['single quotes', "{'a': 1}"],
    ['text after the value', '{"a": 1} x'],
    ['an unterminated string', '{"a": "b'],
    ['a bad escape', '{"a": "\\x"}'],
    ['an empty document', ''],
    ['a leading zero', '{"a": 01}'],
    ['a raw tab inside a string', '{"a": "x\ty"}'],
    ['a missing colon', '{"a" 1}'],
  ])('rejects %s, as JSON.parse does', (_name, text) => {
    expect(parseJsonTree(text)).toBeUndefined();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('records the decoded value and the raw extent of strings', () => {
    const text = '{"k": "a\\"b"}';
    const root = tree(text);
    const match = followPath(root, ['k']);
    expect(match.node).toMatchObject({ type: 'string', value: 'a"b' });
    expect(textOf(text, match.node)).toBe('"a\\"b"');
  });

  it('reads deep nesting, and gives up on nesting deeper than the stack instead of throwing', () => {
    expect(parseJsonTree('['.repeat(2000) + ']'.repeat(2000))).toBeDefined();
    expect(parseJsonTree('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
  });
});

describe('member paths', () => {
  it.each([
    ['', []],
    ['family', ['family']],
    [
      'containerDefinitions[0].portMappings[1].hostPort',
      ['containerDefinitions', 0, 'portMappings', 1, 'hostPort'],
    ],
    ['placementConstraints[0].expression', ['placementConstraints', 0, 'expression']],
  ])('parses and formats %j', (path, segments) => {
    expect(parseMemberPath(path)).toEqual(segments);
    expect(formatMemberPath(segments)).toBe(path);
  });
});

describe('followPath', () => {
  const root = tree(doc);

  it('finds a value deep in arrays and objects', () => {
    const match = followPath(root, parseMemberPath('containerDefinitions[0].portMappings[1].hostPort'));
    expect(match.complete).toBe(true);
    expect(textOf(doc, match.node)).toBe('8081');
    expect(match.key?.value).toBe('hostPort');
  });

  it('matches a member name that itself contains dots', () => {
    const match = followPath(root, parseMemberPath('containerDefinitions[0].dockerLabels.com.example.team'));
    expect(match.complete).toBe(true);
    expect(textOf(doc, match.node)).toBe('"blue"');
  });

  it('stops at the deepest existing node when a member is missing', () => {
    const match = followPath(root, parseMemberPath('containerDefinitions[0].portMappings[0].hostPort'));
    expect(match.complete).toBe(false);
    expect(textOf(doc, match.node)).toBe('{ "containerPort": 80 }');
  });

  it('takes the last of repeated keys, the value JSON.parse keeps', () => {
    const text = '{"a": 1, "a": 2}';
    const match = followPath(tree(text), ['a']);
    expect(textOf(text, match.node)).toBe(String((JSON.parse(text) as { a: number }).a));
  });

  it('stops at the array when the index is out of range', () => {
    const match = followPath(root, parseMemberPath('containerDefinitions[3].name'));
    expect(match.complete).toBe(false);
    expect(match.key?.value).toBe('containerDefinitions');
  });
});

describe('pathAtOffset', () => {
  const root = tree(doc);
  it.each([
    ['8081', 'containerDefinitions[0].portMappings[1].hostPort'],
    ['"hostPort"', 'containerDefinitions[0].portMappings[1].hostPort'],
    ['"memberOf"', 'placementConstraints[0].type'],
    ['"web",\n  "containerDefinitions"', 'family'],
  ])('names the member at %j', (snippet, path) => {
    expect(pathAtOffset(root, doc.indexOf(snippet) + 1)).toBe(path);
  });

  it('names the member between its key and its value', () => {
    expect(pathAtOffset(root, doc.indexOf('": "web"') + 2)).toBe('family');
  });

  it('is the root path outside every member', () => {
    expect(pathAtOffset(root, 0)).toBe('');
  });
});

describe('stringValueRange', () => {
  it.each([
    ['a plain string', '"abcdef"', 2, 3, 'cde'],
    ['a string with an escaped quote before the range', '"a\\"bcd"', 2, 2, 'bc'],
    ['a range covering a unicode escape', '"x\\u00e9y"', 1, 2, '\\u00e9y'],
    ['a range running past the end', '"abc"', 1, 10, 'bc'],
  ])('maps value positions to text positions in %s', (_name, literal, start, length, expected) => {
    const text = `{"e": ${literal}}`;
    const node = followPath(tree(text), ['e']).node;
    if (node.type !== 'string') throw new Error('expected a string');
    const range = stringValueRange(text, node, start, length);
    expect(text.slice(range.offset, range.offset + range.length)).toBe(expected);
  });
});
