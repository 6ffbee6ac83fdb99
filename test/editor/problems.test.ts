import { describe, expect, it } from 'vitest';
import { parseJsonTree } from '../../src/editor/jsonTree';
import {
  checkDocument,
  locateProblem,
  sortProblems,
  type EditorProblem,
  type EngineProblem,
} from '../../src/editor/problems';

const doc = JSON.stringify(
  {
    family: 'web',
    networkMode: 'awsvpc',
    containerDefinitions: [
      {
        name: 'web',
        image: 'nginx',
        portMappings: [{ containerPort: 80 }, { containerPort: 81, hostPort: 9000 }],
      },
    ],
    placementConstraints: [{ type: 'memberOf', expression: 'attribute:color ==  blue and' }],
  },
  null,
  2,
);

const problem = (field: string, extra: Partial<EngineProblem> = {}): EngineProblem => ({
  field,
  message: `problem at ${field}`,
  errorName: 'ClientException',
  ...extra,
});

const located = (p: EngineProblem, text = doc) => {
  const root = parseJsonTree(text);
  if (!root) throw new Error('not JSON');
  const r = locateProblem(text, root, p);
  return text.slice(r.start, r.end);
};

describe('locateProblem', () => {
  it.each([
    ['a port mapping value', problem('containerDefinitions[0].portMappings[1].hostPort'), '9000'],
    [
      'a whole container',
      problem('containerDefinitions[0]'),
      doc.slice(doc.indexOf('{\n      "name"'), doc.indexOf('}\n  ]') + 1),
    ],
    [
      'the offending part of a memberOf expression',
      problem('placementConstraints[0].expression', {
        offset: 'attribute:color ==  blue '.length,
        length: 3,
      }),
      'and',
    ],
    [
      'an expression problem without a length (one character)',
      problem('placementConstraints[0].expression', { offset: 0 }),
      'a',
    ],
    [
      'a missing member of an object value (the key of that value)',
      problem('placementConstraints[1].type'),
      '"placementConstraints"',
    ],
    ['a missing top-level member (the opening brace)', problem('cpu'), '{'],
    ['the whole request', problem(''), doc],
  ])('places %s', (_name, p, expected) => {
    expect(located(p)).toBe(expected);
  });

  it('points at the opening brace of an array item when one of its members is missing', () => {
    const root = parseJsonTree(doc)!;
    const r = locateProblem(doc, root, problem('containerDefinitions[0].memory'));
    expect(r.start).toBe(doc.indexOf('{\n      "name"'));
    expect(r.end).toBe(r.start + 1);
  });

  it('keeps the engine wording, exception name and field', () => {
    const root = parseJsonTree(doc)!;
    const p = problem('networkMode', { message: 'Fargate only supports network mode \u2018awsvpc\u2019.' });
    expect(locateProblem(doc, root, p)).toMatchObject({
      field: 'networkMode',
      message: p.message,
      errorName: 'ClientException',
    });
  });

  it('finds the expression range even when the string holds escapes', () => {
    const text =
      '{"placementConstraints": [{"type": "memberOf", "expression": "attribute:x == \\"a b\\" or"}]}';
    const p = problem('placementConstraints[0].expression', {
      offset: 'attribute:x == "a b" '.length,
      length: 2,
    });
    expect(located(p, text)).toBe('or');
  });
});

describe('checkDocument', () => {
  it('passes the parsed request to the check and places each problem', () => {
    const seen: unknown[] = [];
    const result = checkDocument(doc, (input) => {
      seen.push(input);
      return [problem('networkMode')];
    });
    expect(seen).toEqual([JSON.parse(doc)]);
    expect(doc.slice(result[0]!.start, result[0]!.end)).toBe('"awsvpc"');
  });

  it('does not run the check on text that is not valid JSON', () => {
    let calls = 0;
    expect(checkDocument('{"family": ', () => (calls++, [problem('family')]))).toEqual([]);
    expect(calls).toBe(0);
  });
});

describe('sortProblems', () => {
  const at = (line: number, column: number, source: EditorProblem['source']): EditorProblem => ({
    path: '',
    message: `${source} ${line}:${column}`,
    severity: 'error',
    source,
    startLineNumber: line,
    startColumn: column,
    endLineNumber: line,
    endColumn: column + 1,
  });

  it('orders by line, then column, engine problems first at the same spot', () => {
    const sorted = sortProblems([
      at(3, 1, 'schema'),
      at(1, 9, 'schema'),
      at(3, 1, 'engine'),
      at(1, 2, 'engine'),
    ]);
    expect(sorted.map((p) => p.message)).toEqual(['engine 1:2', 'schema 1:9', 'engine 3:1', 'schema 3:1']);
  });
});
