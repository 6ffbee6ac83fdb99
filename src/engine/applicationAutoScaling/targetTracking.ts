import { deleteAlarm, putAlarm } from '../cloudwatch/alarmStore';
import type { EngineContext } from '../context';
import { listenerForwardsTo } from '../elbv2/lookup';
import type { ScalingPolicyRecord, TargetTrackingConfiguration } from '../model/applicationAutoScaling';
import type { Dimension, Statistic } from '../model/cloudwatch';
import type { SimState } from '../state';
import { seededUuid } from '../tasks/eni';
import { parseResourceId, validation } from './resource';

/** The CloudWatch metric a target tracking policy follows. */
export interface TrackedMetric {
  readonly Namespace: string;
  readonly MetricName: string;
  readonly Dimensions: ReadonlyArray<Dimension>;
  readonly Statistic: Statistic;
}

const arnTail = (arn: string, marker: string) => {
  const i = arn.indexOf(marker);
  return i < 0 ? '' : arn.slice(i + marker.length);
};

/**
 * Checks an ALBRequestCountPerTarget ResourceLabel, `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>`,
 * against the load balancers and target groups that exist, and returns the target group part. The sandbox also
 * asks that a listener of that load balancer forwards to that target group (otherwise the metric never has data).
 */
export function checkResourceLabel(state: SimState, label: string | undefined): string {
  const m = /^(app\/[^/]+\/[^/]+)\/(targetgroup\/[^/]+\/[^/]+)$/.exec(label ?? '');
  if (!m) {
    throw validation(
      `PredefinedMetricSpecification.ResourceLabel ${label === undefined ? 'is missing' : `'${label}' is malformed`}: ALBRequestCountPerTarget needs app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>, the ends of the two ARNs joined by '/'.`,
      'TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification.ResourceLabel',
    );
  }
  const [, lbPart, tgPart] = m as unknown as [string, string, string];
  const lb = Object.values(state.elbv2.loadBalancers).find(
    (l) => arnTail(l.LoadBalancerArn, ':loadbalancer/') === lbPart,
  );
  const tg = Object.values(state.elbv2.targetGroups).find(
    (t) => t.TargetGroupArn.slice(t.TargetGroupArn.lastIndexOf(':') + 1) === tgPart,
  );
  const field = 'TargetTrackingScalingPolicyConfiguration.PredefinedMetricSpecification.ResourceLabel';
  if (!lb)
    throw validation(
      `ResourceLabel names load balancer ${lbPart}, which does not exist (DescribeLoadBalancers lists them).`,
      field,
    );
  if (!tg)
    throw validation(
      `ResourceLabel names target group ${tgPart}, which does not exist (DescribeTargetGroups lists them).`,
      field,
    );
  const attached = Object.values(state.elbv2.listeners).some(
    (l) => l.LoadBalancerArn === lb.LoadBalancerArn && listenerForwardsTo(state, l, tg.TargetGroupArn),
  );
  if (!attached) {
    throw validation(
      `ResourceLabel: target group ${tgPart} is not behind load balancer ${lbPart} (no listener forwards to it), so it has no RequestCountPerTarget to track.`,
      field,
    );
  }
  return tgPart;
}

/** The metric a target tracking configuration tracks, for the service of `resourceId`. */
export function trackedMetric(resourceId: string, config: TargetTrackingConfiguration): TrackedMetric {
  const { cluster, service } = parseResourceId(resourceId);
  const serviceDims = [
    { Name: 'ClusterName', Value: cluster },
    { Name: 'ServiceName', Value: service },
  ];
  const custom = config.CustomizedMetricSpecification;
  if (custom) {
    return {
      Namespace: custom.Namespace,
      MetricName: custom.MetricName,
      Dimensions: custom.Dimensions ?? [],
      Statistic: custom.Statistic,
    };
  }
  const predefined = config.PredefinedMetricSpecification!;
  switch (predefined.PredefinedMetricType) {
    case 'ECSServiceAverageCPUUtilization':
      return {
        Namespace: 'AWS/ECS',
        MetricName: 'CPUUtilization',
        Dimensions: serviceDims,
        Statistic: 'Average',
      };
    case 'ECSServiceAverageMemoryUtilization':
      return {
        Namespace: 'AWS/ECS',
        MetricName: 'MemoryUtilization',
        Dimensions: serviceDims,
        Statistic: 'Average',
      };
    case 'ALBRequestCountPerTarget': {
      const tg = /\/(targetgroup\/[^/]+\/[^/]+)$/.exec(predefined.ResourceLabel ?? '')?.[1] ?? '';
      return {
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'RequestCountPerTarget',
        Dimensions: [{ Name: 'TargetGroup', Value: tg }],
        Statistic: 'Sum',
      };
    }
  }
}

/**
 * The alarms target tracking creates for an ECS service. Their shapes are [OBS] (ecs-reference §9.2, containers-
 * roadmap #1208), not documented: one-minute periods; the high alarm goes off when 3 of 3 datapoints are above
 * the target, the low alarm when 15 of 15 are below 90 % of it. DisableScaleIn: no low alarm (the AWS CLI's
 * example shows the one alarm).
 */
export const HIGH_ALARM = { periods: 3 } as const;
export const LOW_ALARM = { periods: 15, ratio: 0.9 } as const;

const alarmNameOf = (resourceId: string, kind: 'High' | 'Low', uuid: string) =>
  `TargetTracking-${resourceId}-Alarm${kind}-${uuid}`;

/**
 * Creates or updates the alarms a target tracking policy owns: an updated policy keeps its alarms' names (and
 * their state), gains or loses the low alarm as DisableScaleIn changes. Returns them high first.
 */
export function putOwnedAlarms(
  ctx: EngineContext,
  policy: Pick<ScalingPolicyRecord, 'PolicyARN' | 'PolicyName' | 'ResourceId'>,
  config: TargetTrackingConfiguration,
  previous: ScalingPolicyRecord['Alarms'],
): ScalingPolicyRecord['Alarms'] {
  const metric = trackedMetric(policy.ResourceId, config);
  const existing = (kind: 'High' | 'Low') =>
    previous.find((a) => a.AlarmName.includes(`-Alarm${kind}-`))?.AlarmName;
  const description = `Owned by Application Auto Scaling: target tracking policy ${policy.PolicyName} acts on it. Change the policy, not the alarm.`;
  const high = putAlarm(ctx, {
    AlarmName: existing('High') ?? alarmNameOf(policy.ResourceId, 'High', seededUuid(ctx)),
    AlarmDescription: description,
    ...metric,
    Period: 60,
    EvaluationPeriods: HIGH_ALARM.periods,
    DatapointsToAlarm: HIGH_ALARM.periods,
    Threshold: config.TargetValue,
    ComparisonOperator: 'GreaterThanThreshold',
    AlarmActions: [policy.PolicyARN],
    ownedBy: policy.PolicyARN,
  });
  const alarms = [{ AlarmName: high.AlarmName, AlarmARN: high.AlarmArn }];
  const oldLow = existing('Low');
  if (config.DisableScaleIn) {
    if (oldLow) deleteAlarm(ctx, oldLow);
    return alarms;
  }
  const low = putAlarm(ctx, {
    AlarmName: oldLow ?? alarmNameOf(policy.ResourceId, 'Low', seededUuid(ctx)),
    AlarmDescription: description,
    ...metric,
    Period: 60,
    EvaluationPeriods: LOW_ALARM.periods,
    DatapointsToAlarm: LOW_ALARM.periods,
    Threshold: Number((config.TargetValue * LOW_ALARM.ratio).toFixed(6)),
    ComparisonOperator: 'LessThanThreshold',
    AlarmActions: [policy.PolicyARN],
    ownedBy: policy.PolicyARN,
  });
  return [...alarms, { AlarmName: low.AlarmName, AlarmARN: low.AlarmArn }];
}

/** Whether an owned alarm is the policy's scale-out (high) alarm. */
export const isHighAlarm = (alarmName: string) => alarmName.includes('-AlarmHigh-');

/**
 * The capacity a target tracking policy asks for: the sandbox's model, since AWS does not publish its formula
 * (ecs-reference §9.2 marks it UNVERIFIED): enough tasks to bring the metric back to the target if the load
 * stayed the same, ceil(base × metric ÷ target). From zero tasks (nothing to scale in proportion to) it asks for
 * one task, the smallest step, when the metric is above the target.
 */
export function targetTrackingCapacity(base: number, metric: number, target: number): number {
  if (base === 0) return metric > target ? 1 : 0;
  // rounding to 9 places first keeps 4 × 50 ÷ 50 from becoming 4.000000001 and then 5
  return Math.ceil(Number(((base * metric) / target).toFixed(9)));
}
