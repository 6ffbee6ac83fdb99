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
    [5, 3],
    [6, 3],
    [7, 4],
    [25, 13],
    [400, 200],
    [800, 200],
  ])('default (BOUNDED_PERCENT 50) with %i desired → %i', (desired, threshold) => {
    expect(circuitBreakerThreshold(desired)).toBe(threshold);
  });

  it('takes COUNT as given and leaves UNBOUNDED_PERCENT unclamped', () => {
    expect(circuitBreakerThreshold(10, { type: 'COUNT', value: 2 })).toBe(2);
    expect(circuitBreakerThreshold(800, { type: 'UNBOUNDED_PERCENT', value: 50 })).toBe(400);
    expect(circuitBreakerThreshold(2, { type: 'UNBOUNDED_PERCENT', value: 50 })).toBe(1);
    expect(circuitBreakerThreshold(2, { type: 'BOUNDED_PERCENT', value: 100 })).toBe(3);
  });
});
