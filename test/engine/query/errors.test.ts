import { describe, expect, it } from 'vitest';
import { compileQuery, parseQuery } from '../../../src/engine/query';

interface ErrorCase {
  readonly name: string;
  readonly text: string;
  /** the underlined text, given as where it starts in `text` (a substring) or an explicit offset */
  readonly at: string | number;
  readonly length: number;
  readonly says: RegExp;
}

const long = `attribute:stack == ${'x'.repeat(2000)}`;
const deepParens = `${'('.repeat(33)}runningTasksCount == 1${')'.repeat(33)}`;
const deepNots = `${'not '.repeat(33)}runningTasksCount == 1`;

const cases: readonly ErrorCase[] = [
  { name: 'an empty expression', text: '', at: 0, length: 1, says: /empty/ },
  { name: 'an expression of spaces', text: '   ', at: 0, length: 3, says: /empty/ },
  {
    name: 'an unknown subject',
    text: 'foo == bar',
    at: 'foo',
    length: 3,
    says: /Unknown subject 'foo' at column 1/,
  },
  {
    name: 'an unknown subject after and',
    text: 'attribute:a == b and instanceType == t2',
    at: 'instanceType',
    length: 12,
    says: /Unknown subject 'instanceType' at column 22.*attribute:<name>, ec2InstanceId/,
  },
  { name: 'an attribute without a name', text: 'attribute: == b', at: 0, length: 10, says: /needs a name/ },
  {
    name: 'an attribute name with a bad character',
    text: 'attribute:a=b == c',
    at: 0,
    length: 13,
    says: /may only use/,
  },
  {
    name: 'a missing operator at the end',
    text: 'attribute:ecs.instance-type',
    at: 27,
    length: 1,
    says: /^Expected an operator after 'attribute:ecs\.instance-type' at column 28, such as ==, in or =~\.$/,
  },
  {
    name: 'a value where the operator should be',
    text: 'attribute:ecs.instance-type t2.small',
    at: 't2.small',
    length: 8,
    says: /Expected an operator .* not 't2\.small'/,
  },
  { name: 'a single =', text: 'attribute:a = b', at: '=', length: 1, says: /Use '=='/ },
  {
    name: 'a missing value at the end',
    text: 'attribute:stack ==',
    at: 18,
    length: 1,
    says: /Expected a value after '=='/,
  },
  {
    name: 'a missing value before and',
    text: 'attribute:stack == and runningTasksCount == 1',
    at: 'and',
    length: 3,
    says: /Expected a value after '==' at column 20, not 'and'/,
  },
  {
    name: 'a missing list after in',
    text: 'attribute:stack in',
    at: 18,
    length: 1,
    says: /Expected a list such as \[a, b\] after 'in'/,
  },
  {
    name: 'a bare value after in',
    text: 'attribute:stack in prod',
    at: 'prod',
    length: 4,
    says: /square brackets/,
  },
  { name: 'a list after ==', text: 'attribute:stack == [prod]', at: '[', length: 1, says: /use 'in'/ },
  {
    name: 'an empty list slot',
    text: 'attribute:stack in [a, ]',
    at: ']',
    length: 1,
    says: /Expected a value at column 24 in the list/,
  },
  {
    name: 'a list missing a comma',
    text: 'attribute:stack in [a b]',
    at: 'b]',
    length: 1,
    says: /Expected ',' or ']'/,
  },
  {
    name: 'a value after exists',
    text: 'attribute:stack exists prod',
    at: 'prod',
    length: 4,
    says: /takes no value/,
  },
  {
    name: 'an unclosed bracket',
    text: 'attribute:stack in [a, b',
    at: '[',
    length: 1,
    says: /list opened at column 20 is never closed/,
  },
  {
    name: 'an unclosed parenthesis',
    text: '(attribute:stack == a',
    at: 0,
    length: 1,
    says: /'\(' at column 1 is never closed/,
  },
  { name: 'an unclosed not(', text: 'not(task:group == database', at: '(', length: 1, says: /never closed/ },
  {
    name: 'a stray closing parenthesis',
    text: 'attribute:stack == a)',
    at: ')',
    length: 1,
    says: /no '\(' for it to close/,
  },
  {
    name: 'an unclosed quote',
    text: "attribute:stack == 'prod",
    at: "'",
    length: 5,
    says: /no closing quote/,
  },
  {
    name: 'an unclosed quote in a list',
    text: "attribute:stack in ['a', 'b]",
    at: "'b]",
    length: 3,
    says: /column 26 has no closing quote/,
  },
  {
    name: 'two conditions without a connective',
    text: 'attribute:a == b c == d',
    at: 'c ==',
    length: 1,
    says: /join conditions with 'and' or 'or'/,
  },
  {
    name: 'a pattern operator on runningTasksCount',
    text: 'runningTasksCount =~ 1',
    at: '=~',
    length: 2,
    says: /runningTasksCount cannot be compared with '=~'.*It takes ==, !=, >, >=, <, <=\./,
  },
  {
    name: 'in on agentVersion',
    text: 'agentVersion in [1.0]',
    at: 'in',
    length: 2,
    says: /It takes ==, !=, >, >=, <, <=/,
  },
  {
    name: '!in on registeredAt',
    text: 'registeredAt !in [2018-01-01]',
    at: '!in',
    length: 3,
    says: /cannot be compared with '!in'/,
  },
  {
    name: 'ordering on ec2InstanceId',
    text: 'ec2InstanceId > i-1',
    at: '>',
    length: 1,
    says: /It takes ==, !=, in, not_in, =~, !~/,
  },
  {
    name: 'exists on task:group',
    text: 'task:group exists',
    at: 'exists',
    length: 6,
    says: /task:group cannot be compared with 'exists'/,
  },
  {
    name: 'an invalid quoted pattern',
    text: "attribute:a =~ '(a|b'",
    at: "'(a|b'",
    length: 6,
    says: /not a valid regular expression: missing closing \)/,
  },
  {
    name: 'an invalid bare pattern',
    text: 'attribute:a =~ a** and runningTasksCount == 1',
    at: 'a**',
    length: 3,
    says: /not a valid regular expression/,
  },
  {
    name: 'an impossible date',
    text: 'registeredAt < 2018-02-30',
    at: '2018',
    length: 10,
    says: /registeredAt compares with a date/,
  },
  {
    name: 'a date in another format',
    text: 'registeredAt < 18/06/2018',
    at: '18/',
    length: 10,
    says: /2018-06-18T22:28:28Z/,
  },
  {
    name: 'a version with letters',
    text: 'agentVersion < 1.x',
    at: '1.x',
    length: 3,
    says: /version made of numbers and dots/,
  },
  {
    name: 'a count that is not a whole number',
    text: 'runningTasksCount > 1.5',
    at: '1.5',
    length: 3,
    says: /whole number/,
  },
  {
    name: 'agentConnected compared with a non-boolean',
    text: 'agentConnected == yes',
    at: 'yes',
    length: 3,
    says: /true or false/,
  },
  {
    name: 'an expression over 2000 characters',
    text: long,
    at: 2000,
    length: long.length - 2000,
    says: /at most 2000/,
  },
  { name: 'more than 32 nested parentheses', text: deepParens, at: 32, length: 1, says: /at most 32 levels/ },
  { name: 'more than 32 nested nots', text: deepNots, at: 32 * 4, length: 3, says: /at most 32 levels/ },
];

describe('cluster query language: positioned errors', () => {
  it.each(cases)('reports $name', ({ text, at, length, says }) => {
    const result = parseQuery(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const offset = typeof at === 'number' ? at : text.indexOf(at);
    expect(result.error.message).toMatch(says);
    expect({ offset: result.error.offset, length: result.error.length }).toEqual({ offset, length });
  });

  it('accepts exactly 32 levels of nesting and an expression of exactly 2000 characters', () => {
    expect(parseQuery(`${'('.repeat(32)}runningTasksCount == 1${')'.repeat(32)}`).ok).toBe(true);
    expect(parseQuery(`attribute:stack == ${'x'.repeat(2000 - 19)}`).ok).toBe(true);
  });

  it('rejects a thousand open parentheses without overflowing the stack', () => {
    const result = parseQuery(`${'('.repeat(1000)}runningTasksCount == 1`);
    expect(result.ok ? undefined : result.error.offset).toBe(32);
  });

  it('gives compileQuery the same error as parseQuery', () => {
    const compiled = compileQuery('runningTasksCount =~ 1');
    const parsed = parseQuery('runningTasksCount =~ 1');
    expect(compiled.ok ? undefined : compiled.error).toEqual(parsed.ok ? undefined : parsed.error);
  });
});
