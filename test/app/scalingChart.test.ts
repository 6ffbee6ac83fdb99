import { describe, expect, it } from 'vitest';
import { buildScalingChart, type ScalingChart } from '../../src/app/scalingChart';
import { CLUSTER_ARN, fixture, minutes, SERVICE_ARN, SVC_DIMS } from './scalingFixture';

const HIGH = 'TargetTracking-service/demo/web-AlarmHigh-0a1b';
const LOW = 'TargetTracking-service/demo/web-AlarmLow-2c3d';
const POLICY_ARN =
  'arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:1:resource/ecs/service/demo/web:policyName/cpu60';

const valuesOf = (chart: ScalingChart, key: string) => chart.series.find((s) => s.key === key)?.values;

/** A target tracking policy on the service's CPU at 60 %, as PutScalingPolicy stores it. */
function withPolicy(f: ReturnType<typeof fixture>) {
  (f.raw.applicationAutoScaling.policies as Record<string, unknown>)[POLICY_ARN] = {
    PolicyARN: POLICY_ARN,
    PolicyName: 'cpu60',
    ServiceNamespace: 'ecs',
    ResourceId: 'service/demo/web',
    ScalableDimension: 'ecs:service:DesiredCount',
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: 60,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      ScaleOutCooldown: 300,
      ScaleInCooldown: 300,
      DisableScaleIn: false,
    },
    Alarms: [
      { AlarmName: HIGH, AlarmARN: `arn:${HIGH}` },
      { AlarmName: LOW, AlarmARN: `arn:${LOW}` },
    ],
    CreationTime: 0,
  };
}

function activity(f: ReturnType<typeof fixture>, id: string, record: Record<string, unknown>) {
  (f.raw.applicationAutoScaling.activities as Record<string, unknown>)[id] = {
    ActivityId: id,
    ServiceNamespace: 'ecs',
    ResourceId: 'service/demo/web',
    ScalableDimension: 'ecs:service:DesiredCount',
    StatusCode: 'Successful',
    StatusMessage: 'Successfully set desired count. Change successfully fulfilled by ecs.',
    seq: 1,
    ...record,
  };
}

describe('buildScalingChart', () => {
  it('is undefined for a service the state does not have', () => {
    expect(buildScalingChart(fixture(600).state, `${SERVICE_ARN}-gone`)).toBeUndefined();
  });

  it('puts each metric on the window’s minute grid as Average = sum / sampleCount, NaN where none was published', () => {
    const f = fixture(600 + 30);
    f.series('Sandbox/Load', 'RequestsPerSecond', SVC_DIMS, [
      [120, [100]],
      [180, [90, 110]],
      // minute 240 has no datapoint
      [300, [130]],
    ]);
    f.series('AWS/ECS', 'CPUUtilization', SVC_DIMS, [
      [120, [40, 60]],
      [180, [70]],
    ]);
    const chart = buildScalingChart(f.state, SERVICE_ARN)!;
    // since the first datapoint (minute 2), to now (10:30): minutes 2…10
    expect(chart.from).toBe(120);
    expect(chart.now).toBe(630);
    expect(chart.minutes).toBe(9);
    expect(valuesOf(chart, 'load')!.slice(0, 4)).toEqual([100, 100, Number.NaN, 130]);
    expect(valuesOf(chart, 'metric')!.slice(0, 3)).toEqual([50, 70, Number.NaN]);
    expect(chart.series.every((s) => s.values.length === chart.minutes)).toBe(true);
  });

  it('shows at most the last 24 hours by default, and the last `hours` when asked', () => {
    const day = 24 * 3600;
    const f = fixture(2 * day);
    f.series('Sandbox/Load', 'RequestsPerSecond', SVC_DIMS, minutes(0, [5, 5, 5]));
    expect(buildScalingChart(f.state, SERVICE_ARN)!.from).toBe(day);
    expect(buildScalingChart(f.state, SERVICE_ARN)!.minutes).toBe(1440);
    const two = buildScalingChart(f.state, SERVICE_ARN, { hours: 2 })!;
    expect(two.from).toBe(2 * day - 7200);
    expect(two.minutes).toBe(120);
  });

  it('reads the service’s target tracking metric and target; without a policy, CPU and no target', () => {
    const f = fixture(600);
    const bare = buildScalingChart(f.state, SERVICE_ARN)!;
    expect(bare.metric).toMatchObject({ name: 'CPUUtilization', unit: '%' });
    expect(bare.metric.target).toBeUndefined();
    expect(bare.metric.source).toMatch(/no scaling policy/);

    const mem = fixture(600);
    (mem.raw.applicationAutoScaling.policies as Record<string, unknown>).p = {
      PolicyARN: 'p',
      PolicyName: 'mem70',
      ResourceId: 'service/demo/web',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 70,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageMemoryUtilization' },
      },
      Alarms: [],
    };
    mem.series('AWS/ECS', 'MemoryUtilization', SVC_DIMS, minutes(0, [65, 75]));
    const chart = buildScalingChart(mem.state, SERVICE_ARN)!;
    expect(chart.metric).toMatchObject({
      name: 'MemoryUtilization',
      short: 'memory',
      target: 70,
      source: 'target tracking policy mem70',
    });
    expect(valuesOf(chart, 'metric')!.slice(0, 2)).toEqual([65, 75]);
  });

  it('reads a target tracking metric through the alarm the policy owns (its dimensions and statistic)', () => {
    const f = fixture(600);
    const tg = 'targetgroup/web/0123456789abcdef';
    (f.raw.applicationAutoScaling.policies as Record<string, unknown>).alb = {
      PolicyARN: 'alb',
      PolicyName: 'req100',
      ResourceId: 'service/demo/web',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 100,
        PredefinedMetricSpecification: {
          PredefinedMetricType: 'ALBRequestCountPerTarget',
          ResourceLabel: `app/web-lb/fedcba9876543210/${tg}`,
        },
      },
      Alarms: [{ AlarmName: 'req-high', AlarmARN: 'arn:req-high' }],
    };
    f.alarm({
      AlarmName: 'req-high',
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'RequestCountPerTarget',
      Dimensions: [{ Name: 'TargetGroup', Value: tg }],
      Statistic: 'Sum',
    });
    f.series(
      'AWS/ApplicationELB',
      'RequestCountPerTarget',
      [{ Name: 'TargetGroup', Value: tg }],
      [[0, [40, 50]]],
    );
    const chart = buildScalingChart(f.state, SERVICE_ARN)!;
    expect(chart.metric).toMatchObject({ name: 'RequestCountPerTarget', unit: '', target: 100 });
    expect(valuesOf(chart, 'metric')![0]).toBe(90);
  });

  it('takes a step scaling policy’s metric and threshold from the alarm that invokes it', () => {
    const f = fixture(600);
    (f.raw.applicationAutoScaling.policies as Record<string, unknown>).step = {
      PolicyARN: 'arn:step',
      PolicyName: 'add2',
      ResourceId: 'service/demo/web',
      PolicyType: 'StepScaling',
      Alarms: [],
    };
    f.alarm({
      AlarmName: 'mem-80',
      MetricName: 'MemoryUtilization',
      Threshold: 80,
      AlarmActions: ['arn:step'],
    });
    expect(buildScalingChart(f.state, SERVICE_ARN)!.metric).toEqual({
      name: 'MemoryUtilization',
      short: 'memory',
      unit: '%',
      target: 80,
      source: 'alarm mem-80 of policy add2',
    });
  });

  it('turns each alarm’s history into consecutive state bands over the window', () => {
    const f = fixture(1800);
    withPolicy(f);
    f.series('AWS/ECS', 'CPUUtilization', SVC_DIMS, minutes(0, [10]));
    f.alarm({
      AlarmName: HIGH,
      MetricName: 'CPUUtilization',
      ConfigurationUpdatedAt: 60,
      history: [
        { at: 240, from: 'INSUFFICIENT_DATA', to: 'OK', reason: '' },
        { at: 900, from: 'OK', to: 'ALARM', reason: '' },
        { at: 1200, from: 'ALARM', to: 'OK', reason: '' },
      ],
    });
    // an alarm of another service is not this chart's
    f.alarm({
      AlarmName: 'other',
      MetricName: 'CPUUtilization',
      Dimensions: [
        { Name: 'ClusterName', Value: 'demo' },
        { Name: 'ServiceName', Value: 'api' },
      ],
    });
    const chart = buildScalingChart(f.state, SERVICE_ARN)!;
    expect(chart.alarms.map((a) => a.key)).toEqual([HIGH]);
    expect(chart.alarms[0]!.label).toBe('CPU high');
    expect(chart.alarms[0]!.segments).toEqual([
      { from: 60, to: 240, state: 'INSUFFICIENT_DATA' },
      { from: 240, to: 900, state: 'OK' },
      { from: 900, to: 1200, state: 'ALARM' },
      { from: 1200, to: 1800, state: 'OK' },
    ]);
  });

  it('clips bands to the window and draws an alarm without history in its state since it was last updated', () => {
    const f = fixture(3 * 3600);
    f.series('AWS/ECS', 'CPUUtilization', SVC_DIMS, minutes(3600, [10]));
    f.alarm({ AlarmName: 'cpu-steady', MetricName: 'CPUUtilization', StateValue: 'OK', StateUpdatedAt: 600 });
    const chart = buildScalingChart(f.state, SERVICE_ARN)!;
    expect(chart.alarms[0]!.segments).toEqual([{ from: 3600, to: 3 * 3600, state: 'OK' }]);
    expect(chart.alarms[0]!.label).toBe('CPU > 60');
  });

  it('labels a scale-out with the counts and the alarm reading that caused it', () => {
    const f = fixture(1200);
    withPolicy(f);
    f.series('ECS/ContainerInsights', 'DesiredTaskCount', SVC_DIMS, minutes(0, [2, 2, 2, 2, 2, 4, 4]));
    f.series('AWS/ECS', 'CPUUtilization', SVC_DIMS, minutes(0, [50, 70, 75, 80, 78, 40]));
    f.alarm({ AlarmName: HIGH, MetricName: 'CPUUtilization', Threshold: 60 });
    activity(f, 'a1', {
      Description: 'Setting desired count to 4.',
      Cause: `monitor alarm ${HIGH} in state ALARM triggered policy cpu60`,
      StartTime: 300,
    });
    const chart = buildScalingChart(f.state, SERVICE_ARN)!;
    expect(chart.activities).toEqual([
      {
        key: 'svc:a1',
        at: 300,
        tier: 'service',
        direction: 'out',
        blocked: false,
        label: 'out 2→4: alarm high (CPU 78 % > 60 %)',
      },
    ]);
  });

  it('labels a scale-in, a scheduled action, and a failed one with its reason', () => {
    const f = fixture(1800);
    withPolicy(f);
    f.series('ECS/ContainerInsights', 'DesiredTaskCount', SVC_DIMS, minutes(0, Array(20).fill(4)));
    f.series('AWS/ECS', 'CPUUtilization', SVC_DIMS, minutes(0, Array(20).fill(20)));
    f.alarm({
      AlarmName: LOW,
      MetricName: 'CPUUtilization',
      Threshold: 54,
      ComparisonOperator: 'LessThanThreshold',
    });
    activity(f, 'in', {
      Description: 'Setting desired count to 3.',
      Cause: `monitor alarm ${LOW} in state ALARM triggered policy cpu60`,
      StartTime: 600,
      seq: 1,
    });
    activity(f, 'sched', {
      Description: 'Setting desired count to 6.',
      Cause: 'scheduled action name morning was triggered',
      StartTime: 900,
      seq: 2,
    });
    activity(f, 'held', {
      Description: 'Setting desired count to 2.',
      Cause: `monitor alarm ${LOW} in state ALARM triggered policy cpu60`,
      StatusCode: 'Unfulfilled',
      StatusMessage: 'Scale-in is blocked by the scale-in cooldown.',
      StartTime: 1200,
      seq: 3,
    });
    const labels = buildScalingChart(f.state, SERVICE_ARN)!.activities.map((a) => a.label);
    expect(labels).toEqual([
      'in 4→3: alarm low (CPU 20 % < 54 %)',
      'out 4→6: scheduled action morning',
      'in blocked: cooldown',
    ]);
  });

  it('adds the cluster’s instances and its group activities, one per change, when the cluster has a group', () => {
    const f = fixture(1200);
    const groupDims = [{ Name: 'AutoScalingGroupName', Value: 'asg-demo' }];
    (f.raw.autoscaling.groups as Record<string, unknown>)['asg-demo'] = {
      AutoScalingGroupName: 'asg-demo',
      AutoScalingGroupARN: 'arn:asg-demo',
    };
    (f.raw.ecs.containerInstances as Record<string, unknown>).ci = {
      clusterArn: CLUSTER_ARN,
      ec2InstanceId: 'i-1',
      registeredAt: 0,
    };
    (f.raw.ec2.instances as Record<string, unknown>)['i-1'] = {
      Tags: [{ Key: 'aws:autoscaling:groupName', Value: 'asg-demo' }],
    };
    f.series('AWS/AutoScaling', 'GroupInServiceInstances', groupDims, minutes(0, [1, 1, 1, 1, 1, 1, 3]));
    f.series('AWS/AutoScaling', 'GroupDesiredCapacity', groupDims, minutes(0, [1, 1, 1, 1, 1, 3, 3]));
    const cause =
      'At 1970-01-01T00:05:00Z a user request explicitly set group desired capacity changing the desired capacity from 1 to 3.  At 1970-01-01T00:05:00Z an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 1 to 3.';
    for (const id of ['l1', 'l2']) {
      (f.raw.autoscaling.activities as Record<string, unknown>)[id] = {
        ActivityId: id,
        AutoScalingGroupName: 'asg-demo',
        Description: `Launching a new EC2 instance: i-${id}`,
        Cause: cause,
        StartTime: 300,
        StatusCode: 'Successful',
      };
    }
    f.alarm({
      AlarmName: 'TargetTracking-asg-demo-AlarmHigh-ecs-cp',
      Namespace: 'AWS/ECS/ManagedScaling',
      MetricName: 'CapacityProviderReservation',
      Dimensions: [
        { Name: 'CapacityProviderName', Value: 'cp' },
        { Name: 'ClusterName', Value: 'demo' },
      ],
      Threshold: 100,
    });
    f.alarm({
      AlarmName: 'TargetTracking-asg-demo-AlarmLow-1',
      Namespace: 'AWS/EC2',
      MetricName: 'CPUUtilization',
      Dimensions: groupDims,
    });
    f.alarm({ AlarmName: 'cpu-of-web', MetricName: 'CPUUtilization' });
    const chart = buildScalingChart(f.state, SERVICE_ARN)!;
    // the service's alarms first, then the cluster's
    expect(chart.alarms.map((a) => [a.label, a.tier])).toEqual([
      ['CPU > 60', 'service'],
      ['CPR high', 'cluster'],
      ['group CPU low', 'cluster'],
    ]);
    expect(valuesOf(chart, 'instances')!.slice(5, 7)).toEqual([1, 3]);
    expect(valuesOf(chart, 'instancesDesired')!.slice(5, 7)).toEqual([3, 3]);
    expect(chart.activities).toHaveLength(1);
    expect(chart.activities[0]).toMatchObject({
      tier: 'cluster',
      direction: 'out',
      label: 'instances out 1→3: by request',
    });
  });

  it('has no instance series for a cluster without groups', () => {
    const chart = buildScalingChart(fixture(600).state, SERVICE_ARN)!;
    expect(chart.series.map((s) => s.key)).toEqual([
      'load',
      'metric',
      'running',
      'desired',
      'pending',
      'provisioning',
    ]);
  });

  it('counts the cluster’s tasks waiting for capacity, per minute, from the task records', () => {
    const f = fixture(600);
    f.series('Sandbox/Load', 'RequestsPerSecond', SVC_DIMS, minutes(0, Array(10).fill(1)));
    const tasks = f.raw.ecs.tasks as Record<string, unknown>;
    // still waiting since minute 3
    tasks.a = { clusterArn: CLUSTER_ARN, lastStatus: 'PROVISIONING', createdAt: 190, launchType: 'EC2' };
    // waited from minute 2 until its instance registered at minute 5 and it began pulling at 5:10
    (f.raw.ecs.containerInstances as Record<string, unknown>).late = {
      clusterArn: CLUSTER_ARN,
      registeredAt: 300,
    };
    tasks.b = {
      clusterArn: CLUSTER_ARN,
      lastStatus: 'RUNNING',
      createdAt: 130,
      containerInstanceArn: 'late',
      pullStartedAt: 310,
      launchType: 'EC2',
    };
    // placed at once on an instance that was already there: never waited
    (f.raw.ecs.containerInstances as Record<string, unknown>).early = {
      clusterArn: CLUSTER_ARN,
      registeredAt: 0,
    };
    tasks.c = {
      clusterArn: CLUSTER_ARN,
      lastStatus: 'RUNNING',
      createdAt: 130,
      containerInstanceArn: 'early',
      launchType: 'EC2',
    };
    const chart = buildScalingChart(f.state, SERVICE_ARN)!;
    expect(valuesOf(chart, 'provisioning')).toEqual([0, 0, 1, 2, 2, 2, 1, 1, 1, 1]);
  });

  it('says in its summary what the chart shows now, and that there is nothing yet when nothing was published', () => {
    const empty = buildScalingChart(fixture(30).state, SERVICE_ARN)!;
    expect(empty.minutes).toBe(1);
    expect(empty.summary).toMatch(/No metrics yet/);
    expect(empty.summary).toMatch(/No scaling activity/);

    const f = fixture(600);
    withPolicy(f);
    f.series('Sandbox/Load', 'RequestsPerSecond', SVC_DIMS, minutes(0, [100, 120]));
    f.series('AWS/ECS', 'CPUUtilization', SVC_DIMS, minutes(0, [50, 72.46]));
    f.series('ECS/ContainerInsights', 'DesiredTaskCount', SVC_DIMS, minutes(0, [2, 3]));
    f.series('ECS/ContainerInsights', 'RunningTaskCount', SVC_DIMS, minutes(0, [2, 2]));
    f.alarm({ AlarmName: HIGH, MetricName: 'CPUUtilization', StateValue: 'ALARM', StateUpdatedAt: 60 });
    expect(buildScalingChart(f.state, SERVICE_ARN)!.summary).toBe(
      'Scaling of service web in cluster demo, 0:00 to 0:10. Load 120 requests/s. CPU 72.5 % against a target of 60 %. ' +
        '2 running of 3 desired tasks. In ALARM: CPU high. No scaling activity in this window.',
    );
  });
});
