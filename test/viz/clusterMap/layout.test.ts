import { describe, expect, it } from 'vitest';
import { assignSlots, layoutClusterMap, SIZES, type MapLayout } from '../../../src/viz/clusterMap/layout';
import { buildClusterMap } from '../../../src/viz/clusterMap/model';
import { syntheticState, type TaskSpec } from '../../../bench/synthetic';
import { I, MIXED_FLEET, MIXED_TASKS, tid } from '../fixtures';

const layoutOf = (tasks: ReadonlyArray<TaskSpec>, previous?: MapLayout, width = 1040) =>
  layoutClusterMap(
    buildClusterMap(syntheticState({ instances: MIXED_FLEET, tasks }), { groupBy: 'availabilityZone' }),
    width,
    16,
    previous?.slots,
  );
const positions = (l: MapLayout) =>
  new Map([...l.tasks, ...l.cards].map((m) => [m.key, `${m.x},${m.y}`] as const));

describe('assignSlots', () => {
  it.each([
    ['fills slots in order the first time', undefined, ['a', 'b'], ['a', 'b']],
    ['keeps each task in its slot', ['a', 'b'], ['b', 'a'], ['a', 'b']],
    ['frees the slot of a task that left', ['a', 'b', 'c'], ['a', 'c'], ['a', undefined, 'c']],
    ['puts a new task in the lowest free slot', ['a', undefined, 'c'], ['a', 'c', 'd'], ['a', 'd', 'c']],
    [
      'prefers an older free slot to the one freed in the same update',
      ['a', 'b', undefined, 'c'],
      ['a', 'c', 'd'],
      ['a', undefined, 'd', 'c'],
    ],
    ['reuses the slot freed in the same update when no other is free', ['a', 'b'], ['a', 'd'], ['a', 'd']],
    ['trims free slots at the end', ['a', 'b', 'c'], ['a'], ['a']],
  ] as const)('%s', (_, previous, keys, expected) => {
    expect(assignSlots(previous, keys)).toEqual(expected);
  });
});

describe('layoutClusterMap', () => {
  it('moves no other task or card when a task is placed', () => {
    const before = layoutOf(MIXED_TASKS);
    const added: TaskSpec = { id: tid(20), family: 'web', on: I.a1, createdAt: 70 };
    const after = layoutOf([...MIXED_TASKS, added], before);
    const moved = [...positions(before)].filter(([key, at]) => positions(after).get(key) !== at);
    expect(moved).toEqual([]);
    expect(after.tasks).toHaveLength(before.tasks.length + 1);
  });

  it('moves no other task or card when a task stops', () => {
    const before = layoutOf(MIXED_TASKS);
    const after = layoutOf(
      MIXED_TASKS.filter((t) => t.id !== tid(1)),
      before,
    );
    const moved = [...positions(after)].filter(([key, at]) => positions(before).get(key) !== at);
    expect(moved).toEqual([]);
  });

  it('gives every card one height, sized by the fullest instance', () => {
    const many = Array.from({ length: 9 }, (_, k): TaskSpec => ({
      id: tid(30 + k),
      family: 'web',
      on: I.b1,
      cpu: 10,
      memory: 10,
    }));
    const l = layoutOf([...MIXED_TASKS, ...many]);
    const heights = new Set(l.cards.map((c) => c.h));
    expect(heights.size).toBe(1);
    const rowsOfCells =
      (Math.round(l.cards[0]!.h) - Math.round(16 * (SIZES.cardPad * 2 + SIZES.cardLines * SIZES.line))) /
      (16 * (SIZES.cell + SIZES.cellGap));
    expect(Math.round(rowsOfCells)).toBe(2);
  });

  it('wraps cards into as many columns as the width allows', () => {
    const columns = (width: number) =>
      new Set(layoutOf(MIXED_TASKS, undefined, width).cards.map((c) => c.x)).size;
    expect(columns(1040)).toBe(3);
    expect(columns(600)).toBe(3);
    expect(columns(400)).toBe(2);
    expect(columns(200)).toBe(1);
  });

  it('shrinks cards (down to a floor) so three AZs sit side by side before a band wraps', () => {
    const rem = 16;
    const cardWidths = (width: number) =>
      new Set(layoutOf(MIXED_TASKS, undefined, width).cards.map((c) => c.w));
    expect(cardWidths(1040)).toEqual(new Set([SIZES.cardWidth * rem]));
    const narrow = [...cardWidths(560)];
    expect(narrow).toHaveLength(1);
    expect(narrow[0]).toBeLessThan(SIZES.cardWidth * rem);
    expect(narrow[0]).toBeGreaterThanOrEqual(SIZES.minCardWidth * rem);
    // the three AZ bands share a row; the "waiting for capacity" band may start the next one
    const bands = layoutOf(MIXED_TASKS, undefined, 560).bands.filter((b) => b.key.startsWith('az:'));
    expect(bands).toHaveLength(3);
    expect(new Set(bands.map((b) => b.y)).size).toBe(1);
    expect(Math.max(...bands.map((b) => b.x + b.w))).toBeLessThanOrEqual(560);
    expect(cardWidths(200)).toEqual(new Set([SIZES.minCardWidth * rem]));
  });

  it('orders tasks for the keyboard by band, then instance, then slot', () => {
    const l = layoutOf(MIXED_TASKS);
    const ys = l.tasks.map((t) => t.y);
    expect(l.tasks[0]!.key.endsWith(tid(1))).toBe(true);
    expect(l.tasks.at(-1)!.view.label).toBe('batch:5');
    expect(ys.slice(0, 3)).toEqual([...ys.slice(0, 3)].sort((a, b) => a - b));
  });
});
