import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../src/engine';
import { recordActivity, ACTIVITY_LIMIT } from '../../../src/engine/applicationAutoScaling/activities';
import { EngineContext } from '../../../src/engine/context';
import type { SimState } from '../../../src/engine/state';
import { expectRejected } from '../../builders/account';
import { createListener, createLoadBalancer, createTargetGroup } from '../elbv2/fixtures';
import { createService } from '../services/world';
import {
  aas,
  activities,
  register,
  RESOURCE,
  scalingWorld,
  storedTarget,
  TEST_METRIC,
  TEST_NS,
  trackTestMetric,
} from './world';

const DIM = 'ecs:service:DesiredCount';

const putPolicy = (sim: Simulation, config: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  aas(sim, 'PutScalingPolicy', {
    ResourceId: RESOURCE,
    ScalableDimension: DIM,
    PolicyName: 'p',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: config,
    ...extra,
  }) as { PolicyARN: string; Alarms?: Array<{ AlarmName: string }> };

const labelOf = (lbArn: string, tgArn: string) =>
  `${lbArn.split(':loadbalancer/')[1]}/${tgArn.split(':').pop()}`;

describe('application-autoscaling RegisterScalableTarget and DescribeScalableTargets', () => {
  it('registers a service with the ECS service-linked role and describes it', () => {
    const sim = scalingWorld(2);
    const { ScalableTargetARN } = register(sim, 1, 6);
    expect(ScalableTargetARN).toMatch(
      /^arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target\/[0-9a-f]{36}$/,
    );
    const out = aas(sim, 'DescribeScalableTargets', { ResourceIds: [RESOURCE], ScalableDimension: DIM }) as {
      ScalableTargets: Array<Record<string, unknown>>;
    };
    expect(out.ScalableTargets).toEqual([
      {
        ServiceNamespace: 'ecs',
        ResourceId: RESOURCE,
        ScalableDimension: DIM,
        MinCapacity: 1,
        MaxCapacity: 6,
        RoleARN:
          'arn:aws:iam::123456789012:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService',
        CreationTime: '2026-01-01T00:02:00Z',
        SuspendedState: {
          DynamicScalingInSuspended: false,
          DynamicScalingOutSuspended: false,
          ScheduledScalingSuspended: false,
        },
        ScalableTargetARN,
      },
    ]);
    expect(sim.state.minuteClock.running).toBe(true);
  });

  it('updates only what a second call gives, keeping the ARN', () => {
    const sim = scalingWorld(2);
    const first = register(sim, 1, 6);
    const second = aas(sim, 'RegisterScalableTarget', {
      ResourceId: RESOURCE,
      ScalableDimension: DIM,
      MaxCapacity: 9,
    });
    expect(second.ScalableTargetARN).toBe(first.ScalableTargetARN);
    expect(storedTarget(sim)).toMatchObject({ MinCapacity: 1, MaxCapacity: 9 });
  });

  it('answers other namespaces’ Describe calls with nothing', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    expect(aas(sim, 'DescribeScalableTargets', { ServiceNamespace: 'dynamodb' })).toEqual({
      ScalableTargets: [],
    });
  });

  it('pages with MaxResults and NextToken', () => {
    const sim = scalingWorld(2);
    createService(sim, { serviceName: 'api', desiredCount: 1 });
    register(sim, 1, 6);
    register(sim, 1, 6, { ResourceId: 'service/default/api' });
    const first = aas(sim, 'DescribeScalableTargets', { MaxResults: 1 }) as {
      ScalableTargets: unknown[];
      NextToken: string;
    };
    expect(first.ScalableTargets).toHaveLength(1);
    const second = aas(sim, 'DescribeScalableTargets', { MaxResults: 1, NextToken: first.NextToken }) as {
      ScalableTargets: Array<{ ResourceId: string }>;
      NextToken?: string;
    };
    expect(second.ScalableTargets[0]!.ResourceId).toBe(RESOURCE); // same instant: in ResourceId order, api first
    expect(second.NextToken).toBeUndefined();
    expect(() => aas(sim, 'DescribeScalableTargets', { NextToken: 'nope' })).toThrow(
      expect.objectContaining({ name: 'InvalidNextTokenException' }),
    );
  });

  it.each([
    {
      name: 'another namespace',
      input: {
        ServiceNamespace: 'dynamodb',
        ResourceId: 'table/orders',
        ScalableDimension: 'dynamodb:table:ReadCapacityUnits',
      },
      message: /scales ECS services only/,
    },
    {
      name: 'another dimension',
      input: { ScalableDimension: 'ec2:spot-fleet-request:TargetCapacity' },
      message: /ecs:service:DesiredCount/,
    },
    {
      name: 'a malformed resource id',
      input: { ResourceId: 'default/web' },
      message: /service\/<cluster-name>\/<service-name>/,
    },
    {
      name: 'a service that does not exist',
      input: { ResourceId: 'service/default/nope' },
      message: /ECS service doesn't exist: service\/default\/nope/,
    },
    {
      name: 'a cluster that does not exist',
      input: { ResourceId: 'service/other/web' },
      message: /doesn't exist/,
    },
    {
      name: 'a new target without MaxCapacity',
      input: { MaxCapacity: undefined },
      message: /needs both MinCapacity and MaxCapacity/,
    },
    { name: 'a negative minimum', input: { MinCapacity: -1 }, message: /cannot be negative/ },
    {
      name: 'a minimum above the maximum',
      input: { MinCapacity: 5, MaxCapacity: 2 },
      message: /greater than MaxCapacity/,
    },
  ])('refuses $name with ValidationException, changing nothing', ({ input, message }) => {
    const sim = scalingWorld(2);
    const request = {
      ServiceNamespace: 'ecs',
      ResourceId: RESOURCE,
      ScalableDimension: DIM,
      MinCapacity: 1,
      MaxCapacity: 4,
      ...input,
    };
    expectRejected(
      sim,
      () =>
        sim.callByName(
          'application-autoscaling',
          'RegisterScalableTarget',
          JSON.parse(JSON.stringify(request)),
        ),
      'ValidationException',
      message,
    );
  });

  it('refuses a DAEMON service', () => {
    const sim = scalingWorld(2);
    createService(sim, { serviceName: 'agent', schedulingStrategy: 'DAEMON', desiredCount: undefined });
    expect(() => register(sim, 1, 2, { ResourceId: 'service/default/agent' })).toThrow(/DAEMON service/);
  });

  it('refuses a ScalableDimension without a resource in Describe calls', () => {
    const sim = scalingWorld(2);
    expect(() => aas(sim, 'DescribeScalingPolicies', { ScalableDimension: DIM })).toThrow(
      expect.objectContaining({ name: 'ValidationException' }),
    );
  });
});

describe('application-autoscaling PutScalingPolicy checks', () => {
  it('needs a registered target (ObjectNotFoundException, worded as AWS words it)', () => {
    const sim = scalingWorld(2);
    expect(() => trackTestMetric(sim, 'p', 50)).toThrow(
      expect.objectContaining({
        name: 'ObjectNotFoundException',
        message: expect.stringMatching(
          /^No scalable target registered for service namespace: ecs, resource ID: service\/default\/web, scalable dimension: ecs:service:DesiredCount\./,
        ),
      }),
    );
  });

  it.each([
    {
      name: 'no metric',
      config: { TargetValue: 50 },
      message: /exactly one of PredefinedMetricSpecification/,
    },
    {
      name: 'two metrics',
      config: {
        TargetValue: 50,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        CustomizedMetricSpecification: { MetricName: TEST_METRIC, Namespace: TEST_NS, Statistic: 'Average' },
      },
      message: /exactly one/,
    },
    {
      name: 'a metric of another service',
      config: {
        TargetValue: 50,
        PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBReadCapacityUtilization' },
      },
      message: /not a metric of an ECS service/,
    },
    {
      name: 'a high-resolution metric',
      config: {
        TargetValue: 50,
        PredefinedMetricSpecification: {
          PredefinedMetricType: 'ECSServiceAverageCPUUtilizationHighResolution',
        },
      },
      message: /20-second metrics/,
    },
    {
      name: 'a target of 0',
      config: {
        TargetValue: 0,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      },
      message: /must be above 0/,
    },
    {
      name: 'a negative cooldown',
      config: {
        TargetValue: 50,
        ScaleInCooldown: -5,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      },
      message: /0 seconds or more/,
    },
    {
      name: 'ALBRequestCountPerTarget without a ResourceLabel',
      config: {
        TargetValue: 1000,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ALBRequestCountPerTarget' },
      },
      message: /ResourceLabel is missing/,
    },
    {
      name: 'a ResourceLabel naming nothing that exists',
      config: {
        TargetValue: 1000,
        PredefinedMetricSpecification: {
          PredefinedMetricType: 'ALBRequestCountPerTarget',
          ResourceLabel: 'app/gone/0123456789abcdef/targetgroup/gone/0123456789abcdef',
        },
      },
      message: /load balancer app\/gone\/0123456789abcdef, which does not exist/,
    },
    {
      name: 'metric math',
      config: {
        TargetValue: 50,
        CustomizedMetricSpecification: { Metrics: [{ Id: 'm1', Expression: 'm2 * 2' }] },
      },
      message: /metric math\) is not simulated/,
    },
  ])('refuses $name', ({ config, message }) => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    expectRejected(sim, () => putPolicy(sim, config), 'ValidationException', message);
  });

  it('refuses predictive scaling and a missing PolicyType', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    expect(() =>
      putPolicy(
        sim,
        {},
        {
          PolicyType: 'PredictiveScaling',
          TargetTrackingScalingPolicyConfiguration: undefined,
          PredictiveScalingPolicyConfiguration: {},
        },
      ),
    ).toThrow(/PredictiveScaling is not simulated/);
    expect(() => putPolicy(sim, { TargetValue: 50 }, { PolicyType: undefined })).toThrow(
      /PolicyType is required/,
    );
  });

  it('tracks ALBRequestCountPerTarget of a target group behind the load balancer the label names', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    const lb = createLoadBalancer(sim);
    const tg = createTargetGroup(sim);
    const other = createTargetGroup(sim, { name: 'other-tg' });
    expect(() =>
      putPolicy(sim, {
        TargetValue: 1000,
        PredefinedMetricSpecification: {
          PredefinedMetricType: 'ALBRequestCountPerTarget',
          ResourceLabel: labelOf(lb, other),
        },
      }),
    ).toThrow(/no listener forwards to it/);
    createListener(sim, lb, tg);
    const { Alarms } = putPolicy(sim, {
      TargetValue: 1000,
      PredefinedMetricSpecification: {
        PredefinedMetricType: 'ALBRequestCountPerTarget',
        ResourceLabel: labelOf(lb, tg),
      },
    });
    const high = sim.state.cloudwatch.alarms[Alarms![0]!.AlarmName]!;
    expect(high).toMatchObject({
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'RequestCountPerTarget',
      Statistic: 'Sum',
      Dimensions: [{ Name: 'TargetGroup', Value: tg.split(':').pop() }],
    });
  });

  it('puts the service CPU metric with its cluster and service dimensions', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    const { Alarms } = putPolicy(sim, {
      TargetValue: 60,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    });
    expect(sim.state.cloudwatch.alarms[Alarms![0]!.AlarmName]).toMatchObject({
      Namespace: 'AWS/ECS',
      MetricName: 'CPUUtilization',
      Statistic: 'Average',
      Dimensions: [
        { Name: 'ClusterName', Value: 'default' },
        { Name: 'ServiceName', Value: 'web' },
      ],
    });
  });
});

describe('application-autoscaling policies and targets going away', () => {
  it('a re-put policy keeps its ARN and alarms; DisableScaleIn drops the low alarm', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    const first = trackTestMetric(sim, 'p', 50);
    const second = trackTestMetric(sim, 'p', 70);
    expect(second.PolicyARN).toBe(first.PolicyARN);
    expect(second.Alarms).toEqual(first.Alarms);
    expect(sim.state.cloudwatch.alarms[first.Alarms[0]!.AlarmName]!.Threshold).toBe(70);
    const third = trackTestMetric(sim, 'p', 70, { DisableScaleIn: true });
    expect(third.Alarms).toEqual([first.Alarms[0]]);
    expect(sim.state.cloudwatch.alarms[first.Alarms[1]!.AlarmName]).toBeUndefined();
  });

  it('DeleteScalingPolicy deletes a target tracking policy’s alarms; a second delete is ObjectNotFoundException', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    const { Alarms } = trackTestMetric(sim, 'p', 50);
    const del = { ResourceId: RESOURCE, ScalableDimension: DIM, PolicyName: 'p' };
    aas(sim, 'DeleteScalingPolicy', del);
    for (const a of Alarms) expect(sim.state.cloudwatch.alarms[a.AlarmName]).toBeUndefined();
    expect(
      (aas(sim, 'DescribeScalingPolicies', { ResourceId: RESOURCE }) as { ScalingPolicies: unknown[] })
        .ScalingPolicies,
    ).toEqual([]);
    expect(() => aas(sim, 'DeleteScalingPolicy', del)).toThrow(
      expect.objectContaining({ name: 'ObjectNotFoundException' }),
    );
  });

  it('DeregisterScalableTarget removes the target, its policies, their alarms and its scheduled actions', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    const { Alarms } = trackTestMetric(sim, 'p', 50);
    aas(sim, 'PutScheduledAction', {
      ResourceId: RESOURCE,
      ScalableDimension: DIM,
      ScheduledActionName: 'nightly',
      Schedule: 'cron(0 22 * * ? *)',
      ScalableTargetAction: { MaxCapacity: 2 },
    });
    aas(sim, 'DeregisterScalableTarget', { ResourceId: RESOURCE, ScalableDimension: DIM });
    const s = sim.state.applicationAutoScaling;
    expect([Object.keys(s.targets), Object.keys(s.policies), Object.keys(s.scheduledActions)]).toEqual([
      [],
      [],
      [],
    ]);
    for (const a of Alarms) expect(sim.state.cloudwatch.alarms[a.AlarmName]).toBeUndefined();
    expect(() =>
      aas(sim, 'DeregisterScalableTarget', { ResourceId: RESOURCE, ScalableDimension: DIM }),
    ).toThrow(expect.objectContaining({ name: 'ObjectNotFoundException' }));
  });
});

describe('application-autoscaling DescribeScalingActivities', () => {
  it('lists activities newest first and keeps the newest 500', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 6);
    const state = sim.state as unknown as SimState;
    const ctx = new EngineContext(state);
    const target = state.applicationAutoScaling.targets[RESOURCE]!;
    for (let i = 0; i < ACTIVITY_LIMIT + 10; i++) {
      recordActivity(ctx, target, {
        Description: `#${i}`,
        Cause: 'test',
        StatusCode: 'Successful',
        StatusMessage: '',
      });
    }
    expect(Object.keys(state.applicationAutoScaling.activities)).toHaveLength(ACTIVITY_LIMIT);
    const first = aas(sim, 'DescribeScalingActivities', { ResourceId: RESOURCE, MaxResults: 2 }) as {
      ScalingActivities: Array<{ Description: string }>;
    };
    expect(first.ScalingActivities.map((a) => a.Description)).toEqual([
      `#${ACTIVITY_LIMIT + 9}`,
      `#${ACTIVITY_LIMIT + 8}`,
    ]);
    const oldest = Object.values(state.applicationAutoScaling.activities).sort((a, b) => a.seq - b.seq)[0]!;
    expect(oldest.Description).toBe('#10');
    expect(activities(sim)).toHaveLength(50); // a page
  });
});
