import type { SimTime } from './ids';

/**
 * How many requests per second a service receives over time (the sandbox's load model; AWS has no such thing,
 * the learner's clients do). Times are virtual seconds; `daily` repeats every 24 h of virtual time.
 */
export type LoadShape =
  | { readonly kind: 'constant'; readonly requestsPerSecond: number }
  /** from `from` to `to` over `durationSeconds` starting at `startAt`, then `to` */
  | {
      readonly kind: 'ramp';
      readonly from: number;
      readonly to: number;
      readonly startAt: SimTime;
      readonly durationSeconds: number;
    }
  /** `base`, then `peak` from `startAt` for `durationSeconds`, then `base` again */
  | {
      readonly kind: 'spike';
      readonly base: number;
      readonly peak: number;
      readonly startAt: SimTime;
      readonly durationSeconds: number;
    }
  /** a day-long wave between `low` and `high`, highest at `peakHour` (0–23, hours of virtual time) */
  | { readonly kind: 'daily'; readonly low: number; readonly high: number; readonly peakHour: number };

/** The load a service is given (sim SetLoad), keyed in the state by service ARN. */
export interface ServiceLoad {
  readonly serviceArn: string;
  readonly shape: LoadShape;
  /** 0–0.5: each minute's rate is moved by up to ± this fraction, drawn from `noiseSeed` (replayable) */
  readonly noise: number;
  readonly noiseSeed: number;
  readonly setAt: SimTime;
}
