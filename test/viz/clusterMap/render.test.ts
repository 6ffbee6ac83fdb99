import { select } from 'd3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlacedTask } from '../../../src/viz/clusterMap/layout';
import { loadTransitions } from '../../../src/viz/shared/transition';
import { buildClusterMap, type ClusterMapOptions } from '../../../src/viz/clusterMap/model';
import {
  createClusterMap,
  type ClusterMapRenderer,
  type RenderOptions,
} from '../../../src/viz/clusterMap/render';
import { ciArnFor, syntheticState, taskArnFor, type TaskSpec } from '../../../bench/synthetic';
import type { SimState } from '../../../src/engine/index';
import { I, MIXED_FLEET, MIXED_TASKS, mixedCluster, tid } from '../fixtures';

let renderer: ClusterMapRenderer | undefined;
let host: HTMLDivElement;
afterEach(() => {
  renderer?.destroy();
  host?.remove();
});

function mount(state: SimState, options: Partial<ClusterMapOptions> = {}, render: RenderOptions = {}) {
  host = document.body.appendChild(document.createElement('div'));
  renderer = createClusterMap(host, { width: 1040, remPx: 16, motion: 'reduce', ...render });
  const draw = (s: SimState, o: Partial<ClusterMapOptions> = options) =>
    renderer!.update(buildClusterMap(s, { groupBy: 'availabilityZone', ...o }));
  draw(state);
  return draw;
}

/** The block of task `n` on the map (the legend's sample blocks have no datum). */
const taskEl = (n: number) =>
  [...host.querySelectorAll<SVGGElement>('.cm-tasks .cm-task')].find(
    (el) => select<SVGGElement, PlacedTask>(el).datum().key === taskArnFor(tid(n)),
  );
const stopped = (n: number) =>
  MIXED_TASKS.map((t): TaskSpec =>
    t.id === tid(n) ? { ...t, lastStatus: 'STOPPED', desiredStatus: 'STOPPED' } : t,
  );

describe('cluster map render', () => {
  it('names the picture with the model summary and gives it the img role', () => {
    mount(mixedCluster());
    const picture = host.querySelector('.cm-picture')!;
    expect(picture.getAttribute('role')).toBe('img');
    expect(picture.getAttribute('aria-label')).toMatch(/^Cluster map by availability zone: 7 instances/);
  });

  it('makes every visible task a focusable button named for screen readers', () => {
    mount(mixedCluster());
    const tasks = [...host.querySelectorAll('.cm-tasks .cm-task[role="button"]')];
    expect(tasks).toHaveLength(10);
    expect(tasks.every((el) => el.getAttribute('tabindex') === '0')).toBe(true);
    expect(taskEl(1)!.getAttribute('aria-label')).toBe('task web:3 RUNNING on i-0aaa11… in us-east-1a');
  });

  it.each([
    ['a click', (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }))],
    [
      'Enter',
      (el: Element) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })),
    ],
    ['Space', (el: Element) => el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))],
  ])('selects a task on %s', (_, act) => {
    const onSelectTask = vi.fn();
    mount(mixedCluster(), {}, { onSelectTask });
    act(taskEl(5)!.querySelector('.cm-body')!);
    expect(onSelectTask).toHaveBeenCalledWith(taskArnFor(tid(5)));
  });

  it('ignores other keys and clicks outside the task blocks', () => {
    const onSelectTask = vi.fn();
    mount(mixedCluster(), {}, { onSelectTask });
    taskEl(5)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    host.querySelector('.cm-card')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelectTask).not.toHaveBeenCalled();
  });

  it('keeps the node and position of every other task when one task stops', () => {
    const draw = mount(mixedCluster());
    const before = new Map(
      [1, 2, 3, 5, 8].map((n) => [n, [taskEl(n), taskEl(n)!.getAttribute('transform')]]),
    );
    draw(syntheticState({ now: 20, instances: MIXED_FLEET, tasks: stopped(4) }));
    expect(taskEl(4)).toBeUndefined();
    for (const [n, [el, transform]] of before) {
      expect(taskEl(n)).toBe(el);
      expect(taskEl(n)!.getAttribute('transform')).toBe(transform);
    }
  });

  it('keeps an instance card node when its agent registers', () => {
    const draw = mount(mixedCluster());
    const card = () =>
      [...host.querySelectorAll('.cm-card')].find((el) => el.textContent?.includes('i-0ccc2222'));
    const waiting = card();
    expect(waiting?.classList.contains('cm-waiting')).toBe(true);
    const fleet = MIXED_FLEET.map((i) => (i.id === I.c2 ? { ...i, agent: undefined } : i));
    draw(syntheticState({ now: 20, instances: fleet, tasks: MIXED_TASKS }));
    expect(card()).toBe(waiting);
    expect(card()!.classList.contains('cm-active')).toBe(true);
  });

  it('removes a stopped task at once when motion is reduced', () => {
    const draw = mount(mixedCluster());
    const el = taskEl(4)!;
    draw(syntheticState({ now: 20, instances: MIXED_FLEET, tasks: stopped(4) }));
    expect(el.isConnected).toBe(false);
  });

  it('draws the first picture without motion, even when motion is asked for', () => {
    mount(mixedCluster(), {}, { motion: 'full' });
    const el = taskEl(4)!;
    expect(el.getAttribute('opacity')).toBeNull();
    expect(el.getAttribute('transform')).toMatch(/^translate\(/);
  });

  it('fades a stopped task out before removing it, even while updates keep coming', async () => {
    await loadTransitions();
    const draw = mount(mixedCluster(), {}, { motion: 'full' });
    const el = taskEl(4)!;
    const next = syntheticState({ now: 20, instances: MIXED_FLEET, tasks: stopped(4) });
    draw(next);
    expect(el.isConnected).toBe(true);
    expect(el.classList.contains('exiting')).toBe(true);
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 60));
      draw(next);
    }
    await vi.waitFor(() => expect(el.isConnected).toBe(false), { timeout: 1500 });
  });

  it('marks highlighted instances and the selected task, with aria-pressed', () => {
    mount(mixedCluster(), { highlighted: new Set([ciArnFor(I.b1)]), selectedTaskArn: taskArnFor(tid(5)) });
    const marked = [...host.querySelectorAll('.cm-card.cm-highlighted')].map(
      (el) => el.querySelector('.cm-title')!.textContent,
    );
    expect(marked).toEqual(['i-0bbb1111… m5.xlarge']);
    expect(taskEl(5)!.classList.contains('cm-selected')).toBe(true);
    expect(taskEl(5)!.getAttribute('aria-pressed')).toBe('true');
    expect(taskEl(1)!.getAttribute('aria-pressed')).toBe('false');
  });

  it('draws the reserved part of CPU and memory bars in proportion to what tasks hold', () => {
    mount(mixedCluster());
    const card = [...host.querySelectorAll('.cm-card')].find((el) => el.textContent?.includes('i-0aaa1111'))!;
    const width = (sel: string) => Number(card.querySelector(sel)!.getAttribute('width'));
    expect(width('.cm-cpu .cm-used') / width('.cm-cpu .cm-track')).toBeCloseTo(1536 / 2048);
    expect(width('.cm-mem .cm-used') / width('.cm-mem .cm-track')).toBeCloseTo(3072 / 7680);
    expect(card.querySelector('.cm-cpu .cm-value')!.textContent).toBe('1536/2048');
    expect(card.querySelectorAll('.cm-eni-slot')).toHaveLength(2);
  });

  it('shows the numbers in a tooltip when a task takes focus, and hides it on Escape', () => {
    mount(mixedCluster());
    const tip = host.querySelector<HTMLElement>('.cm-tooltip')!;
    expect(tip.hidden).toBe(true);
    taskEl(1)!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain('Reserves 512 CPU units and 1024 MiB');
    expect(taskEl(1)!.getAttribute('aria-describedby')).toBe(tip.id);
    taskEl(1)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(tip.hidden).toBe(true);
  });

  it('lists the task groups on the map in the legend with their letters', () => {
    mount(mixedCluster());
    const items = [...host.querySelectorAll('.cm-legend-groups li span')].map((span) => span.textContent);
    expect(items).toEqual([
      'A: web (service)',
      'B: api (service)',
      'C: worker (family)',
      'D: batch (family)',
    ]);
    expect(host.querySelectorAll('.cm-legend-phases li')).toHaveLength(4);
  });

  it('draws the task-state samples without a letter, so they are not read as a task group', () => {
    mount(mixedCluster());
    const letters = [...host.querySelectorAll('.cm-legend-phases .cm-letter')].map((t) => t.textContent);
    expect(letters).toHaveLength(4);
    expect(letters.every((l) => l === '')).toBe(true);
  });

  it('leaves nothing behind when destroyed', () => {
    mount(mixedCluster());
    renderer!.destroy();
    renderer = undefined;
    expect(host.innerHTML).toBe('');
  });
});
