import { describe, expect, it } from 'vitest';
import { checkStrategyShape, distribute, shares } from '../../../src/engine/capacityProviders/strategy';
import { kindOf } from '../../../src/engine/capacityProviders/providers';

describe('capacity provider strategy: base and weight', () => {
  it.each([
    {
      name: 'the reference example: 10 tasks, base 2 weight 1 + weight 3 → 4 and 6',
      items: [
        { capacityProvider: 'od', base: 2, weight: 1 },
        { capacityProvider: 'spot', weight: 3 },
      ],
      count: 10,
      want: { od: 4, spot: 6 },
    },
    {
      name: 'equal weights split evenly',
      items: [
        { capacityProvider: 'a', weight: 1 },
        { capacityProvider: 'b', weight: 1 },
      ],
      count: 6,
      want: { a: 3, b: 3 },
    },
    {
      name: 'weights 1 and 4: four on B for each on A',
      items: [
        { capacityProvider: 'a', weight: 1 },
        { capacityProvider: 'b', weight: 4 },
      ],
      count: 10,
      want: { a: 2, b: 8 },
    },
    {
      name: 'fewer tasks than the base: all on the base provider',
      items: [
        { capacityProvider: 'a', base: 5, weight: 1 },
        { capacityProvider: 'b', weight: 1 },
      ],
      count: 3,
      want: { a: 3, b: 0 },
    },
    {
      name: 'a weight-0 provider gets only its base',
      items: [
        { capacityProvider: 'a', base: 2, weight: 0 },
        { capacityProvider: 'b', weight: 1 },
      ],
      count: 5,
      want: { a: 2, b: 3 },
    },
    {
      name: 'uneven remainder (sandbox rule): the earlier item wins ties',
      items: [
        { capacityProvider: 'a', weight: 1 },
        { capacityProvider: 'b', weight: 1 },
      ],
      count: 3,
      want: { a: 2, b: 1 },
    },
  ])('$name', ({ items, count, want }) => {
    expect(shares(items, count)).toEqual(want);
  });

  it('counts the tasks a service already has per provider', () => {
    const items = [
      { capacityProvider: 'od', base: 2, weight: 1 },
      { capacityProvider: 'spot', weight: 3 },
    ];
    // 6 running (od 4, spot 2) and 4 more wanted: the 10-task split is 4/6, so all 4 go to spot
    expect(distribute(items, 4, { od: 4, spot: 2 })).toEqual(['spot', 'spot', 'spot', 'spot']);
  });

  it('fills the base first, in launch order', () => {
    const items = [
      { capacityProvider: 'spot', weight: 3 },
      { capacityProvider: 'od', base: 2, weight: 1 },
    ];
    expect(distribute(items, 3).slice(0, 2)).toEqual(['od', 'od']);
  });
});

describe('capacity provider strategy: rules', () => {
  it.each([
    {
      name: 'two providers with a base',
      items: [
        { capacityProvider: 'FARGATE', base: 1, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', base: 1, weight: 1 },
      ],
      message: /Only one capacity provider in a capacity provider strategy can have a base defined/,
    },
    {
      name: 'every weight 0',
      items: [{ capacityProvider: 'FARGATE', base: 1 }, { capacityProvider: 'FARGATE_SPOT' }],
      message: /weight greater than 0/,
    },
    {
      name: 'Fargate and Auto Scaling group providers mixed',
      items: [
        { capacityProvider: 'FARGATE', weight: 1 },
        { capacityProvider: 'my-asg-cp', weight: 1 },
      ],
      message: /cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers/,
    },
    {
      name: 'a provider twice',
      items: [
        { capacityProvider: 'FARGATE', weight: 1 },
        { capacityProvider: 'FARGATE', weight: 2 },
      ],
      message: /appears twice/,
    },
  ])('refuses $name', ({ items, message }) => {
    let thrown: unknown;
    try {
      checkStrategyShape(items, kindOf, 'capacityProviderStrategy');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).name).toBe('InvalidParameterException');
    expect((thrown as Error).message).toMatch(message);
  });

  it('accepts a base on one provider and weights on both', () => {
    expect(() =>
      checkStrategyShape(
        [
          { capacityProvider: 'FARGATE', base: 1, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 4 },
        ],
        kindOf,
        'capacityProviderStrategy',
      ),
    ).not.toThrow();
  });
});
