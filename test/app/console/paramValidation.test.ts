import { describe, expect, it } from 'vitest';
import { validateParams } from '../../../src/app/console/paramValidation';
import { Shape } from '../../../src/app/console/shape';

const shape = Shape.of({
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    count: { type: 'integer' },
    ratio: { type: 'number' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    items: { type: 'array', items: { type: 'string' } },
    free: {},
  },
});

describe('validateParams', () => {
  it('accepts what botocore accepts: an int where a double belongs, True where an int belongs, anything for an open shape', () => {
    expect(
      validateParams(shape, { ratio: 2, count: true, free: { any: ['thing'] }, labels: { a: 'b' } }),
    ).toEqual([]);
  });

  it('names map values by key and list items by index, and prints values as Python does', () => {
    expect(
      validateParams(shape, {
        labels: { team: 7 },
        items: ['a', null],
        name: ["it's", 1.5, false, { k: 'v' }],
      }),
    ).toEqual([
      "Invalid type for parameter labels.team, value: 7, type: <class 'int'>, valid types: <class 'str'>",
      "Invalid type for parameter items[1], value: None, type: <class 'NoneType'>, valid types: <class 'str'>",
      `Invalid type for parameter name, value: ["it's", 1.5, False, {'k': 'v'}], type: <class 'list'>, valid types: <class 'str'>`,
    ]);
  });

  it('reports a float where an int belongs, and a string where a double belongs', () => {
    expect(validateParams(shape, { count: 1.5, ratio: '0.5' })).toEqual([
      "Invalid type for parameter count, value: 1.5, type: <class 'float'>, valid types: <class 'int'>",
      "Invalid type for parameter ratio, value: 0.5, type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>",
    ]);
  });

  it('leaves members alone in a structure that declares it takes others', () => {
    const open = Shape.of({
      type: 'object',
      properties: { a: { type: 'string' } },
      additionalProperties: true,
    });
    expect(validateParams(open, { b: 1 })).toEqual([]);
  });
});
