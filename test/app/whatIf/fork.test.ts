import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/app/scenarios';
import { Session } from '../../../src/app/session.svelte';
import { commonChanges, type WhatIfChange } from '../../../src/app/whatIf/changes';
import { WhatIfFork, whatIfBench } from '../../../src/app/whatIf/fork.svelte';
import { branchMetrics } from '../../../src/app/whatIf/metrics';

const alb = findScenario('web-behind-alb')!;
const fleet = findScenario('mixed-fleet')!;
const stateOf = (s: Session) => JSON.stringify(s.sim.state);
const changeNamed = (fork: WhatIfFork, label: RegExp): WhatIfChange =>
  commonChanges(fork.whatIf.sim)
    .flatMap((g) => g.changes)
    .find((c) => label.test(c.label))!;

/** The instance of the service's cluster holding the most tasks, as a drain label names it. */
function busiestInstance(s: Session): string {
  const held = new Map<string, number>();
  for (const t of Object.values(s.sim.state.ecs.tasks))
    if (t.lastStatus === 'RUNNING' && t.containerInstanceArn)
      held.set(t.containerInstanceArn, (held.get(t.containerInstanceArn) ?? 0) + 1);
  const [arn] = [...held].sort((a, b) => b[1] - a[1])[0]!;
  return s.sim.state.ecs.containerInstances[arn]!.ec2InstanceId;
}

describe('WhatIfFork', () => {
  it('leaves the live session exactly as it was, whatever happens in the fork', () => {
    const live = new Session(alb);
    live.call('ecs', 'UpdateService', { cluster: 'demo', service: 'web-svc', desiredCount: 5 });
    live.advance(30);
    const before = { state: stateOf(live), calls: live.calls, now: live.now, version: live.version };

    const fork = new WhatIfFork(live);
    expect(fork.apply(changeNamed(fork, /^drain /)).ok).toBe(true);
    expect(
      fork.applyLine('aws ecs update-service --cluster demo --service web-svc --desired-count 2').ok,
    ).toBe(true);
    fork.advanceBoth(600);
    fork.settleBoth();

    expect(stateOf(live)).toBe(before.state);
    expect(live.calls).toBe(before.calls);
    expect(live.now).toBe(before.now);
    expect(live.version).toBe(before.version);
    expect(fork.whatIf.calls).toHaveLength(before.calls.length + 2);
    expect(fork.asIs.calls).toHaveLength(before.calls.length);
  });

  it('starts both sides at the live state and clock, and before a change they share one future', () => {
    const live = new Session(alb);
    live.call('ecs', 'UpdateService', { cluster: 'demo', service: 'web-svc', taskDefinition: 'web:2' });
    live.advance(45);
    const fork = new WhatIfFork(live);
    expect(fork.forkedAt).toBe(live.now);
    expect(stateOf(fork.asIs)).toBe(stateOf(live));
    expect(stateOf(fork.whatIf)).toBe(stateOf(live));

    fork.advanceBoth(600);
    expect(fork.asIs.now).toBe(live.now + 600);
    expect(stateOf(fork.whatIf)).toBe(stateOf(fork.asIs));
    // the same seed and calls give the live sandbox that very future when it runs on
    live.advance(600);
    expect(stateOf(fork.asIs)).toBe(stateOf(live));
  });

  it('forks what is in effect: calls undone or scrubbed past are not part of either future', () => {
    const live = new Session(fleet);
    live.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    live.advance(60);
    live.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 3 });
    live.undo();
    const fork = new WhatIfFork(live);
    expect(fork.whatIf.calls).toHaveLength(1);
    expect(Object.keys(fork.whatIf.sim.state.ecs.tasks)).toHaveLength(2);
  });

  it('draining the busiest instance in the fork moves its tasks: one instance fewer, the same tasks placed', () => {
    const live = new Session(alb);
    const fork = new WhatIfFork(live);
    const id = busiestInstance(fork.whatIf);
    const drain = changeNamed(fork, new RegExp(`^drain .*${id}`));
    expect(fork.apply(drain)).toEqual({ ok: true, message: `Made in the what-if: ${drain.label}.` });
    expect(fork.label).toBe(drain.label);
    expect(fork.settleBoth()).toBe(true);
    expect(fork.asIs.now).toBe(fork.whatIf.now);
    // settled: the replacements run and the service is steady again, well before the hour's limit
    for (const side of [fork.asIs, fork.whatIf])
      expect([side.waitingTasks, side.waitingServices]).toEqual([0, 0]);
    expect(fork.asIs.now - fork.forkedAt).toBeLessThan(600);

    const now = branchMetrics(fork.asIs.sim, fork.forkedAt);
    const whatIf = branchMetrics(fork.whatIf.sim, fork.forkedAt);
    expect(whatIf.tasksPlaced).toBe(now.tasksPlaced);
    expect(whatIf.tasksShort).toBe(0);
    expect(whatIf.instancesActive).toBe(now.instancesActive - 1);
    expect(whatIf.instancesUsed).toBe(now.instancesUsed - 1);
    const drained = Object.values(fork.whatIf.sim.state.ecs.containerInstances).find(
      (ci) => ci.ec2InstanceId === id,
    )!;
    // the drained instance's room no longer counts; the moved tasks' reservations moved with them
    expect(now.freeMemory - whatIf.freeMemory).toBe(drained.registeredResources.memory);
    expect(
      Object.values(fork.whatIf.sim.state.ecs.tasks).filter(
        (t) => t.containerInstanceArn === drained.containerInstanceArn && t.lastStatus !== 'STOPPED',
      ),
    ).toEqual([]);
  });

  it('answers bad lines with a message and changes nothing', () => {
    const fork = new WhatIfFork(new Session(alb));
    const before = stateOf(fork.whatIf);
    const cases: ReadonlyArray<[string, RegExp]> = [
      ['ecs update-service --service web-svc', /^Type an aws command/],
      ['copilot svc deploy', /^Type an aws command/],
      ['aws ecs update-service --cluster demo --service nope --desired-count 2', /ServiceNotFoundException/],
      ['aws ecs frobnicate', /Invalid choice/],
      ['aws ecs update-service --cluster demo', /--service/],
      ['aws ecs list-clusters', /changes nothing/],
    ];
    for (const [line, message] of cases) {
      const out = fork.applyLine(line);
      expect(out.ok, line).toBe(false);
      expect(out.message, line).toMatch(message);
    }
    expect(fork.changes).toEqual([]);
    expect(fork.label).toBe('no change yet');
    expect(fork.whatIf.calls).toEqual([]);
    expect(stateOf(fork.whatIf)).toBe(before);
  });

  it('answers a refused change with the exception and keeps no record of it', () => {
    const fork = new WhatIfFork(new Session(alb));
    const out = fork.apply({
      label: 'scale a service that is not there',
      service: 'ecs',
      operation: 'UpdateService',
      input: { cluster: 'demo', service: 'gone', desiredCount: 1 },
    });
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/^ServiceNotFoundException: /);
    expect(fork.changes).toEqual([]);
  });

  it('names every change in its label, in order', () => {
    const fork = new WhatIfFork(new Session(alb));
    fork.apply(changeNamed(fork, /desiredCount 4 → 5/));
    fork.applyLine('aws ecs update-service --cluster demo --service web-svc --desired-count 6');
    expect(fork.label).toBe(
      'web-svc: desiredCount 4 → 5; ecs update-service --cluster demo --service web-svc --desired-count 6',
    );
    expect(
      fork.whatIf.sim.state.ecs.services[Object.keys(fork.whatIf.sim.state.ecs.services)[0]!]!.desiredCount,
    ).toBe(6);
  });
});

describe('WhatIfFork.settleBoth', () => {
  it('gives up after an hour when a service can never place its tasks, both sides at the same time', () => {
    const fork = new WhatIfFork(new Session(findScenario('full-cluster')!));
    fork.applyLine(
      'aws ecs create-service --cluster demo --service-name more --task-definition web --desired-count 9',
    );
    expect(fork.settleBoth()).toBe(false);
    expect(fork.whatIf.now - fork.forkedAt).toBeGreaterThanOrEqual(3600);
    expect(fork.asIs.now).toBe(fork.whatIf.now);
    expect(fork.whatIf.waitingServices).toBe(1);
  });

  it('does nothing when both sides are already settled', () => {
    const fork = new WhatIfFork(new Session(fleet));
    expect(fork.settleBoth()).toBe(true);
    expect(fork.asIs.now).toBe(fork.forkedAt);
  });
});

describe('whatIfBench', () => {
  it('keeps one fork per live session until it is discarded', () => {
    const live = new Session(fleet);
    const bench = whatIfBench(live);
    expect(whatIfBench(live)).toBe(bench);
    expect(whatIfBench(new Session(fleet))).not.toBe(bench);
    bench.forkHere();
    const first = bench.fork!;
    bench.outcome = { ok: false, message: 'x' };
    bench.forkHere();
    expect(bench.fork).not.toBe(first);
    expect(bench.outcome).toBeUndefined();
    bench.discard();
    expect(bench.fork).toBeUndefined();
  });
});
