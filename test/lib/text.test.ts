import { describe, expect, it } from 'vitest';
import { sentence } from '../../src/lib/text';

describe('sentence', () => {
  it.each([
    ['starts one', 'starts one.'],
    ['starts one.', 'starts one.'],
    ['Is it?', 'Is it?'],
    ['Stop!', 'Stop!'],
  ])('%j ends with exactly one full stop or its own mark', (text, expected) => {
    expect(sentence(text)).toBe(expected);
  });
});
