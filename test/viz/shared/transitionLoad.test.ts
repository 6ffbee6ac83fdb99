import { select } from 'd3';
import { describe, expect, it } from 'vitest';
import { animate, fadeOutAndRemove, loadTransitions } from '../../../src/viz/shared/transition';

// a file of its own: the transitions must not have been loaded by another test of this module instance
describe('d3 transitions load on the first animation asked for', () => {
  const svg = () => select(document.body).append('svg');

  it('draws at once until they are loaded, then animates', async () => {
    const rect = svg().append('rect').attr('x', 0);
    animate(rect, 300, (attr) => attr('x', () => 40));
    expect(rect.attr('x'), 'no transitions yet: the change is drawn at once').toBe('40');

    const gone = svg().append('rect');
    fadeOutAndRemove(gone, 300);
    expect(gone.node()!.isConnected, 'removed at once before the load').toBe(false);

    await loadTransitions();
    animate(rect, 300, (attr) => attr('x', () => 80));
    expect(rect.attr('x'), 'the transition has not run its first frame yet').toBe('40');
    const fading = svg().append('rect');
    fadeOutAndRemove(fading, 300);
    expect(fading.node()!.isConnected, 'kept while it fades out').toBe(true);
    expect(fading.classed('exiting')).toBe(true);
  });
});
