import { clusterMember } from './clusters';
import { int, num, obj, oneOf, str } from './taskDefinitionBuilders';

/** Requests per second the load model accepts (a million: far beyond what a lesson needs). */
const rate = () => num(0, 1_000_000);

/**
 * sim SetLoad: the requests per second a service's clients send, constant or as a shape over time. The sandbox's
 * own control (AWS has no such call); member names follow the sim service's camelCase.
 */
export const setLoadSchema = obj(
  {
    cluster: clusterMember,
    /** the service's name or ARN */
    service: str({ minLength: 1, maxLength: 1600 }),
    /** a constant rate (the same as shape kind constant) */
    requestsPerSecond: rate(),
    shape: obj(
      {
        kind: oneOf(['constant', 'ramp', 'spike', 'daily']),
        requestsPerSecond: rate(),
        from: rate(),
        to: rate(),
        base: rate(),
        peak: rate(),
        low: rate(),
        high: rate(),
        /** ramp and spike: seconds from now until the change starts (default 0) */
        startInSeconds: int(0, 31_536_000),
        durationSeconds: int(0, 31_536_000),
        /** daily: the hour (0–23) of the day's peak */
        peakHour: int(0, 23),
      },
      ['kind'],
    ),
    /** 0–0.5: each minute's rate moves by up to ± this fraction (default 0) */
    noise: num(0, 0.5),
    /** the noise's seed, so a load replays exactly (default: 1) */
    seed: int(0, 2_147_483_647),
  },
  ['service'],
);
