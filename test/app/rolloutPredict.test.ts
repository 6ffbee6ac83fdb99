import { describe, expect, it } from 'vitest';
import { predictRollout, predictServiceRollout, type RolloutPlanInput } from '../../src/app/rolloutPredict';
import { createService, describe1, registerWeb, serviceWorld } from '../engine/services/world';

const plan = (over: Partial<RolloutPlanInput>): RolloutPlanInput => ({
  desiredCount: 4,
  minimumHealthyPercent: 100,
  maximumPercent: 200,
  old: 4,
  fresh: 0,
  room: 'unlimited',
  reusesRoom: true,
  ...over,
});

describe('predictRollout', () => {
  it.each([
    [
      '100/200: surge 4, then stop 4',
      100,
      200,
      [
        [0, 4],
        [4, 0],
      ],
    ],
    [
      '50/200: stop 2 and start 4 at once',
      50,
      200,
      [
        [2, 4],
        [2, 0],
      ],
    ],
    [
      '50/100: two by two',
      50,
      100,
      [
        [2, 2],
        [2, 2],
      ],
    ],
    ['0/100: all at once', 0, 100, [[4, 4]]],
  ] as const)('predicts the waves of 4 tasks at %s', (_name, min, max, waves) => {
    const p = predictRollout(plan({ minimumHealthyPercent: min, maximumPercent: max }));
    expect(p.steps.map((s) => [s.stop, s.start])).toEqual(waves);
    expect(p.finishes).toBe(true);
  });

  it('labels each wave with the rule that allows it', () => {
    const p = predictRollout(plan({ minimumHealthyPercent: 50 }));
    expect(p.steps[0]!.label).toBe(
      'wave 1: stop 2 old (2 healthy ≥ lower bound 2), start 4 new (6 in flight ≤ upper bound 8)',
    );
  });

  it('warns that 100/100 can never finish', () => {
    const p = predictRollout(plan({ maximumPercent: 100 }));
    expect(p.steps).toEqual([]);
    expect(p.finishes).toBe(false);
    expect(p.warnings.map((w) => w.kind)).toEqual(['bounds']);
    expect(p.warnings[0]!.text).toMatch(/^Can never finish: at 100\/100/);
  });

  it('warns that 2 tasks at 75/125 can never finish (the bounds round to 2 and 2)', () => {
    const p = predictRollout(
      plan({ desiredCount: 2, old: 2, minimumHealthyPercent: 75, maximumPercent: 125 }),
    );
    expect([p.lower, p.upper]).toEqual([2, 2]);
    expect(p.warnings.map((w) => w.kind)).toEqual(['bounds']);
  });

  it('warns of no room for the surge at minimumHealthyPercent 100 on a full cluster', () => {
    const p = predictRollout(plan({ room: 0, taskDefinition: 'web:2' }));
    expect(p.finishes).toBe(false);
    expect(p.warnings.map((w) => w.kind)).toEqual(['noRoom']);
    expect(p.warnings[0]!.text).toContain('no task of web:2');
  });

  it('finishes on a full cluster when old tasks may stop first and their room fits the new ones', () => {
    const p = predictRollout(plan({ room: 0, minimumHealthyPercent: 50 }));
    expect(p.steps.map((s) => [s.stop, s.start])).toEqual([
      [2, 0],
      [0, 2],
      [2, 0],
      [0, 2],
    ]);
    expect(p.finishes).toBe(true);
  });

  it('stops short when the new tasks are larger than the old and only 1 fits', () => {
    const p = predictRollout(plan({ room: 1, reusesRoom: false }));
    expect(p.finishes).toBe(false);
    expect(p.warnings.map((w) => w.kind)).toEqual(['capacity']);
  });

  it('warns of downtime when minimumHealthyPercent 0 stops every old task at once', () => {
    const p = predictRollout(plan({ minimumHealthyPercent: 0, maximumPercent: 100 }));
    expect(p.warnings.map((w) => w.kind)).toEqual(['downtime']);
  });
});

describe('predictServiceRollout', () => {
  /** 4 web tasks (256 MiB) on `perAz` instances per AZ; `fill` more standalone tasks take the room. */
  function world(min: number, max: number, perAz = 2) {
    const { sim } = serviceWorld(perAz);
    createService(sim, {
      desiredCount: 4,
      deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max },
    });
    sim.advance(120);
    return { sim, arn: describe1(sim).serviceArn };
  }

  it('predicts a forced new deployment from the state: the cluster has room for the surge', () => {
    const { sim, arn } = world(50, 200);
    const p = predictServiceRollout(sim, arn)!;
    expect(p.steps[0]!.label).toBe(
      'wave 1: stop 2 old (2 healthy ≥ lower bound 2), start 4 new (6 in flight ≤ upper bound 8)',
    );
    expect(p.finishes).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it('warns at 100/100 before the rollout starts', () => {
    const { sim, arn } = world(100, 100);
    const p = predictServiceRollout(sim, arn, { taskDefinition: registerWeb(sim, 'v2') })!;
    expect(p.finishes).toBe(false);
    expect(p.warnings[0]!.kind).toBe('bounds');
  });

  it('measures the room on a fork: a revision too large for any instance has no room', () => {
    const { sim, arn } = world(100, 200);
    const huge = registerWeb(sim, 'v2', { memory: 1_000_000 });
    const before = Object.keys(sim.state.ecs.tasks).length;
    const p = predictServiceRollout(sim, arn, { taskDefinition: huge })!;
    expect(p.warnings.map((w) => w.kind)).toEqual(['noRoom']);
    expect(Object.keys(sim.state.ecs.tasks)).toHaveLength(before);
    expect(sim.history.some((c) => c.operation === 'RunTask')).toBe(false);
  });

  it('predicts a daemon rollout: each instance gets its new task once its old one has gone', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { schedulingStrategy: 'DAEMON', desiredCount: undefined });
    sim.advance(120);
    const p = predictServiceRollout(sim, describe1(sim).serviceArn)!;
    // 3 instances at the daemon default 0/100: all old stop, then all new start
    expect(p.steps.map((s) => [s.stop, s.start])).toEqual([
      [3, 0],
      [0, 3],
    ]);
    expect(p.finishes).toBe(true);
  });

  it('predicts what is left of a rollout under way', () => {
    const { sim, arn } = world(100, 200);
    registerWeb(sim, 'v2');
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    sim.advance(1);
    const p = predictServiceRollout(sim, arn)!;
    // 4 new in flight already: only the stop of the 4 old is left
    expect(p.steps.map((s) => [s.stop, s.start])).toEqual([[4, 0]]);
  });
});
