import { describe, expect, it } from 'vitest';
import { benchClusterMap } from '../../../bench/clusterMapBench';

describe('benchClusterMap', () => {
  it('returns one duration per batch of placed tasks and cleans up after itself', async () => {
    const durations = await benchClusterMap(document, 4, 25, { batch: 10, motion: 'reduce' });
    expect(durations).toHaveLength(3);
    expect(durations.every((d) => Number.isFinite(d) && d >= 0)).toBe(true);
    expect(document.body.innerHTML).toBe('');
  });
});
