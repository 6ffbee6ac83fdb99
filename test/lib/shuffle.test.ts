import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashString, shuffled } from '../../src/lib/shuffle';

describe('shuffled', () => {
  it('keeps every item exactly once and does not touch the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffled(items, seed);
        expect(items).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('gives the same order for the same seed and usually another for another seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, 5)).toEqual(shuffled(items, 5));
    expect(shuffled(items, 5)).not.toEqual(shuffled(items, 6));
  });

  it('hashes strings stably', () => {
    expect(hashString('q1')).toBe(hashString('q1'));
    expect(hashString('q1')).not.toBe(hashString('q2'));
  });
});
