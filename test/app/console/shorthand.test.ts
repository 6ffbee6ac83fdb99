import { describe, expect, it } from 'vitest';
import { MAX_NESTING, conform, parseShorthand } from '../../../src/app/console/shorthand';
import { Shape } from '../../../src/app/console/shape';

const parsed = (text: string) => {
  const r = parseShorthand(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('parseShorthand', () => {
  it.each([
    [
      'key=value pairs',
      'type=spread,field=attribute:ecs.availability-zone',
      { type: 'spread', field: 'attribute:ecs.availability-zone' },
    ],
    [
      'a value with blanks and operators',
      'type=memberOf,expression=attribute:ecs.instance-type =~ t3.*',
      { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' },
    ],
    [
      'nested hashes and explicit lists',
      'awsvpcConfiguration={subnets=[subnet-1,subnet-2],assignPublicIp=ENABLED}',
      { awsvpcConfiguration: { subnets: ['subnet-1', 'subnet-2'], assignPublicIp: 'ENABLED' } },
    ],
    [
      'a comma list that ends before the next key',
      'Name=instance-type,Values=t3.micro,t3.small',
      { Name: 'instance-type', Values: ['t3.micro', 't3.small'] },
    ],
    ['a comma list in the middle', 'a=x,y,b=z', { a: ['x', 'y'], b: 'z' }],
    ['quoted values with commas', `k='x,y',z="q"`, { k: 'x,y', z: 'q' }],
    ['an escaped comma', 'k=a\\,b', { k: 'a,b' }],
    ['an empty value', 'k=', { k: '' }],
    ['PascalCase keys', 'AvailabilityZone=us-east-1b', { AvailabilityZone: 'us-east-1b' }],
  ])('parses %s', (_name, text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it.each([
    ['a key without =', 'type', "Expected: '=', received: 'EOF' for input:\ntype\n    ^"],
    ['a stray character after a value', 'a=[x]y', "Expected: ',', received: 'y' for input:\na=[x]y\n     ^"],
    ['an unclosed hash', 'a={b=c', "Expected: ',', received: 'EOF' for input:\na={b=c\n      ^"],
  ])('reports %s with the CLI wording and a caret', (_name, text, message) => {
    const r = parseShorthand(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(message);
  });

  it.each([
    ['a plain value', 'field@=attribute:ecs.availability-zone', { field: 'attribute:ecs.availability-zone' }],
    ['a quoted value with a comma', `type=spread,field@='a,b'`, { type: 'spread', field: 'a,b' }],
    ['a comma list', 'Values@=t3.micro,t3.small', { Values: ['t3.micro', 't3.small'] }],
    ['blanks around the operator', 'k @= v', { k: 'v' }],
  ])(
    'reads key@=value (AWS CLI v2: a value that is not a file path is used as typed): %s',
    (_n, text, value) => {
      expect(parsed(text)).toEqual(value);
    },
  );

  it.each(['file://', 'fileb://'])('refuses key@=%s… clearly, since the browser has no files', (prefix) => {
    const r = parseShorthand(`type=spread,field@=${prefix}field.txt`);
    expect(!r.ok && r.error.message).toBe(
      `${prefix} values are not available in this console (there is no file system). Paste the value itself instead: key=value in place of key@=file://….`,
    );
  });

  it('takes file:// after a plain = as text, as the CLI does', () => {
    expect(parsed('field=file://x')).toEqual({ field: 'file://x' });
  });

  it('reports an @ that is not followed by =', () => {
    const r = parseShorthand('k@v');
    expect(!r.ok && r.error.message).toBe("Expected: '=', received: 'v' for input:\nk@v\n  ^");
  });

  it('refuses nesting past the limit with a clear error instead of running out of stack', () => {
    const r = parseShorthand(`a=${'['.repeat(MAX_NESTING + 1)}`);
    expect(!r.ok && r.error.message).toMatch(
      new RegExp(`^Lists and structures nest more than ${MAX_NESTING} levels deep in input:\n`),
    );
    expect(parsed(`a=${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`).a).toBeInstanceOf(Array);
  });

  it('keeps a key named __proto__ as data', () => {
    const value = parsed('__proto__={polluted=yes}');
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('rejects a key given twice', () => {
    const r = parseShorthand('name=a,name=b');
    expect(!r.ok && r.error.message).toMatch(
      /^Second instance of key "name" encountered for input:\nname=a,name=b\n {7}\^/,
    );
  });
});

describe('conform', () => {
  const shape = Shape.of({
    type: 'object',
    properties: {
      count: { type: 'integer' },
      ratio: { type: 'number' },
      on: { type: 'boolean' },
      subnets: { type: 'array', items: { type: 'string' } },
      ids: { type: 'array', items: { type: 'object', properties: { InstanceId: { type: 'string' } } } },
    },
  });

  it('types numbers and booleans, wraps a lone value where a list is expected, and maps words to one-member structures', () => {
    expect(
      conform({ count: '3', ratio: '0.5', on: 'TRUE', subnets: 'subnet-1', ids: ['i-1', 'i-2'] }, shape),
    ).toEqual({
      count: 3,
      ratio: 0.5,
      on: true,
      subnets: ['subnet-1'],
      ids: [{ InstanceId: 'i-1' }, { InstanceId: 'i-2' }],
    });
  });

  it('leaves text that is not a number and members the schema does not know for the engine to judge', () => {
    expect(conform({ count: 'three', typo: '1' }, shape)).toEqual({ count: 'three', typo: '1' });
  });
});
