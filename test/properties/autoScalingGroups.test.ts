import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAwsError, type Simulation } from '../../src/engine';
import { groupOf, groupWorld } from '../engine/autoscaling/world';

/**
 * Properties of EC2 Auto Scaling groups over random operations: sizes and desired capacity changes (some
 * refused), protection on and off, failed hosts, terminations on request, and time.
 */

const RUNS = 40;

type Op =
  | { readonly kind: 'advance'; readonly seconds: number }
  | { readonly kind: 'desired'; readonly n: number }
  | { readonly kind: 'sizes'; readonly min: number; readonly max: number }
  | { readonly kind: 'protect'; readonly pick: number; readonly on: boolean }
  | { readonly kind: 'fail'; readonly pick: number }
  | { readonly kind: 'terminate'; readonly pick: number; readonly decrement: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      seconds: fc.integer({ min: 1, max: 120 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('desired' as const), n: fc.integer({ min: 0, max: 9 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('sizes' as const),
      min: fc.integer({ min: 0, max: 5 }),
      max: fc.integer({ min: 0, max: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('protect' as const), pick: fc.nat(), on: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fail' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('terminate' as const),
      pick: fc.nat(),
      decrement: fc.boolean(),
    }),
  },
);

const config = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  desired: fc.integer({ min: 0, max: 6 }),
  protect: fc.boolean(),
});

const members = (sim: Simulation) => groupOf(sim).Instances;

/** Applies one operation; a refusal (a size out of range, an instance already gone) is part of the game. */
function apply(sim: Simulation, o: Op): void {
  const group = members(sim);
  const pick = (n: number) => group[n % Math.max(1, group.length)];
  try {
    if (o.kind === 'advance') sim.advance(o.seconds);
    else if (o.kind === 'desired')
      sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: o.n });
    else if (o.kind === 'sizes')
      sim.call('autoscaling', 'UpdateAutoScalingGroup', {
        AutoScalingGroupName: 'asg',
        MinSize: o.min,
        MaxSize: o.max,
      });
    else if (o.kind === 'protect') {
      const m = pick(o.pick);
      if (m)
        sim.call('autoscaling', 'SetInstanceProtection', {
          AutoScalingGroupName: 'asg',
          InstanceIds: [m.InstanceId],
          ProtectedFromScaleIn: o.on,
        });
    } else if (o.kind === 'fail') {
      const m = pick(o.pick);
      if (m) sim.call('sim', 'FailInstance', { instanceId: m.InstanceId });
    } else {
      const m = pick(o.pick);
      if (m)
        sim.call('autoscaling', 'TerminateInstanceInAutoScalingGroup', {
          InstanceId: m.InstanceId,
          ShouldDecrementDesiredCapacity: o.decrement,
        });
    }
  } catch (e) {
    if (!isAwsError(e)) throw e;
  }
}

describe('Auto Scaling group properties', () => {
  it('the desired capacity always lies within [MinSize, MaxSize], and the group never scales in a protected instance', () => {
    fc.assert(
      fc.property(config, fc.array(op, { minLength: 1, maxLength: 25 }), (c, ops) => {
        const sim = groupWorld({
          seed: c.seed,
          group: {
            MinSize: 0,
            MaxSize: 8,
            DesiredCapacity: c.desired,
            NewInstancesProtectedFromScaleIn: c.protect,
          },
        });
        sim.advance(30);
        for (const o of ops) {
          const protectedBefore = new Set(
            members(sim)
              .filter((m) => m.ProtectedFromScaleIn)
              .map((m) => m.InstanceId),
          );
          const seen = sim.events.length;
          apply(sim, o);
          const group = groupOf(sim);
          expect(group.DesiredCapacity).toBeGreaterThanOrEqual(group.MinSize);
          expect(group.DesiredCapacity).toBeLessThanOrEqual(group.MaxSize);
          for (const e of sim.events.slice(seen)) {
            if (e.type !== 'AutoScalingInstanceTerminating' || e.reason !== 'scale-in') continue;
            expect(e.protectedFromScaleIn).toBe(false);
            expect(protectedBefore.has(e.instanceId)).toBe(false);
          }
        }
        // once time settles, the group holds its desired capacity unless protection or failed zones stop it
        sim.advance(300);
        const group = groupOf(sim);
        const live = group.Instances.filter((m) => !m.LifecycleState.startsWith('Terminating'));
        const protectedLive = live.filter((m) => m.ProtectedFromScaleIn).length;
        expect(live.length).toBe(Math.max(group.DesiredCapacity, Math.min(live.length, protectedLive)));
      }),
      { numRuns: RUNS },
    );
  });

  it('same seed and same operations give the same state (the group draws only from the seeded generator)', () => {
    fc.assert(
      fc.property(config, fc.array(op, { minLength: 1, maxLength: 15 }), (c, ops) => {
        const run = () => {
          const sim = groupWorld({
            seed: c.seed,
            group: {
              MinSize: 0,
              MaxSize: 8,
              DesiredCapacity: c.desired,
              NewInstancesProtectedFromScaleIn: c.protect,
            },
          });
          for (const o of ops) apply(sim, o);
          sim.advance(120);
          return JSON.stringify({ state: sim.state, events: sim.events });
        };
        expect(run()).toBe(run());
      }),
      { numRuns: 10 },
    );
  });
});
