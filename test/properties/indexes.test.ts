import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOperation, type SimState, type Simulation } from '../../src/engine';
import { EngineContext } from '../../src/engine/context';
import {
  indexesOf,
  recomputeIndexes,
  registeredCountOf,
  registeredInstancesOf,
  type StateIndexes,
} from '../../src/engine/indexes';
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
