import { describe, expect, it } from 'vitest';
import { binpack } from '../../../src/engine/placement/strategies/binpack';
import { random } from '../../../src/engine/placement/strategies/random';
import { spread } from '../../../src/engine/placement/strategies/spread';
import { scoreIn, type StrategyPlugin } from '../../../src/engine/placement/types';
import { aContainerInstance } from '../../builders/containerInstance';
import { needs, viewOf } from './fixtures';

const ci = aContainerInstance;

describe('binpack', () => {
  it.each([
    { field: 'memory', free: [{ memory: 4000 }, { memory: 1000 }, { memory: 2500 }], best: 1 },
    { field: 'cpu', free: [{ cpu: 1024 }, { cpu: 2048 }, { cpu: 512 }], best: 2 },
  ])('scores by remaining $field, so the least remaining ranks first', ({ field, free, best }) => {
    const view = viewOf(free.map((f) => ci().withFree(f).build()));
    const ranker = binpack.bind({ type: 'binpack', field }, needs(), view);
    const scores = view.records.map((_, i) => scoreIn(ranker.scores!, i));
    expect(scores.indexOf(Math.min(...scores))).toBe(best);
  });

  it('says what is left before and after placing', () => {
    const view = viewOf([ci().withFree({ memory: 1000 }).build()]);
    expect(binpack.bind({ type: 'binpack', field: 'memory' }, needs(), view).describe(0)).toBe(
      '1000 MiB free, 488 after placing',
    );
  });

  it.each([
    { field: 'memory', ok: true },
    { field: 'cpu', ok: true },
    { field: undefined, ok: false },
    { field: 'MEMORY', ok: false },
    { field: 'attribute:ecs.availability-zone', ok: false },
  ])('accepts field $field: $ok', ({ field, ok }) => {
    expect(binpack.fieldProblem(field) === undefined).toBe(ok);
  });
});

describe('spread', () => {
  it('counts the group tasks per attribute value across instances', () => {
    const view = viewOf(
      [ci().inAz('us-east-1a').build(), ci().inAz('us-east-1a').build(), ci().inAz('us-east-1b').build()],
      { groupTasks: [1, 2, 1] },
    );
    const ranker = spread.bind({ type: 'spread', field: 'attribute:ecs.availability-zone' }, needs(), view);
    expect([0, 1, 2].map((i) => scoreIn(ranker.scores!, i))).toEqual([3, 3, 1]);
    ranker.placed(2);
    expect(scoreIn(ranker.scores!, 2)).toBe(2);
    expect(ranker.describe(2)).toBe('2 tasks of the group where ecs.availability-zone = us-east-1b');
  });

  it.each(['instanceId', 'host'])('counts per instance for field %s', (field) => {
    const view = viewOf([ci().build(), ci().build()], { groupTasks: [2, 0] });
    const ranker = spread.bind({ type: 'spread', field }, needs(), view);
    expect([scoreIn(ranker.scores!, 0), scoreIn(ranker.scores!, 1)]).toEqual([2, 0]);
  });

  it('puts instances lacking the attribute together under one empty value', () => {
    const view = viewOf([ci().withoutAttribute('rack').build(), ci().withAttribute('rack', 'r1').build()], {
      groupTasks: [1, 0],
    });
    const ranker = spread.bind({ type: 'spread', field: 'attribute:rack' }, needs(), view);
    expect(ranker.describe(0)).toContain('(not set)');
    expect([scoreIn(ranker.scores!, 0), scoreIn(ranker.scores!, 1)]).toEqual([1, 0]);
  });

  it.each([
    { field: 'instanceId', ok: true },
    { field: 'host', ok: true },
    { field: 'attribute:ecs.availability-zone', ok: true },
    { field: 'attribute:', ok: false },
    { field: undefined, ok: false },
    { field: 'memory', ok: false },
  ])('accepts field $field: $ok', ({ field, ok }) => {
    expect(spread.fieldProblem(field) === undefined).toBe(ok);
  });
});

describe('random', () => {
  it('has no score (the pipeline picks with the seeded generator) and takes no field', () => {
    const view = viewOf([ci().build()]);
    expect((random as StrategyPlugin).bind({ type: 'random' }, needs(), view).scores).toBeUndefined();
    expect(random.fieldProblem(undefined)).toBeUndefined();
    expect(random.fieldProblem('memory')).toMatch(/takes no field/);
  });
});
