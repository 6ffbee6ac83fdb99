import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAwsError, type Simulation } from '../../src/engine';
import {
  aas,
  desired,
  register,
  RESOURCE,
  scalingWorld,
  settableMetric,
  stepPolicy,
  storedTarget,
  trackTestMetric,
} from '../engine/applicationAutoScaling/world';

/**
 * Application Auto Scaling keeps a service's desired count within its scalable target's [MinCapacity,
 * MaxCapacity] (ecs-reference §9.2) whatever the load, the policies, the bounds, the suspensions and the
 * scheduled actions do, as long as nobody sets the count by hand (UpdateService may, as in AWS).
 */

const RUNS = 30;

type Op =
  | { readonly kind: 'advance'; readonly minutes: number }
  | { readonly kind: 'metric'; readonly value: number | undefined }
  | { readonly kind: 'load'; readonly requestsPerSecond: number }
  | { readonly kind: 'bounds'; readonly min: number; readonly span: number }
  | {
      readonly kind: 'tracking';
      readonly name: 'a' | 'b';
      readonly target: number;
      readonly cpu: boolean;
      readonly disableScaleIn: boolean;
      readonly cooldown: number;
    }
  | {
      readonly kind: 'step';
      readonly up: boolean;
      readonly adjustment: number;
      readonly type: 'ChangeInCapacity' | 'PercentChangeInCapacity' | 'ExactCapacity';
    }
  | { readonly kind: 'suspend'; readonly out: boolean; readonly in: boolean; readonly scheduled: boolean }
  | { readonly kind: 'schedule'; readonly min: number | undefined; readonly max: number | undefined };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 20 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('metric' as const),
      value: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    }),
  },
  fc.record({ kind: fc.constant('load' as const), requestsPerSecond: fc.integer({ min: 0, max: 600 }) }),
  fc.record({
    kind: fc.constant('bounds' as const),
    min: fc.integer({ min: 0, max: 5 }),
    span: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({
    kind: fc.constant('tracking' as const),
    name: fc.constantFrom('a' as const, 'b' as const),
    target: fc.integer({ min: 10, max: 90 }),
    cpu: fc.boolean(),
    disableScaleIn: fc.boolean(),
    cooldown: fc.constantFrom(0, 60, 300),
  }),
  fc.record({
    kind: fc.constant('step' as const),
    up: fc.boolean(),
    adjustment: fc.integer({ min: 0, max: 200 }),
    type: fc.constantFrom(
      'ChangeInCapacity' as const,
      'PercentChangeInCapacity' as const,
      'ExactCapacity' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('suspend' as const),
    out: fc.boolean(),
    in: fc.boolean(),
    scheduled: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('schedule' as const),
    min: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    max: fc.option(fc.integer({ min: 5, max: 10 }), { nil: undefined }),
  }),
);

function apply(sim: Simulation, metric: { value: number | undefined }, o: Op): void {
  const key = { ResourceId: RESOURCE, ScalableDimension: 'ecs:service:DesiredCount' };
  try {
    switch (o.kind) {
      case 'advance':
        sim.advance(o.minutes * 60);
        break;
      case 'metric':
        metric.value = o.value;
        break;
      case 'load':
        sim.callByName('sim', 'SetLoad', {
          cluster: 'default',
          service: 'web',
          shape: { kind: 'constant', requestsPerSecond: o.requestsPerSecond },
        });
        break;
      case 'bounds':
        register(sim, o.min, o.min + o.span);
        break;
      case 'tracking':
        if (o.cpu) {
          aas(sim, 'PutScalingPolicy', {
            ...key,
            PolicyName: o.name,
            PolicyType: 'TargetTrackingScaling',
            TargetTrackingScalingPolicyConfiguration: {
              TargetValue: o.target,
              PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
              DisableScaleIn: o.disableScaleIn,
              ScaleOutCooldown: o.cooldown,
              ScaleInCooldown: o.cooldown,
            },
          });
        } else {
          trackTestMetric(sim, o.name, o.target, {
            DisableScaleIn: o.disableScaleIn,
            ScaleOutCooldown: o.cooldown,
            ScaleInCooldown: o.cooldown,
          });
        }
        break;
      case 'step': {
        const sign = o.up ? 1 : -1;
        const adjustment =
          o.type === 'ExactCapacity'
            ? Math.round(o.adjustment / 20)
            : sign * (o.type === 'ChangeInCapacity' ? Math.ceil(o.adjustment / 40) : o.adjustment);
        stepPolicy(
          sim,
          o.up ? 'step-up' : 'step-down',
          { threshold: o.up ? 60 : 30, above: o.up },
          {
            AdjustmentType: o.type,
            StepAdjustments: [
              o.up
                ? { MetricIntervalLowerBound: 0, ScalingAdjustment: adjustment }
                : { MetricIntervalUpperBound: 0, ScalingAdjustment: adjustment },
            ],
            Cooldown: 60,
          },
        );
        break;
      }
      case 'suspend':
        aas(sim, 'RegisterScalableTarget', {
          ...key,
          SuspendedState: {
            DynamicScalingOutSuspended: o.out,
            DynamicScalingInSuspended: o.in,
            ScheduledScalingSuspended: o.scheduled,
          },
        });
        break;
      case 'schedule':
        aas(sim, 'PutScheduledAction', {
          ...key,
          ScheduledActionName: 'every-minute',
          Schedule: 'rate(1 minute)',
          ScalableTargetAction: {
            ...(o.min !== undefined ? { MinCapacity: o.min } : {}),
            ...(o.max !== undefined ? { MaxCapacity: o.max } : {}),
          },
        });
        break;
    }
  } catch (e) {
    if (!isAwsError(e)) throw e;
  }
}

describe('property: service auto scaling', () => {
  it('keeps the desired count within [MinCapacity, MaxCapacity] under random load, policies and bounds', () => {
    let scalings = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(op, { minLength: 5, maxLength: 25 }),
        (seed, ops) => {
          const sim = scalingWorld(2, 2, seed);
          register(sim, 1, 6);
          const metric = settableMetric(sim, 50);
          for (const o of ops) {
            apply(sim, metric, o);
            const { MinCapacity, MaxCapacity } = storedTarget(sim);
            const count = desired(sim);
            expect(count, `after ${JSON.stringify(o)}`).toBeGreaterThanOrEqual(MinCapacity);
            expect(count, `after ${JSON.stringify(o)}`).toBeLessThanOrEqual(MaxCapacity);
          }
          scalings += sim.events.filter((e) => e.type === 'ServiceScaled').length;
        },
      ),
      { numRuns: RUNS },
    );
    // the runs did scale: the property was put to the test
    expect(scalings).toBeGreaterThan(5);
  });
});
