import { nextRandom, seedState } from './rng';
import { hashString } from './shuffle';

/**
 * A deterministic hex string of `length` digits derived from `text` (FNV-1a seeding a mulberry32 stream). Not a
 * cryptographic hash: it gives ids that look random but follow from ids the seeded generator already made, so
 * outputs can show them without drawing from (and shifting) the simulation's generator.
 */
export function hexDigest(text: string, length: number): string {
  let state = seedState(hashString(text));
  let out = '';
  while (out.length < length) {
    const r = nextRandom(state);
    state = r.state;
    out += Math.floor(r.value * 0x10000)
      .toString(16)
      .padStart(4, '0');
  }
  return out.slice(0, length);
}

/** A deterministic unsigned 32-bit number derived from `text` (see hexDigest). */
export const uint32Digest = (text: string): number => parseInt(hexDigest(text, 8), 16);
