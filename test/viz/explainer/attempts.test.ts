import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/app/scenarios';
import { replay } from '../../../src/app/timeline';
import type { Simulation } from '../../../src/engine';
import { recentFailedAttempts } from '../../../src/viz/explainer/attempts';

/** The "A full cluster" scenario: three t3.small instances with room for three more web tasks. */
const fullCluster = () => replay(findScenario('full-cluster')!, [], 0);
const runWeb = (sim: Simulation, count: number) =>
  sim.callByName('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count }) as {
    tasks: unknown[];
  };

describe('recent failed attempts', () => {
  it('folds the failure events of one request into one entry with its unplaced count', () => {
    const sim = fullCluster();
    const out = runWeb(sim, 5);
    expect(out.tasks).toHaveLength(3);
    // the engine emits one PlacementFailed per unplaced task, all with the same trace id
    const failures = sim.events.filter((e) => e.type === 'PlacementFailed');
    expect(failures).toHaveLength(2);
    const attempts = recentFailedAttempts(sim.events);
    expect(attempts).toEqual([
      {
        traceId: failures[0]!.traceId,
        at: failures[0]!.at,
        taskDefinition: 'web:1',
        reason: 'RESOURCE:MEMORY',
        unplaced: 2,
      },
    ]);
    expect(sim.trace(attempts[0]!.traceId)?.failure?.reason).toBe('RESOURCE:MEMORY');
  });

  it('lists each request once, newest first, with unique keys, and stops at the limit', () => {
    const sim = fullCluster();
    runWeb(sim, 5); // 2 unplaced
    for (let i = 0; i < 3; i++) runWeb(sim, 2 + i); // the cluster is full now: 2, 3 and 4 unplaced
    const attempts = recentFailedAttempts(sim.events, 3);
    expect(attempts.map((a) => a.unplaced)).toEqual([4, 3, 2]);
    expect(new Set(attempts.map((a) => a.traceId)).size).toBe(3);
    expect(recentFailedAttempts(sim.events).map((a) => a.unplaced)).toEqual([4, 3, 2, 2]);
  });

  it('is empty when every task was placed', () => {
    const sim = fullCluster();
    runWeb(sim, 1);
    expect(recentFailedAttempts(sim.events)).toEqual([]);
  });
});
