import { describe, expect, it } from 'vitest';
import { fargateWebWorld } from '../load/world';

describe('the metric store', () => {
  it('keeps two days of 1-minute datapoints per metric, in chunks of an hour, dropping the oldest', () => {
    const { sim } = fargateWebWorld(1);
    sim.advance(3 * 24 * 3600);
    const series = Object.values(sim.state.cloudwatch.metrics).find(
      (m) => m.metricName === 'CPUUtilization' && m.dimensions.length === 2,
    )!;
    expect(series.chunks.length).toBeLessThanOrEqual(49);
    expect(series.chunks.every((c) => c.length <= 60)).toBe(true);
    const points = series.chunks.flat();
    expect(points[0]!.t).toBeGreaterThanOrEqual(sim.now - 49 * 3600);
    // one datapoint per minute, in order, none twice
    for (let i = 1; i < points.length; i++) expect(points[i]!.t - points[i - 1]!.t).toBe(60);
  });
});
