import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../src/engine';
import { expectRejected } from '../../builders/account';
import { activities, groupOf, groupWorld } from './world';

/** Group `asg` (1 to 4 instances, 1 wanted) and a service whose two 1,024-unit tasks fill one t3.medium. */
function busyWorld(): Simulation {
  const sim = groupWorld({ group: { MinSize: 1, MaxSize: 4, DesiredCapacity: 1 } });
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'api',
    containerDefinitions: [
      { name: 'api', image: 'public.ecr.aws/ecs-sandbox/web:v1', cpu: 1024, memory: 512, essential: true },
    ],
  });
  sim.callByName('ecs', 'CreateService', {
    cluster: 'web',
    serviceName: 'api',
    taskDefinition: 'api',
    desiredCount: 2,
    launchType: 'EC2',
  });
  sim.advance(180);
  return sim;
}

const cpuPolicy = (sim: Simulation, extra: Record<string, unknown> = {}) =>
  sim.callByName('autoscaling', 'PutScalingPolicy', {
    AutoScalingGroupName: 'asg',
    PolicyName: 'cpu50',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingConfiguration: {
      PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' },
      TargetValue: 50,
      ...extra,
    },
  }) as { PolicyARN: string; Alarms: Array<{ AlarmName: string; AlarmARN: string }> };

describe('autoscaling PutScalingPolicy (target tracking on ASGAverageCPUUtilization)', () => {
  it('creates and owns a high and a low alarm on the group CPU metric', () => {
    const sim = groupWorld();
    const out = cpuPolicy(sim);
    expect(out.PolicyARN).toMatch(
      /^arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:[0-9a-f-]{36}:autoScalingGroupName\/asg:policyName\/cpu50$/,
    );
    expect(out.Alarms.map((a) => a.AlarmName)).toEqual([
      expect.stringMatching(/^TargetTracking-asg-AlarmHigh-[0-9a-f-]{36}$/),
      expect.stringMatching(/^TargetTracking-asg-AlarmLow-[0-9a-f-]{36}$/),
    ]);
    const [high, low] = out.Alarms.map((a) => sim.state.cloudwatch.alarms[a.AlarmName]!);
    expect(high).toMatchObject({
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'AutoScalingGroupName', Value: 'asg' }],
      Threshold: 50,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 3,
      AlarmActions: [out.PolicyARN],
      ownedBy: out.PolicyARN,
    });
    expect(low).toMatchObject({
      Threshold: 45,
      ComparisonOperator: 'LessThanThreshold',
      EvaluationPeriods: 15,
    });
    const described = sim.call('autoscaling', 'DescribePolicies', {
      AutoScalingGroupName: 'asg',
    }).ScalingPolicies;
    expect(described).toHaveLength(1);
    expect(described[0]!.Alarms).toHaveLength(2);
    sim.call('autoscaling', 'DeletePolicy', { AutoScalingGroupName: 'asg', PolicyName: 'cpu50' });
    expect(Object.keys(sim.state.cloudwatch.alarms)).toEqual([]);
  });

  it('makes no low alarm with DisableScaleIn', () => {
    const sim = groupWorld();
    expect(cpuPolicy(sim, { DisableScaleIn: true }).Alarms).toHaveLength(1);
  });

  it.each([
    [
      'network metrics',
      {
        TargetTrackingConfiguration: {
          PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageNetworkIn' },
          TargetValue: 1,
        },
      },
      /not simulated/,
    ],
    [
      'an ALB metric without ResourceLabel',
      {
        TargetTrackingConfiguration: {
          PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget' },
          TargetValue: 1,
        },
      },
      /ResourceLabel/,
    ],
    ['a missing configuration', {}, /needs TargetTrackingConfiguration/],
  ])('refuses %s', (_name, override, message) => {
    const sim = groupWorld();
    expectRejected(
      sim,
      () =>
        sim.callByName('autoscaling', 'PutScalingPolicy', {
          AutoScalingGroupName: 'asg',
          PolicyName: 'p',
          PolicyType: 'TargetTrackingScaling',
          ...override,
        }),
      'ValidationError',
      message,
    );
  });

  it('scales out when the CPU is above the target, then back in when the load is gone', () => {
    const sim = busyWorld();
    cpuPolicy(sim);
    sim.callByName('sim', 'SetLoad', { cluster: 'web', service: 'api', requestsPerSecond: 100000 });
    sim.advance(600);
    const out = groupOf(sim);
    expect(out.DesiredCapacity).toBeGreaterThan(1);
    const cause = activities(sim).find((a) => a.Cause.includes('triggered policy'))!.Cause;
    expect(cause).toMatch(
      /^At 2026-01-01T00:\d\d:00Z a monitor alarm TargetTracking-asg-AlarmHigh-[0-9a-f-]{36} in state ALARM triggered policy cpu50 changing the desired capacity from 1 to [234]\. {2}At /,
    );
    sim.callByName('sim', 'SetLoad', { cluster: 'web', service: 'api', requestsPerSecond: 0 });
    sim.advance(3600);
    expect(groupOf(sim).DesiredCapacity).toBe(1);
    expect(
      activities(sim).some((a) =>
        /AlarmLow-.* triggered policy cpu50 changing the desired capacity from \d to 1\./.test(a.Cause),
      ),
    ).toBe(true);
  });

  it('never scales past MaxSize', () => {
    const sim = busyWorld();
    sim.call('autoscaling', 'UpdateAutoScalingGroup', { AutoScalingGroupName: 'asg', MaxSize: 2 });
    cpuPolicy(sim, { TargetValue: 10, DisableScaleIn: true });
    sim.callByName('sim', 'SetLoad', { cluster: 'web', service: 'api', requestsPerSecond: 100000 });
    sim.advance(1800);
    expect(groupOf(sim).DesiredCapacity).toBe(2);
  });
});

describe('autoscaling PutScalingPolicy (simple scaling)', () => {
  it('adds capacity when an alarm pointing at it fires, then waits out its cooldown', () => {
    const sim = busyWorld();
    const { PolicyARN } = sim.callByName('autoscaling', 'PutScalingPolicy', {
      AutoScalingGroupName: 'asg',
      PolicyName: 'add-one',
      AdjustmentType: 'ChangeInCapacity',
      ScalingAdjustment: 1,
      Cooldown: 600,
    }) as { PolicyARN: string };
    sim.callByName('cloudwatch', 'PutMetricAlarm', {
      AlarmName: 'cpu-high',
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'AutoScalingGroupName', Value: 'asg' }],
      Statistic: 'Average',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 10,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [PolicyARN],
    });
    sim.callByName('sim', 'SetLoad', { cluster: 'web', service: 'api', requestsPerSecond: 100000 });
    sim.advance(300);
    expect(groupOf(sim).DesiredCapacity).toBe(2);
    sim.advance(600);
    expect(groupOf(sim).DesiredCapacity).toBe(3);
  });
});

describe('autoscaling PutScalingPolicy (step scaling)', () => {
  it('adds the step the breach falls in, relative to the alarm threshold', () => {
    const sim = busyWorld();
    const { PolicyARN } = sim.callByName('autoscaling', 'PutScalingPolicy', {
      AutoScalingGroupName: 'asg',
      PolicyName: 'steps',
      PolicyType: 'StepScaling',
      AdjustmentType: 'ChangeInCapacity',
      EstimatedInstanceWarmup: 3600,
      StepAdjustments: [
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 20, ScalingAdjustment: 1 },
        { MetricIntervalLowerBound: 20, ScalingAdjustment: 2 },
      ],
    }) as { PolicyARN: string };
    sim.callByName('cloudwatch', 'PutMetricAlarm', {
      AlarmName: 'cpu-high',
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: [{ Name: 'AutoScalingGroupName', Value: 'asg' }],
      Statistic: 'Average',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 30,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [PolicyARN],
    });
    sim.callByName('sim', 'SetLoad', { cluster: 'web', service: 'api', requestsPerSecond: 100000 });
    sim.advance(600);
    // one busy instance at 100% is 70 above the threshold: the second step, +2, then the warm-up holds it
    expect(groupOf(sim).DesiredCapacity).toBe(3);
    const policy = sim.call('autoscaling', 'DescribePolicies', { PolicyNames: [PolicyARN] })
      .ScalingPolicies[0]!;
    expect(policy.Alarms.map((a) => a.AlarmName)).toEqual(['cpu-high']);
  });

  it('refuses a step policy without steps, and MinAdjustmentMagnitude without a percent adjustment', () => {
    const sim = groupWorld();
    const put = (extra: Record<string, unknown>) => () =>
      sim.callByName('autoscaling', 'PutScalingPolicy', {
        AutoScalingGroupName: 'asg',
        PolicyName: 'p',
        PolicyType: 'StepScaling',
        AdjustmentType: 'ChangeInCapacity',
        ...extra,
      });
    expectRejected(sim, put({}), 'ValidationError', /needs StepAdjustments/);
    expectRejected(
      sim,
      put({ StepAdjustments: [{ ScalingAdjustment: 1 }], MinAdjustmentMagnitude: 2 }),
      'ValidationError',
      /PercentChangeInCapacity/,
    );
  });
});

describe('autoscaling PutScalingPolicy (target tracking on ALBRequestCountPerTarget)', () => {
  it('tracks the target group named by ResourceLabel, by the Sum of its requests per target', () => {
    const sim = groupWorld();
    const out = sim.callByName('autoscaling', 'PutScalingPolicy', {
      AutoScalingGroupName: 'asg',
      PolicyName: 'rps',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingConfiguration: {
        PredefinedMetricSpecification: {
          PredefinedMetricType: 'ALBRequestCountPerTarget',
          ResourceLabel: 'app/web/50dc6c495c0c9188/targetgroup/web-tg/6d0ecf831eec9f09',
        },
        TargetValue: 1000,
      },
    }) as { Alarms: Array<{ AlarmName: string }> };
    expect(sim.state.cloudwatch.alarms[out.Alarms[0]!.AlarmName]).toMatchObject({
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'RequestCountPerTarget',
      Dimensions: [{ Name: 'TargetGroup', Value: 'targetgroup/web-tg/6d0ecf831eec9f09' }],
      Statistic: 'Sum',
      Threshold: 1000,
    });
  });
});
