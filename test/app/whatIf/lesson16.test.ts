import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { WhatIfFork } from '../../../src/app/whatIf/fork.svelte';
import { branchMetrics } from '../../../src/app/whatIf/metrics';
import scenario from '../../../lessons/16-cluster-capacity/scenario';

/** Lesson 16 suggests trying managed scaling on a fork first: this is that fork. */
describe('a what-if fork of lesson 16', () => {
  it('places the waiting reports tasks in the future where managed scaling is on, and only there', () => {
    const live = new Session({ id: 'lesson:16', title: 'Cluster capacity', description: '', ...scenario });
    const fork = new WhatIfFork(live);
    const out = fork.applyLine(
      'aws ecs update-capacity-provider --name shop-cp --auto-scaling-group-provider ' +
        'managedScaling={status=ENABLED,targetCapacity=100},managedTerminationProtection=DISABLED',
    );
    expect(out).toMatchObject({ ok: true });
    fork.advanceBoth(600);
    const now = branchMetrics(fork.asIs.sim, fork.forkedAt);
    const whatIf = branchMetrics(fork.whatIf.sim, fork.forkedAt);
    expect(now.tasksShort).toBeGreaterThan(0);
    expect(whatIf.tasksShort).toBe(0);
    expect(whatIf.tasksPlaced - now.tasksPlaced).toBe(now.tasksShort);
    expect(whatIf.instancesUsed).toBeGreaterThan(now.instancesUsed);
  });
});
