import type { SimTime } from './model/ids';
import type { Timer, TimerPayload } from './model/timers';

/** Min-heap on (at, seq) kept in a plain array, so the queue serializes with the rest of the state. */
const before = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export function pushTimer(heap: Timer[], timer: Timer): void {
  heap.push(timer);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

export function popTimer(heap: Timer[]): Timer | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length === 0 || !top || !last) return top;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let best = i;
    if (l < heap.length && before(heap[l]!, heap[best]!)) best = l;
    if (r < heap.length && before(heap[r]!, heap[best]!)) best = r;
    if (best === i) break;
    [heap[i], heap[best]] = [heap[best]!, heap[i]!];
    i = best;
  }
  return top;
}

export const peekTimer = (heap: ReadonlyArray<Timer>): Timer | undefined => heap[0];

export function makeTimer(at: SimTime, seq: number, payload: TimerPayload): Timer {
  return { ...payload, at, seq };
}
