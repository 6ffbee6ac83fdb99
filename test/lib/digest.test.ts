import { describe, expect, it } from 'vitest';
import { hexDigest, uint32Digest } from '../../src/lib/digest';

describe('hexDigest', () => {
  it('gives the asked number of hex digits, the same for the same text', () => {
    const a = hexDigest('arn:aws:ecs:us-east-1:123456789012:container/x', 64);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hexDigest('arn:aws:ecs:us-east-1:123456789012:container/x', 64)).toBe(a);
    expect(hexDigest('abc', 17)).toHaveLength(17);
  });

  it('differs for texts that differ in one character', () => {
    expect(hexDigest('container/a', 32)).not.toBe(hexDigest('container/b', 32));
  });
});

describe('uint32Digest', () => {
  it('is an unsigned 32-bit integer that follows the text', () => {
    const n = uint32Digest('task-1');
    expect(Number.isInteger(n) && n >= 0 && n < 2 ** 32).toBe(true);
    expect(uint32Digest('task-1')).toBe(n);
    expect(uint32Digest('task-2')).not.toBe(n);
  });
});
