import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClusterMap from '../../../src/ui/ClusterMap.svelte';
import { ciArnFor, taskArnFor } from '../../../bench/synthetic';
import { I, mixedCluster, tid } from '../fixtures';

// jsdom has no ResizeObserver (the map watches its width with one); the map then falls back to its default width
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

/** The map draws its first frame after the browser has painted the page (startup keeps it a task of its own). */
const drawn = (container: HTMLElement) =>
  vi.waitFor(() => expect(container.querySelector('.cm-card')).not.toBeNull());

/** The Svelte wrapper (src/ui/ClusterMap.svelte): creates the renderer once, redraws on prop changes. */
describe('ClusterMap.svelte', () => {
  afterEach(cleanup);
  const props = () => ({
    state: mixedCluster(),
    groupBy: 'availabilityZone' as const,
    highlighted: new Set<string>(),
    onSelectTask: vi.fn(),
  });

  it('draws the map and redraws it when the grouping changes', async () => {
    const { container, rerender } = render(ClusterMap, props());
    await drawn(container);
    const svg = container.querySelector('svg.cm-svg');
    expect(container.querySelector('.cm-picture')!.getAttribute('aria-label')).toMatch(
      /by availability zone/,
    );
    await rerender({ groupBy: 'instanceType' });
    expect(container.querySelector('svg.cm-svg')).toBe(svg);
    expect(container.querySelector('.cm-picture')!.getAttribute('aria-label')).toMatch(/by instance type/);
  });

  it('marks the highlighted instances and redraws when the engine bumps the version', async () => {
    const p = props();
    const { container, rerender } = render(ClusterMap, p);
    await drawn(container);
    await rerender({ highlighted: new Set([ciArnFor(I.a1)]) });
    expect(container.querySelectorAll('.cm-card.cm-highlighted')).toHaveLength(1);
    // the engine changes its state in place; the version prop tells the map
    const tasks = p.state.ecs.tasks as Record<string, { lastStatus: string }>;
    tasks[taskArnFor(tid(1))] = { ...tasks[taskArnFor(tid(1))]!, lastStatus: 'STOPPED' };
    const before = container.querySelectorAll('.cm-tasks .cm-task').length;
    await rerender({ version: 1 });
    expect(container.querySelectorAll('.cm-tasks .cm-task')).toHaveLength(before - 1);
  });

  it('reports a clicked task and the Explain button in the table', async () => {
    const p = props();
    const { container } = render(ClusterMap, p);
    await drawn(container);
    await fireEvent.click(container.querySelector('.cm-tasks .cm-task')!);
    expect(p.onSelectTask).toHaveBeenCalledWith(taskArnFor(tid(1)));
    const details = container.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
    await fireEvent.click(screen.getAllByRole('button', { name: 'Explain api:2' })[0]!);
    expect(p.onSelectTask).toHaveBeenLastCalledWith(taskArnFor(tid(5)));
  });

  it('offers the instances and tasks as tables for screen readers', async () => {
    const { container } = render(ClusterMap, props());
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe(
      'Cluster map as tables (7 instances, 10 tasks)',
    );
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(1 + 7 + 1 + 10);
    expect(screen.getByRole('rowheader', { name: I.c2 }).parentElement!.textContent).toContain(
      'Agent waiting',
    );
  });

  it('lays the map out again when presenter mode changes the root font size', async () => {
    const { container } = render(ClusterMap, props());
    await drawn(container);
    const cardHeight = () => Number(container.querySelector('.cm-card-frame')!.getAttribute('height'));
    const before = cardHeight();
    document.documentElement.style.fontSize = '24px';
    // heights follow the rem exactly (widths may shrink to keep three AZs side by side)
    await vi.waitFor(() => expect(cardHeight()).toBeCloseTo(before * 1.5, 6));
    document.documentElement.style.fontSize = '';
  });

  it('removes the map when unmounted', () => {
    const { container, unmount } = render(ClusterMap, props());
    unmount();
    expect(container.querySelector('.cm-root')).toBeNull();
  });
});
