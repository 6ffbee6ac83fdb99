import { describe, expect, it } from 'vitest';
import { categoryLetter, contrastRatio, inkOn, PALETTE } from '../../../src/viz/shared/theme';

describe('viz theme', () => {
  it.each(PALETTE)('labels drawn on %s reach WCAG AA contrast (4.5:1)', (colour) => {
    expect(contrastRatio(colour, inkOn(colour))).toBeGreaterThanOrEqual(4.5);
  });

  it('has eight distinct palette colours', () => {
    expect(new Set(PALETTE).size).toBe(8);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [52, 'BA'],
  ])('letters category %i as %s', (index, letter) => {
    expect(categoryLetter(index)).toBe(letter);
  });

  it('computes the WCAG contrast of black on white as 21', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });
});
