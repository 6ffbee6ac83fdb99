import type { LoadShape } from '../model/load';

const rps = (n: number) => `${Math.round(n * 10) / 10} requests/s`;
const minutes = (s: number) => (s % 60 === 0 ? `${s / 60} min` : `${s} s`);

/** A load shape in words, for the event log and the load control ("a spike from 50 to 400 requests/s…"). */
export function describeLoadShape(shape: LoadShape): string {
  switch (shape.kind) {
    case 'constant':
      return `a constant ${rps(shape.requestsPerSecond)}`;
    case 'ramp':
      return `a ramp from ${rps(shape.from)} to ${rps(shape.to)} over ${minutes(shape.durationSeconds)}`;
    case 'spike':
      return `${rps(shape.base)} with a spike to ${rps(shape.peak)} for ${minutes(shape.durationSeconds)}`;
    case 'daily':
      return `a daily curve between ${rps(shape.low)} and ${rps(shape.high)}, peaking at ${String(shape.peakHour).padStart(2, '0')}:00`;
  }
}
