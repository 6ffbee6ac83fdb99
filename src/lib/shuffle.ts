import { nextRandom, seedState } from './rng';

/** A string's 32-bit hash (FNV-1a), to seed a shuffle from an id. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** A new array in a seeded random order (Fisher–Yates); the same seed gives the same order. */
export function shuffled<T>(items: ReadonlyArray<T>, seed: number): T[] {
  const out = [...items];
  let state = seedState(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const r = nextRandom(state);
    state = r.state;
    const j = Math.floor(r.value * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
