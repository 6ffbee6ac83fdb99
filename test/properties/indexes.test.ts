import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOperation, type SimState, type Simulation } from '../../src/engine';
import { EngineContext } from '../../src/engine/context';
import {
  indexesOf,
  recomputeIndexes,
  registeredCountOf,
  registeredInstancesOf,
  tasksInGroup,
  type StateIndexes,
} from '../../src/engine/indexes';
import type { Task } from '../../src/engine/model/ecs';
import { reconcileService } from '../../src/engine/services/reconcile';
import {
  createService,
  describe1,
  liveTasks,
  registerWeb,
  serviceTasks,
  serviceWorld,
} from '../engine/services/world';
import { actionSequence } from './actions';
import { describeAction, runPlan, type Step } from './run';

/**
 * The write-path indexes (src/engine/indexes.ts) over random call sequences: after every action, and after
 * every accepted call is run once more and rolled back, they equal a full recomputation from the state.
 */

const SEQUENCES = 200;
const MAX_ACTIONS = 20;

const stateOf = (sim: Simulation) => sim.state as unknown as SimState;

/** The indexes as plain data: maps keyed by ARN sorted by key, orders that carry meaning kept. */
function plain(indexes: StateIndexes) {
  const byKey = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => a.localeCompare(b));
  return {
    byInstance: byKey(indexes.byInstance).map(([arn, load]) => ({
      arn,
      tasks: [...load.tasks],
      byGroup: [...load.byGroup].sort(([a], [b]) => a.localeCompare(b)),
      groups: [...load.groups].sort(),
      ports: [...load.ports].sort(([a], [b]) => a - b),
    })),
    byCluster: byKey(indexes.byCluster).map(([arn, members]) => ({ arn, members: [...members.keys()] })),
    fargate: byKey(indexes.fargate).map(([arn, counts]) => ({
      arn,
      byAz: byKey(counts.byAz),
      byGroup: byKey(counts.byGroup).map(([group, byAz]) => [group, byKey(byAz)]),
    })),
    // a group's tasks in table order, with the stored records themselves
    byTaskGroup: byKey(indexes.byTaskGroup).map(([arn, groups]) => ({
      arn,
      groups: byKey(groups).map(([group, tasks]) => ({ group, tasks: [...tasks] })),
    })),
  };
}

function checkIndexes(sim: Simulation, step: Step, when: string): void {
  const state = stateOf(sim);
  const kept = indexesOf(state);
  const fresh = recomputeIndexes(state);
  const message = `${describeAction(step)} (${when})`;
  expect(plain(kept), message).toEqual(plain(fresh));
  // the cluster lists hold the stored records themselves, not older copies
  for (const members of kept.byCluster.values())
    for (const [arn, ci] of members) expect(ci, message).toBe(state.ecs.containerInstances[arn]);
  // a group's tasks, in the task table's order, are the stored records (the scheduler reads them)
  const groups = new Set(Object.values(state.ecs.tasks).map((t) => `${t.clusterArn} ${t.group}`));
  for (const [cluster, byGroup] of kept.byTaskGroup)
    for (const group of byGroup.keys()) groups.add(`${cluster} ${group}`);
  for (const key of groups) {
    const [cluster, group] = key.split(' ') as [string, string];
    const inTable = Object.values(state.ecs.tasks).filter(
      (t) => t.clusterArn === cluster && t.group === group,
    );
    const kept = [...tasksInGroup(state, cluster, group).values()];
    expect(kept.length, message).toBe(inTable.length);
    kept.forEach((task, i) => expect(task, message).toBe(inTable[i]));
  }
  const clusters = new Set([...Object.keys(state.ecs.clusters), ...kept.byCluster.keys()]);
  for (const cluster of clusters) {
    const registered = Object.values(state.ecs.containerInstances).filter(
      (ci) => ci.clusterArn === cluster && ci.status !== 'INACTIVE',
    );
    expect(registeredCountOf(state, cluster), message).toBe(registered.length);
    expect(registeredInstancesOf(state, cluster), message).toEqual(registered);
    registeredInstancesOf(state, cluster).forEach((ci, i) => expect(ci, message).toBe(registered[i]));
  }
}

/** Runs an accepted call again on the current state and rolls it back, as a rejected call would be. */
function runAndRollBack(sim: Simulation, step: Step): void {
  const { action } = step;
  if (action.kind !== 'call' || !step.outcome.ok) return;
  const operation = findOperation(action.service, action.operation)!;
  const ctx = new EngineContext(stateOf(sim));
  try {
    operation.handle(ctx, structuredClone(action.input) as never);
  } catch {
    // a second run may be refused (a name now taken); whatever it wrote is rolled back all the same
  }
  ctx.tx.rollback();
}

describe('the task-group index under a rolled-back journal', () => {
  it('puts back removed, added and rewritten tasks, in the table order', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 3 });
    sim.advance(60);
    const state = stateOf(sim);
    const [first, second] = serviceTasks(sim);
    indexesOf(state);
    const ctx = new EngineContext(state);
    ctx.tx.remove(state.ecs.tasks, first!.taskArn);
    ctx.tx.set(state.ecs.tasks, second!.taskArn, { ...second!, lastStatus: 'STOPPED' });
    ctx.tx.set(state.ecs.tasks, 'arn:aws:ecs:us-east-1:123456789012:task/default/new', {
      ...first!,
      taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/default/new' as Task['taskArn'],
    });
    // a removed key put back goes last in the table, and so in the index
    ctx.tx.set(state.ecs.tasks, first!.taskArn, first!);
    expect(plain(indexesOf(state))).toEqual(plain(recomputeIndexes(state)));
    ctx.tx.rollback();
    expect(plain(indexesOf(state))).toEqual(plain(recomputeIndexes(state)));
    const inTable = Object.values(state.ecs.tasks).filter((t) => t.group === 'service:web');
    expect([...tasksInGroup(state, first!.clusterArn, 'service:web').values()]).toEqual(inTable);
  });
});

/** A service's life in calls: deployments, scaling and stops, with time in between. */
const serviceCall = fc.oneof(
  fc.record({ advance: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ desiredCount: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ taskDefinition: fc.constantFrom('web:1', 'web:2') }),
  fc.record({ forceNewDeployment: fc.constant(true) }),
  fc.record({ stop: fc.nat() }),
);

describe('the task-group index over a service scheduler at work', () => {
  it('equals a full recomputation after every call, and after it and a reconcile are run again and rolled back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(serviceCall, { maxLength: 12 }),
        (seed, calls) => {
          const { sim } = serviceWorld(1, seed);
          registerWeb(sim, 'v2');
          createService(sim, { desiredCount: 3 });
          const state = stateOf(sim);
          for (const call of calls) {
            let input: Record<string, unknown> | undefined;
            let operation = 'UpdateService';
            if ('advance' in call) sim.advance(call.advance);
            else if ('stop' in call) {
              const live = liveTasks(sim);
              if (live.length) input = { task: live[call.stop % live.length]!.taskArn };
              operation = 'StopTask';
            } else input = { service: 'web', ...call };
            if (input) sim.callByName('ecs', operation, input);
            expect(plain(indexesOf(state))).toEqual(plain(recomputeIndexes(state)));
            // the call once more, and a reconcile (it starts and stops tasks), each rolled back
            const again = new EngineContext(state);
            if (input) findOperation('ecs', operation)!.handle(again, input as never);
            reconcileService(again, describe1(sim).serviceArn);
            again.tx.rollback();
            expect(plain(indexesOf(state))).toEqual(plain(recomputeIndexes(state)));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('write-path indexes', { timeout: 300_000 }, () => {
  it('equal a full recomputation after every action and every rolled-back call', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), actionSequence(MAX_ACTIONS), (seed, plan) => {
        runPlan(seed, plan, (sim, step) => {
          checkIndexes(sim, step, 'after the action');
          runAndRollBack(sim, step);
          checkIndexes(sim, step, 'after running it again and rolling back');
        });
      }),
      { numRuns: SEQUENCES },
    );
  });
});
