import { describe, expect, it } from 'vitest';
import type { StepScalingConfiguration } from '../../../src/engine/model/applicationAutoScaling';
import { stepCapacity, stepFor } from '../../../src/engine/applicationAutoScaling/stepScaling';
import {
  aas,
  activities,
  desired,
  register,
  RESOURCE,
  scalingWorld,
  settableMetric,
  stepPolicy,
} from './world';

const config = (over: Partial<StepScalingConfiguration> = {}): StepScalingConfiguration => ({
  AdjustmentType: 'ChangeInCapacity',
  StepAdjustments: [
    { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
    { MetricIntervalLowerBound: 20, ScalingAdjustment: 3 },
  ],
  Cooldown: 300,
  MetricAggregationType: 'Average',
  ...over,
});

describe('step scaling adjustments (ecs-reference §9.3)', () => {
  it.each([
    { name: 'at the threshold: the first step (lower bound inclusive)', breach: 0, adjustment: 1 },
    { name: 'inside the first step', breach: 19.9, adjustment: 1 },
    { name: 'at the second step’s lower bound', breach: 20, adjustment: 3 },
    { name: 'far above: the open-ended step', breach: 500, adjustment: 3 },
  ])('chooses the step $name', ({ breach, adjustment }) => {
    expect(stepFor(config().StepAdjustments, breach)?.ScalingAdjustment).toBe(adjustment);
  });

  it('below the threshold makes the upper bound inclusive and the lower exclusive', () => {
    const steps = [
      { MetricIntervalLowerBound: -10, MetricIntervalUpperBound: 0, ScalingAdjustment: -1 },
      { MetricIntervalUpperBound: -10, ScalingAdjustment: -2 },
    ];
    expect(stepFor(steps, -10)?.ScalingAdjustment).toBe(-2);
    expect(stepFor(steps, -0.5)?.ScalingAdjustment).toBe(-1);
  });

  it.each([
    { name: 'ChangeInCapacity adds the adjustment', over: {}, adj: 3, base: 4, expected: 7 },
    {
      name: 'ExactCapacity sets it',
      over: { AdjustmentType: 'ExactCapacity' as const },
      adj: 6,
      base: 4,
      expected: 6,
    },
    {
      name: 'PercentChangeInCapacity: 50 % of 4',
      over: { AdjustmentType: 'PercentChangeInCapacity' as const },
      adj: 50,
      base: 4,
      expected: 6,
    },
    {
      name: 'PercentChangeInCapacity: 25 % of 3 rounds up to one task',
      over: { AdjustmentType: 'PercentChangeInCapacity' as const },
      adj: 25,
      base: 3,
      expected: 4,
    },
    {
      name: 'PercentChangeInCapacity: 150 % of 3 truncates 4.5 to 4',
      over: { AdjustmentType: 'PercentChangeInCapacity' as const },
      adj: 150,
      base: 3,
      expected: 7,
    },
    {
      name: 'PercentChangeInCapacity: −30 % of 10 removes 3',
      over: { AdjustmentType: 'PercentChangeInCapacity' as const },
      adj: -30,
      base: 10,
      expected: 7,
    },
    {
      name: 'MinAdjustmentMagnitude: 25 % of 4 is 1, raised to 2',
      over: { AdjustmentType: 'PercentChangeInCapacity' as const, MinAdjustmentMagnitude: 2 },
      adj: 25,
      base: 4,
      expected: 6,
    },
  ])('$name', ({ over, adj, base, expected }) => {
    expect(stepCapacity(config(over), { ScalingAdjustment: adj }, base)).toBe(expected);
  });
});

describe('application-autoscaling step scaling policies', () => {
  it('scales out when the learner’s alarm goes to ALARM, by the step for the breach size', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    settableMetric(sim, 85); // 25 above the threshold: the second step
    stepPolicy(sim, 'cpu-up', { threshold: 60, above: true }, config());
    sim.advance(60);
    expect(desired(sim)).toBe(5);
    expect(activities(sim)[0]!.Cause).toBe(
      'monitor alarm cpu-up-alarm in state ALARM triggered policy cpu-up',
    );
  });

  it('does not step again during its cooldown, then does', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    settableMetric(sim, 70);
    stepPolicy(sim, 'cpu-up', { threshold: 60, above: true }, config({ Cooldown: 240 }));
    sim.advance(60);
    expect(desired(sim)).toBe(3);
    sim.advance(180);
    expect(desired(sim)).toBe(3);
    sim.advance(60);
    expect(desired(sim)).toBe(4);
  });

  it('during the cooldown counts a larger step from where the scale-out started (2 added, then 3 asked: 1 more)', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    const metric = settableMetric(sim, 70);
    stepPolicy(
      sim,
      'cpu-up',
      { threshold: 60, above: true },
      config({
        StepAdjustments: [
          { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 2 },
          { MetricIntervalLowerBound: 20, ScalingAdjustment: 3 },
        ],
        Cooldown: 600,
      }),
    );
    sim.advance(60);
    expect(desired(sim)).toBe(4);
    metric.value = 90;
    sim.advance(120);
    expect(desired(sim)).toBe(5); // 2 + 3, not 4 + 3
  });

  it('scales in with a negative step, and a scale-out ends its cooldown', () => {
    const sim = scalingWorld(6, 3);
    register(sim, 1, 20);
    const metric = settableMetric(sim, 20);
    stepPolicy(
      sim,
      'down',
      { threshold: 30, above: false },
      config({
        StepAdjustments: [{ MetricIntervalUpperBound: 0, ScalingAdjustment: -1 }],
        Cooldown: 3600,
      }),
    );
    stepPolicy(
      sim,
      'up',
      { threshold: 60, above: true },
      config({
        StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }],
        Cooldown: 0,
      }),
    );
    sim.advance(60);
    expect(desired(sim)).toBe(5);
    sim.advance(120);
    expect(desired(sim)).toBe(5); // the scale-in cooldown holds
    metric.value = 70;
    sim.advance(60);
    expect(desired(sim)).toBe(6);
    metric.value = 20;
    sim.advance(60);
    expect(desired(sim)).toBe(5); // no hour to wait: the scale-out ended the cooldown
  });

  it('deleting the policy leaves the learner’s alarm without the action', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    const arn = stepPolicy(sim, 'cpu-up', { threshold: 60, above: true }, config());
    expect(sim.state.cloudwatch.alarms['cpu-up-alarm']!.AlarmActions).toEqual([arn]);
    const described = aas(sim, 'DescribeScalingPolicies', { ResourceId: RESOURCE }) as {
      ScalingPolicies: Array<{ PolicyType: string; Alarms: Array<{ AlarmName: string }> }>;
    };
    expect(described.ScalingPolicies[0]).toMatchObject({
      PolicyType: 'StepScaling',
      Alarms: [{ AlarmName: 'cpu-up-alarm' }],
    });
    aas(sim, 'DeleteScalingPolicy', {
      ResourceId: RESOURCE,
      ScalableDimension: 'ecs:service:DesiredCount',
      PolicyName: 'cpu-up',
    });
    expect(sim.state.cloudwatch.alarms['cpu-up-alarm']!.AlarmActions).toEqual([]);
  });

  it.each([
    {
      name: 'no steps',
      cfg: { AdjustmentType: 'ChangeInCapacity', StepAdjustments: [] },
      message: /at least one step adjustment/,
    },
    {
      name: 'overlapping steps',
      cfg: {
        AdjustmentType: 'ChangeInCapacity',
        StepAdjustments: [
          { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
          { MetricIntervalLowerBound: 10, ScalingAdjustment: 2 },
        ],
      },
      message: /overlap/,
    },
    {
      name: 'a gap between steps',
      cfg: {
        AdjustmentType: 'ChangeInCapacity',
        StepAdjustments: [
          { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 10, ScalingAdjustment: 1 },
          { MetricIntervalLowerBound: 20, ScalingAdjustment: 2 },
        ],
      },
      message: /leave a gap/,
    },
    {
      name: 'no AdjustmentType',
      cfg: { StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }] },
      message: /AdjustmentType is required/,
    },
    {
      name: 'a negative ExactCapacity',
      cfg: {
        AdjustmentType: 'ExactCapacity',
        StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: -1 }],
      },
      message: /cannot be negative/,
    },
  ])('refuses $name with ValidationException', ({ cfg, message }) => {
    const sim = scalingWorld(2);
    register(sim, 1, 20);
    expect(() =>
      aas(sim, 'PutScalingPolicy', {
        ResourceId: RESOURCE,
        ScalableDimension: 'ecs:service:DesiredCount',
        PolicyName: 'bad',
        PolicyType: 'StepScaling',
        StepScalingPolicyConfiguration: cfg,
      }),
    ).toThrow(
      expect.objectContaining({ name: 'ValidationException', message: expect.stringMatching(message) }),
    );
  });
});
