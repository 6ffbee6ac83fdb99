import { describe, expect, it } from 'vitest';
import { circuitBreakerThreshold, deploymentBounds } from '../../../src/engine';

describe('deploymentBounds (minimum rounds up, maximum rounds down)', () => {
  it.each([
    // desired, min %, max %, lower, upper
    [4, 100, 200, 4, 8],
    [4, 50, 100, 2, 4],
    [4, 0, 100, 0, 4],
    [4, 100, 100, 4, 4],
    [4, 50, 200, 2, 8],
    [2, 75, 125, 2, 2],
    [3, 50, 125, 2, 3],
    [0, 100, 200, 0, 0],
  ])('%i tasks at %i/%i → lower %i, upper %i', (desired, min, max, lower, upper) => {
    expect(deploymentBounds(desired, min, max)).toEqual({ lower, upper });
  });
});

describe('circuitBreakerThreshold', () => {
  it.each([
    [0, 3],
    [1, 3],
    [2, 3],
    [5, 3],
    [6, 3],
    [7, 4],
    [10, 5],
    [25, 13],
    [150, 75],
    [399, 200],
    [400, 200],
    [401, 200],
    [800, 200],
  ])('default (BOUNDED_PERCENT 50) with %i desired → %i', (desired, threshold) => {
    expect(circuitBreakerThreshold(desired)).toBe(threshold);
  });

  it.each([
    { desired: 10, type: 'COUNT', value: 2, threshold: 2 },
    { desired: 800, type: 'COUNT', value: 500, threshold: 500 },
    { desired: 10, type: 'COUNT', value: 0, threshold: 1 },
    { desired: 800, type: 'UNBOUNDED_PERCENT', value: 50, threshold: 400 },
    { desired: 2, type: 'UNBOUNDED_PERCENT', value: 50, threshold: 1 },
    { desired: 0, type: 'UNBOUNDED_PERCENT', value: 50, threshold: 1 },
    { desired: 2, type: 'BOUNDED_PERCENT', value: 100, threshold: 3 },
    { desired: 10, type: 'BOUNDED_PERCENT', value: 100, threshold: 10 },
    { desired: 1000, type: 'BOUNDED_PERCENT', value: 25, threshold: 200 },
  ] as const)('$type $value with $desired desired → $threshold', ({ desired, type, value, threshold }) => {
    expect(circuitBreakerThreshold(desired, { type, value })).toBe(threshold);
  });
});
