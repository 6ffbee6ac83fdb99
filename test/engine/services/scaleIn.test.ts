import { describe, expect, it } from 'vitest';
import type { ContainerInstance, SimState, Task } from '../../../src/engine';
import type { PlacementStrategy } from '../../../src/engine/model/taskDefinition';
import { chooseTasksToStop } from '../../../src/engine/services/scaleIn';
import { aTask } from '../../builders/task';
import { aContainerInstance } from '../../builders/containerInstance';
import { aTaskDefinition } from '../../builders/taskDefinition';

/**
 * Which tasks a service stops when it has too many (ecs-reference §3.2, scale-in mirrors placement). Three
 * instances: a1 and a2 in us-east-1a, b1 in us-east-1b, with a `stack` attribute and free memory set per case.
 * Tasks are named by their creation time (a larger one is newer).
 */
const td = aTaskDefinition('web').build();
const instance = (id: string, az: string, stack: string, memory: number, cpu: number) =>
  aContainerInstance(id).inAz(az).withAttribute('stack', stack).withFree({ memory, cpu }).build();
const a1 = instance('a1', 'us-east-1a', 'blue', 100, 1000);
const a2 = instance('a2', 'us-east-1a', 'green', 500, 200);
const b1 = instance('b1', 'us-east-1b', 'green', 7000, 600);
const state = {
  ecs: { containerInstances: Object.fromEntries([a1, a2, b1].map((ci) => [ci.containerInstanceArn, ci])) },
} as unknown as SimState;

const on = (ci: ContainerInstance, createdAt: number): Task => ({
  ...aTask(td).onInstance(ci).build(),
  createdAt,
});

/** a1 holds 1, 2, 3; a2 holds 4; b1 holds 5 */
const UNEVEN = [on(a1, 1), on(a1, 2), on(a1, 3), on(a2, 4), on(b1, 5)];
/** one task per instance, then a second on b1 */
const EVEN = [on(a1, 1), on(a2, 2), on(b1, 3), on(b1, 4)];

interface Case {
  readonly name: string;
  readonly tasks: ReadonlyArray<Task>;
  readonly strategies: ReadonlyArray<PlacementStrategy>;
  readonly n: number;
  /** creation times of the tasks preferred for stopping (not yet healthy) */
  readonly preferred?: ReadonlyArray<number>;
  /** creation times of the tasks stopped, in the order chosen */
  readonly stopped: ReadonlyArray<number>;
}

const cases: ReadonlyArray<Case> = [
  {
    name: 'by default from the AZ with the most tasks, then the instance with the most, newest first',
    tasks: UNEVEN,
    strategies: [],
    n: 3,
    stopped: [3, 2, 4],
  },
  {
    name: 'by default, with the AZs even, from the instance with the most; then from the AZ left with more',
    tasks: EVEN,
    strategies: [],
    n: 2,
    stopped: [4, 2],
  },
  {
    name: 'tasks that are not yet healthy first, whatever the spread',
    tasks: UNEVEN,
    strategies: [],
    n: 1,
    preferred: [5],
    stopped: [5],
  },
  {
    name: 'tasks not yet healthy, then the others by the spread',
    tasks: UNEVEN,
    strategies: [],
    n: 2,
    preferred: [4],
    stopped: [4, 3],
  },
  {
    name: 'spread by instanceId: from the instance with the most tasks',
    tasks: UNEVEN,
    strategies: [{ type: 'spread', field: 'instanceId' }],
    n: 2,
    stopped: [3, 2],
  },
  {
    name: 'spread by an attribute: from the value with the most tasks, the balance counted again after each stop',
    tasks: UNEVEN,
    strategies: [{ type: 'spread', field: 'attribute:stack' }],
    n: 2,
    stopped: [3, 5],
  },
  {
    name: 'binpack on memory: where the most memory stays free',
    tasks: UNEVEN,
    strategies: [{ type: 'binpack', field: 'memory' }],
    n: 2,
    stopped: [5, 4],
  },
  {
    name: 'binpack on cpu: where the most CPU stays free',
    tasks: UNEVEN,
    strategies: [{ type: 'binpack', field: 'cpu' }],
    n: 1,
    stopped: [3],
  },
  {
    name: 'random: the newest',
    tasks: UNEVEN,
    strategies: [{ type: 'random' }],
    n: 2,
    stopped: [5, 4],
  },
  { name: 'no more than there are', tasks: EVEN, strategies: [], n: 9, stopped: [4, 2, 3, 1] },
  { name: 'none when none are asked for', tasks: UNEVEN, strategies: [], n: 0, stopped: [] },
];

describe('chooseTasksToStop', () => {
  it.each(cases)('$name', ({ tasks, strategies, n, preferred = [], stopped }) => {
    const chosen = chooseTasksToStop(state, tasks, strategies, n, (t) => preferred.includes(t.createdAt));
    expect(chosen.map((t) => t.createdAt)).toEqual(stopped);
  });
});
