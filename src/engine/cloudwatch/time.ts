import { AwsError } from '../errors';
import type { SimState } from '../state';

/**
 * A CloudWatch timestamp (ISO 8601, or epoch seconds as the CLI also accepts) as virtual seconds since the
 * simulation started.
 */
export function parseTimestamp(state: SimState, text: string, field: string): number {
  const epoch = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Date.parse(text) / 1000;
  if (!Number.isFinite(epoch)) {
    throw new AwsError(
      'InvalidParameterValue',
      `${field}: '${text}' is not a timestamp. Use ISO 8601 (2026-01-01T00:00:00Z) or epoch seconds.`,
      field,
    );
  }
  return epoch - state.startEpoch;
}
