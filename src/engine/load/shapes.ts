import { uint32Digest } from '../../lib/digest';
import type { LoadShape, ServiceLoad } from '../model/load';

const DAY = 24 * 3600;

/** The shape's rate at virtual time `t`, before noise (requests per second, never negative). */
export function shapeRate(shape: LoadShape, t: number): number {
  switch (shape.kind) {
    case 'constant':
      return shape.requestsPerSecond;
    case 'ramp': {
      if (t <= shape.startAt) return shape.from;
      const done = shape.durationSeconds <= 0 ? 1 : Math.min(1, (t - shape.startAt) / shape.durationSeconds);
      return shape.from + (shape.to - shape.from) * done;
    }
    case 'spike':
      return t >= shape.startAt && t < shape.startAt + shape.durationSeconds ? shape.peak : shape.base;
    case 'daily': {
      // a cosine wave: `high` at peakHour, `low` twelve hours away
      const phase = ((t % DAY) / DAY - shape.peakHour / 24) * 2 * Math.PI;
      return shape.low + ((shape.high - shape.low) * (1 + Math.cos(phase))) / 2;
    }
  }
}

/**
 * The service's request rate at `t`: the shape, moved by its noise. The noise of a minute is a hash of the
 * load's seed and the minute, so it replays exactly and draws nothing from the simulation's generator.
 */
export function loadRate(load: ServiceLoad, t: number): number {
  const base = shapeRate(load.shape, t);
  if (load.noise <= 0) return base;
  const minute = Math.floor(t / 60);
  const u = uint32Digest(`${load.noiseSeed}:${minute}`) / 0xffffffff; // [0, 1]
  return Math.max(0, base * (1 + load.noise * (2 * u - 1)));
}
