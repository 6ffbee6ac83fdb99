import { expect } from 'vitest';
import type { Simulation } from '../../../../src/engine';
import { errorOf } from './runTaskHelpers';

/** Calls an operation that must be refused: checks the error name and message, and that nothing changed. */
export function refused(
  sim: Simulation,
  operation: string,
  input: Record<string, unknown>,
  name: string,
  message: RegExp,
) {
  const before = JSON.stringify(sim.state);
  const error = errorOf(() => sim.callByName('ecs', operation, input));
  expect(error.name).toBe(name);
  expect(error.message).toMatch(message);
  expect(JSON.stringify(sim.state)).toBe(before);
  return error;
}
