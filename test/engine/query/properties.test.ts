import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QueryExpr, QueryOperator, SubjectName } from '../../../src/engine/query';
import { compileQuery, describeQuery, parseQuery } from '../../../src/engine/query';
import { OPERATOR_SPELLINGS, arityOf } from '../../../src/engine/query/ast';
import { SUBJECTS } from '../../../src/engine/query/subjects';
import { FLEET } from './fleet';

/** An expression as generated text, with whether it is a bare and/or chain (operands may need parens). */
interface Piece {
  readonly text: string;
  readonly kind: 'atom' | 'and' | 'or';
}

const randomCase = (word: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

const space = fc.constantFrom(' ', '  ', '\t', '\n ');

const spellingsOf = (op: QueryOperator): string[] =>
  [...OPERATOR_SPELLINGS].filter(([, canonical]) => canonical === op).map(([spelling]) => spelling);

const quote = (v: string): string => `'${v.replaceAll("'", "''")}'`;
const SAFE_BARE = /^[A-Za-z0-9._:*^$+-]+$/;
/** writes a value bare when that is surely safe, otherwise (or at random) quoted */
const written = (value: string): fc.Arbitrary<string> =>
  SAFE_BARE.test(value) && !/^(and|or|not)$/i.test(value)
    ? fc.constantFrom(value, quote(value))
    : fc.constant(quote(value));

const text = fc.oneof(fc.stringMatching(/^[A-Za-z0-9._:-]{1,12}$/), fc.string({ maxLength: 12 }));
const pattern = fc.constantFrom('t2.*', '^g2', '(a|b).*', 'x{2,3}', '[a-z]+ y', "it's", 'a\\d+', '');
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const date = fc
  .tuple(
    fc.integer({ min: 1970, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 86_399 }),
    fc.constantFrom('', 'Z', '+00:00', '-05:30', 'date-only'),
  )
  .map(([y, m, d, s, zone]) => {
    const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    if (zone === 'date-only') return day;
    return `${day}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}${zone}`;
  });

function literalFor(subject: SubjectName, op: QueryOperator): fc.Arbitrary<string> {
  if (op === '=~' || op === '!~') return pattern;
  switch (subject) {
    case 'agentConnected':
      return fc.constantFrom('true', 'false', 'TRUE', 'False');
    case 'agentVersion':
      return fc.array(fc.nat(999), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
    case 'registeredAt':
      return date;
    case 'runningTasksCount':
      return fc.nat(100_000).map(String);
    default:
      return text;
  }
}

function argumentFor(subject: SubjectName, op: QueryOperator): fc.Arbitrary<string> {
  const arity = arityOf(op);
  if (arity === 'none') return fc.constant('');
  const one = literalFor(subject, op).chain(written);
  if (arity === 'one') return one;
  return fc
    .tuple(fc.array(one, { minLength: 1, maxLength: 4 }), fc.constantFrom(', ', ',', ' , '))
    .map(([values, comma]) => `[${values.join(comma)}]`);
}

const subjectText = (subject: SubjectName): fc.Arbitrary<string> =>
  subject === 'attribute'
    ? fc
        .tuple(randomCase('attribute:'), fc.stringMatching(/^[A-Za-z0-9_\-/\\.]{1,20}$/))
        .map(([prefix, name]) => prefix + name)
    : randomCase(subject);

const condition: fc.Arbitrary<Piece> = fc
  .constantFrom(...(Object.keys(SUBJECTS) as SubjectName[]))
  .chain((subject) =>
    fc.constantFrom(...SUBJECTS[subject].operators).chain((op) =>
      fc
        .tuple(
          subjectText(subject),
          fc.constantFrom(...spellingsOf(op)).chain(randomCase),
          argumentFor(subject, op),
          space,
          space,
        )
        .map(([s, o, a, w1, w2]): Piece => ({
          text: `${s}${w1}${o}${a === '' ? '' : w2 + a}`,
          kind: 'atom',
        })),
    ),
  );

const parenthesized = (p: Piece): string => `(${p.text})`;

const { expr } = fc.letrec<{ expr: Piece; and: Piece; or: Piece; not: Piece; group: Piece }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    condition,
    tie('and'),
    tie('or'),
    tie('not'),
    tie('group'),
  ),
  and: fc
    .tuple(fc.array(tie('expr'), { minLength: 2, maxLength: 3 }), fc.constantFrom('and', '&&', 'AND', 'And'))
    .map(([parts, kw]) => ({
      text: parts.map((p) => (p.kind === 'or' ? parenthesized(p) : p.text)).join(` ${kw} `),
      kind: 'and',
    })),
  or: fc
    .tuple(fc.array(tie('expr'), { minLength: 2, maxLength: 3 }), fc.constantFrom('or', '||', 'OR', 'Or'))
    .map(([parts, kw]) => ({ text: parts.map((p) => p.text).join(` ${kw} `), kind: 'or' })),
  not: fc
    .tuple(tie('expr'), fc.constantFrom('not ', 'NOT ', '!', 'not', '! '), fc.boolean())
    .map(([p, kw, wrap]) => ({
      text:
        p.kind === 'atom' && !wrap
          ? `${kw.trim() === '!' ? kw : `${kw.trim()} `}${p.text}`
          : `${kw}${parenthesized(p)}`,
      kind: 'atom',
    })),
  group: tie('expr').map((p) => ({ text: parenthesized(p), kind: 'atom' })),
}));

const expressionText = expr.map((p) => p.text).filter((t) => t.length <= 2000);

/** the tree without positions, which differ between the original text and its canonical rendering */
function shape(e: QueryExpr): unknown {
  switch (e.type) {
    case 'condition':
      return { subject: e.subject, operator: e.operator, values: e.values };
    case 'not':
      return { not: shape(e.operand) };
    default:
      return { [e.type]: e.operands.map(shape) };
  }
}

function parseOk(text: string): QueryExpr {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)}: ${result.error.message} @${result.error.offset}`);
  return result.value;
}

describe('cluster query language: properties', () => {
  it('parses every generated expression and gets the same tree back from its canonical text', () => {
    fc.assert(
      fc.property(expressionText, (text) => {
        const tree = parseOk(text);
        const canonical = describeQuery(tree);
        const again = parseOk(canonical);
        expect(shape(again)).toEqual(shape(tree));
        expect(describeQuery(again)).toBe(canonical);
      }),
      { numRuns: 300 },
    );
  });

  it('selects the same instances from an expression and from its canonical text', () => {
    fc.assert(
      fc.property(expressionText, (text) => {
        const original = compileQuery(text);
        const canonical = compileQuery(describeQuery(parseOk(text)));
        if (!original.ok || !canonical.ok) throw new Error('both must compile');
        for (const subject of Object.values(FLEET))
          expect(canonical.value(subject)).toBe(original.value(subject));
      }),
    );
  });

  const soup = fc
    .array(
      fc.constantFrom(
        '(',
        ')',
        '[',
        ']',
        ',',
        "'",
        ' ',
        '!',
        'not',
        'and',
        '&&',
        'or',
        '||',
        'attribute:x',
        'attribute:',
        '==',
        '=',
        '!=',
        '=~',
        '!~',
        '<',
        '>=',
        'in',
        '!in',
        'exists',
        '!exists',
        'runningTasksCount',
        'registeredAt',
        'task:group',
        'a',
        '1',
        '2018-06-18',
        "'(a'",
        '*',
        '[a-',
        '\\',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

  it.each([
    ['arbitrary text', fc.string({ unit: 'binary', maxLength: 300 })],
    ['token soup', soup],
  ])('never throws on %s and positions every error inside the text', (_name, input) => {
    fc.assert(
      fc.property(input, (text) => {
        const result = parseQuery(text);
        expect(() => compileQuery(text)).not.toThrow();
        if (result.ok) return;
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(result.error.length).toBeGreaterThanOrEqual(1);
        expect(result.error.offset).toBeGreaterThanOrEqual(0);
        expect(result.error.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});
