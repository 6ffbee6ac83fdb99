import { nextRandom, seedState } from '../../../src/lib/rng';

/** The monkey's own choices, from the app's seeded generator: the same seed makes the same choices. */
export interface Chooser {
  /** an integer in [lo, hi] */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: ReadonlyArray<T>): T;
  /** one item, each as likely as its weight */
  weighted<T extends { readonly weight: number }>(items: ReadonlyArray<T>): T;
}

export function chooser(seed: number): Chooser {
  let state = seedState(seed);
  const next = () => {
    const r = nextRandom(state);
    state = r.state;
    return r.value;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    int,
    chance: (p) => next() < p,
    pick(items) {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted(items) {
      const total = items.reduce((n, i) => n + i.weight, 0);
      let r = next() * total;
      for (const item of items) {
        r -= item.weight;
        if (r < 0) return item;
      }
      return items.at(-1)!;
    },
  };
}
