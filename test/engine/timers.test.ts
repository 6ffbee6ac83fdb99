import { describe, expect, it } from 'vitest';
import { makeTimer, peekTimer, popTimer, pushTimer } from '../../src/engine/timers';
import type { Timer } from '../../src/engine/model/timers';

const timer = (at: number, seq: number) =>
  makeTimer(at, seq, { kind: 'agent.register', instanceId: `i-${seq}` as never });

describe('the timer queue', () => {
  it('pops timers in (at, seq) order whatever order they were pushed in', () => {
    const heap: Timer[] = [];
    // a fixed scramble with repeated times, so ties are decided by seq
    const pushed = Array.from({ length: 200 }, (_, i) => timer((i * 37) % 23, i));
    for (const t of pushed) pushTimer(heap, t);
    expect(peekTimer(heap)).toBe(pushed.find((t) => t.at === 0 && t.seq === 0));
    const popped: Timer[] = [];
    for (let t = popTimer(heap); t; t = popTimer(heap)) popped.push(t);
    const sorted = [...pushed].sort((a, b) => a.at - b.at || a.seq - b.seq);
    expect(popped.map((t) => [t.at, t.seq])).toEqual(sorted.map((t) => [t.at, t.seq]));
    expect(heap).toEqual([]);
  });

  it('interleaves pushes and pops', () => {
    const heap: Timer[] = [];
    pushTimer(heap, timer(5, 1));
    pushTimer(heap, timer(1, 2));
    expect(popTimer(heap)?.seq).toBe(2);
    pushTimer(heap, timer(3, 3));
    pushTimer(heap, timer(5, 0));
    expect([popTimer(heap)?.seq, popTimer(heap)?.seq, popTimer(heap)?.seq, popTimer(heap)]).toEqual([
      3,
      0,
      1,
      undefined,
    ]);
  });
});
