import type { SimTime } from './model/ids';
import type { Timer, TimerPayload } from './model/timers';

/** Min-heap on (at, seq) kept in a plain array, so the queue serializes with the rest of the state. */
const before = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export function pushTimer(heap: Timer[], timer: Timer): void {
  // sift a hole up from the end, then drop the timer into it (no swaps, nothing allocated)
  let i = heap.length;
  heap.push(timer);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const above = heap[parent]!;
    if (!before(timer, above)) break;
    heap[i] = above;
    i = parent;
  }
  heap[i] = timer;
}

export function popTimer(heap: Timer[]): Timer | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length === 0 || !top || !last) return top;
  // sift a hole down from the root for the last timer
  const n = heap.length;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
    const below = heap[child]!;
    if (!before(below, last)) break;
    heap[i] = below;
    i = child;
  }
  heap[i] = last;
  return top;
}

export const peekTimer = (heap: ReadonlyArray<Timer>): Timer | undefined => heap[0];

export function makeTimer(at: SimTime, seq: number, payload: TimerPayload): Timer {
  return { at, seq, ...payload };
}
