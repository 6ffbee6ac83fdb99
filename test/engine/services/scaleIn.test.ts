import { describe, expect, it } from 'vitest';
import type { SimState, Task } from '../../../src/engine';
import { chooseTasksToStop } from '../../../src/engine/services/scaleIn';
import { aTask } from '../../builders/task';
import { aContainerInstance } from '../../builders/containerInstance';
import { aTaskDefinition } from '../../builders/taskDefinition';

const td = aTaskDefinition('web').build();
const a1 = aContainerInstance('a1').inAz('us-east-1a').build();
const a2 = aContainerInstance('a2').inAz('us-east-1a').build();
const b1 = aContainerInstance('b1').inAz('us-east-1b').build();
const state = {
  ecs: {
    containerInstances: Object.fromEntries([a1, a2, b1].map((ci) => [ci.containerInstanceArn, ci])),
  },
} as unknown as SimState;

const on = (ci: typeof a1, createdAt: number): Task => ({ ...aTask(td).onInstance(ci).build(), createdAt });

describe('chooseTasksToStop', () => {
  const tasks = [on(a1, 1), on(a1, 2), on(a1, 3), on(a2, 4), on(b1, 5)];
  const where = (chosen: Task[]) => chosen.map((t) => t.containerInstanceArn);

  it('by default takes from the AZ with the most tasks, then the instance with the most, newest first', () => {
    const chosen = chooseTasksToStop(state, tasks, [], 3);
    expect(where(chosen)).toEqual([
      a1.containerInstanceArn,
      a1.containerInstanceArn,
      a2.containerInstanceArn,
    ]);
    expect(chosen[0]!.createdAt).toBe(3);
  });

  it('takes tasks that are not yet healthy first', () => {
    const chosen = chooseTasksToStop(state, tasks, [], 1, (t) => t.createdAt === 5);
    expect(where(chosen)).toEqual([b1.containerInstanceArn]);
  });

  it('with binpack, stops where the most resources stay free', () => {
    const roomy = { ...b1, remainingResources: { ...b1.remainingResources, memory: 7000 } };
    const tight = { ...a1, remainingResources: { ...a1.remainingResources, memory: 100 } };
    const s = {
      ecs: {
        containerInstances: {
          [roomy.containerInstanceArn]: roomy,
          [tight.containerInstanceArn]: tight,
          [a2.containerInstanceArn]: { ...a2, remainingResources: { ...a2.remainingResources, memory: 500 } },
        },
      },
    } as unknown as SimState;
    const chosen = chooseTasksToStop(s, tasks, [{ type: 'binpack', field: 'memory' }], 1);
    expect(where(chosen)).toEqual([b1.containerInstanceArn]);
  });
});
