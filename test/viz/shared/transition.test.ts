import { describe, expect, it } from 'vitest';
import { motionDuration, MOTION_MS } from '../../../src/viz/shared/transition';
import { charsThatFit, clip, barFill, remPx } from '../../../src/viz/shared/scales';

const docWith = (reduce: boolean | undefined) =>
  ({
    defaultView:
      reduce === undefined
        ? {}
        : { matchMedia: (q: string) => ({ matches: reduce && q.includes('reduce') }) },
  }) as unknown as Document;

describe('motionDuration', () => {
  it.each([
    ['animates when the reader has no reduced-motion preference', docWith(false), 'auto', MOTION_MS],
    ['does not animate when the reader prefers reduced motion', docWith(true), 'auto', 0],
    ['does not animate where the preference cannot be read', docWith(undefined), 'auto', 0],
    ['animates when asked to, whatever the preference', docWith(true), 'full', MOTION_MS],
    ['does not animate when asked not to', docWith(false), 'reduce', 0],
  ] as const)('%s', (_, doc, preference, expected) => {
    expect(motionDuration(doc, preference)).toBe(expected);
  });
});

describe('shared scales', () => {
  it('maps a resource share to a bar length, clamped to the bar', () => {
    expect(barFill(512, 2048, 100)).toBe(25);
    expect(barFill(4096, 2048, 100)).toBe(100);
    expect(barFill(-5, 2048, 100)).toBe(0);
    expect(barFill(10, 0, 100)).toBe(0);
  });

  it('reads the root font size, falling back to 16 px', () => {
    document.documentElement.style.fontSize = '20px';
    expect(remPx(document)).toBe(20);
    document.documentElement.style.fontSize = '';
    expect(remPx(docWith(undefined))).toBe(16);
  });

  it('clips text to what fits, with an ellipsis', () => {
    expect(charsThatFit(110, 10)).toBe(20);
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});
