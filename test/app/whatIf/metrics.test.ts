import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/app/scenarios';
import { buildScenario } from '../../../src/app/timeline';
import { branchMetrics, compareMetrics, duration, type BranchMetrics } from '../../../src/app/whatIf/metrics';

const fleet = () => buildScenario(findScenario('mixed-fleet')!);

describe('branchMetrics', () => {
  it('counts placed tasks, the instances holding them and the room left on the usable instances', () => {
    const sim = fleet();
    const registered = Object.values(sim.state.ecs.containerInstances);
    const totalMemory = registered.reduce((s, ci) => s + ci.registeredResources.memory, 0);
    const totalCpu = registered.reduce((s, ci) => s + ci.registeredResources.cpu, 0);
    const run = sim.call('ecs', 'RunTask', {
      cluster: 'demo',
      taskDefinition: 'web',
      count: 3,
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    });
    const m = branchMetrics(sim, 0);
    expect(m.tasksPlaced).toBe(3);
    expect(m.instancesUsed).toBe(new Set(run.tasks.map((t) => t.containerInstanceArn)).size);
    expect(m.instancesActive).toBe(6);
    expect(m.freeMemory).toBe(totalMemory - 3 * 512);
    expect(m.freeCpu).toBe(totalCpu - 3 * 256);
    expect(m.failedPlacements).toBe(0);
    expect(m.deployment).toEqual({ kind: 'none' });
  });

  it('stops counting a drained instance as room, and a stopped task as placed', () => {
    const sim = fleet();
    const [ci] = Object.values(sim.state.ecs.containerInstances);
    const before = branchMetrics(sim, 0);
    sim.call('ecs', 'UpdateContainerInstancesState', {
      cluster: 'demo',
      containerInstances: [ci!.containerInstanceArn],
      status: 'DRAINING',
    });
    const drained = branchMetrics(sim, 0);
    expect(drained.instancesActive).toBe(before.instancesActive - 1);
    expect(drained.freeMemory).toBe(before.freeMemory - ci!.remainingResources.memory);

    const run = sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
    sim.call('ecs', 'StopTask', { cluster: 'demo', task: run.tasks[0]!.taskArn });
    sim.advance(120);
    expect(branchMetrics(sim, 0).tasksPlaced).toBe(0);
  });

  it('counts failed placements from the fork on, and the tasks a service is short', () => {
    const sim = buildScenario(findScenario('full-cluster')!);
    const at = sim.now;
    const run = sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 5 });
    const unplaced = 5 - run.tasks.length;
    expect(unplaced).toBeGreaterThan(0);
    expect(branchMetrics(sim, at).failedPlacements).toBe(unplaced);
    sim.advance(1);
    expect(branchMetrics(sim, sim.now).failedPlacements).toBe(0);

    sim.call('ecs', 'CreateService', {
      cluster: 'demo',
      serviceName: 'more',
      taskDefinition: 'web',
      desiredCount: 2,
    });
    sim.advance(120);
    expect(branchMetrics(sim, at).tasksShort).toBe(2);
  });

  it('times the newest deployment: still rolling, then completed', () => {
    const sim = buildScenario(findScenario('web-behind-alb')!);
    sim.call('ecs', 'UpdateService', { cluster: 'demo', service: 'web-svc', taskDefinition: 'web:2' });
    const started = sim.now;
    sim.advance(5);
    expect(branchMetrics(sim, 0).deployment).toEqual({ kind: 'rolling', service: 'web-svc', seconds: 5 });
    sim.advance(1800);
    const done = branchMetrics(sim, 0).deployment;
    expect(done.kind).toBe('completed');
    const primary = Object.values(sim.state.ecs.services)[0]!.deployments[0]!;
    expect(done).toEqual({ kind: 'completed', service: 'web-svc', seconds: primary.updatedAt - started });
    expect(primary.updatedAt - started).toBeGreaterThan(5);
  });
});

const base: BranchMetrics = {
  tasksPlaced: 4,
  tasksShort: 0,
  failedPlacements: 0,
  instancesUsed: 3,
  instancesActive: 3,
  freeMemory: 21913,
  freeCpu: 5120,
  deployment: { kind: 'completed', service: 'web-svc', seconds: 35 },
};

describe('compareMetrics', () => {
  const row = (now: BranchMetrics, whatIf: BranchMetrics, label: RegExp) =>
    compareMetrics(now, whatIf).find((r) => label.test(r.label))!;

  it.each([
    ['more tasks', { tasksPlaced: 6 }, /^Tasks placed/, '4', '6', '2 more'],
    ['fewer instances used', { instancesUsed: 2 }, /^Instances used/, '3', '2', '1 fewer'],
    ['less memory', { freeMemory: 13926 }, /^Free memory/, '21,913 MiB', '13,926 MiB', '7,987 MiB less'],
    [
      'more CPU',
      { freeCpu: 6144 },
      /^Free CPU/,
      '5,120 CPU units',
      '6,144 CPU units',
      '1,024 CPU units more',
    ],
    ['unchanged', {}, /could not place/, '0', '0', 'no change'],
    [
      'a longer deployment',
      { deployment: { kind: 'completed', service: 'web-svc', seconds: 95 } },
      /deployment/,
      'web-svc: 35 s',
      'web-svc: 1 min 35 s',
      '60 s longer',
    ],
    [
      'one still rolling',
      { deployment: { kind: 'rolling', service: 'web-svc', seconds: 20 } },
      /deployment/,
      'web-svc: 35 s',
      'web-svc: still rolling (20 s so far)',
      'not finished in the what-if',
    ],
  ] as const)('states %s as the what-if minus now', (_, change, label, now, whatIf, difference) => {
    expect(row(base, { ...base, ...change }, label)).toEqual({
      label: expect.any(String),
      now,
      whatIf,
      difference,
    });
  });

  it('says when a deployment failed, finished on one side only, or on neither', () => {
    const failed = { ...base, deployment: { kind: 'failed', service: 'web-svc', seconds: 300 } } as const;
    expect(row(failed, base, /deployment/)).toMatchObject({
      now: 'web-svc: failed after 5 min 00 s',
      difference: 'finished only in the what-if',
    });
    expect(row(failed, failed, /deployment/).difference).toBe('not finished on either side');
    const none = { ...base, deployment: { kind: 'none' } } as const;
    expect(row(none, none, /deployment/)).toMatchObject({
      now: 'no service deployment',
      difference: 'no change',
    });
  });
});

describe('duration', () => {
  it.each([
    [0, '0 s'],
    [59.6, '1 min 00 s'],
    [125, '2 min 05 s'],
  ])('writes %d seconds as %s', (s, text) => expect(duration(s)).toBe(text));
});
