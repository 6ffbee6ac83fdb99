import { deleteAlarm, putAlarm } from '../cloudwatch/alarmStore';
import { metricKey, periodValues } from '../cloudwatch/metrics';
import type { EngineContext } from '../context';
import type { AsgPolicy, AsgTargetTracking, AutoScalingGroup } from '../model/autoscaling';
import type { Dimension, MetricAlarm, Statistic } from '../model/cloudwatch';
import { at, changeDesiredCapacity, liveInstances } from './groups';

/**
 * Scaling policies of a group, acting when their alarms invoke them (cloudwatch/alarms.ts calls the registered
 * action handler at every evaluation while an alarm is in ALARM).
 *
 * Target tracking (the sandbox's model of what EC2 Auto Scaling documents; the exact arithmetic is not public):
 * the policy owns two alarms on the metric, both over 1-minute periods: AlarmHigh (above the target for 3 of 3
 * minutes) and, unless DisableScaleIn, AlarmLow (below 90% of the target for 15 of 15 minutes). On AlarmHigh
 * the new desired capacity is ceil(desired × metric / target); on AlarmLow the same, and only when that is lower
 * (so scale-in never pushes the metric above the target) and no instance of the group is still warming up
 * (EstimatedInstanceWarmup, else the group's DefaultInstanceWarmup, else its DefaultCooldown). Instances still
 * launching count as capacity, so a further scale-out needs the metric to call for more than is already coming.
 * Target tracking has no cooldown. Simple scaling waits out its Cooldown (else the group's DefaultCooldown)
 * after each change; step scaling waits out the warm-up after each change (the sandbox's simplification: AWS
 * lets a larger step through during warm-up). Results are clamped to [MinSize, MaxSize].
 */

export interface MetricSpec {
  readonly Namespace: string;
  readonly MetricName: string;
  readonly Dimensions: ReadonlyArray<Dimension>;
  readonly Statistic: Statistic;
}

/** The metric a predefined metric type reads for a group (ResourceLabel for ALBRequestCountPerTarget). */
export function predefinedMetric(
  group: string,
  spec: AsgTargetTracking['PredefinedMetricSpecification'],
): MetricSpec {
  if (spec.PredefinedMetricType === 'ALBRequestCountPerTarget') {
    const label = spec.ResourceLabel ?? '';
    return {
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'RequestCountPerTarget',
      Dimensions: [{ Name: 'TargetGroup', Value: label.slice(label.indexOf('targetgroup/')) }],
      Statistic: 'Sum',
    };
  }
  return {
    Namespace: 'AWS/EC2',
    MetricName: 'CPUUtilization',
    Dimensions: [{ Name: 'AutoScalingGroupName', Value: group }],
    Statistic: 'Average',
  };
}

/** Creates (or replaces) the alarms a target tracking policy owns; returns their names. */
export function putTargetTrackingAlarms(
  ctx: EngineContext,
  policy: Pick<AsgPolicy, 'PolicyARN' | 'AutoScalingGroupName' | 'alarmNames'>,
  config: AsgTargetTracking,
  id: string,
): string[] {
  for (const name of policy.alarmNames) deleteAlarm(ctx, name);
  const metric = predefinedMetric(policy.AutoScalingGroupName, config.PredefinedMetricSpecification);
  const common = { ...metric, Period: 60, AlarmActions: [policy.PolicyARN], ownedBy: policy.PolicyARN };
  const high = `TargetTracking-${policy.AutoScalingGroupName}-AlarmHigh-${id}`;
  putAlarm(ctx, {
    ...common,
    AlarmName: high,
    AlarmDescription: `DO NOT EDIT OR DELETE. For TargetTrackingScaling policy ${policy.PolicyARN}.`,
    EvaluationPeriods: 3,
    Threshold: config.TargetValue,
    ComparisonOperator: 'GreaterThanThreshold',
  });
  if (config.DisableScaleIn) return [high];
  const low = `TargetTracking-${policy.AutoScalingGroupName}-AlarmLow-${id}`;
  putAlarm(ctx, {
    ...common,
    AlarmName: low,
    AlarmDescription: `DO NOT EDIT OR DELETE. For TargetTrackingScaling policy ${policy.PolicyARN}.`,
    EvaluationPeriods: 15,
    Threshold: Number((config.TargetValue * 0.9).toFixed(6)),
    ComparisonOperator: 'LessThanThreshold',
  });
  return [high, low];
}

/** The newest value of the alarm's metric over its period (what the alarm just judged). */
function latestValue(ctx: EngineContext, alarm: MetricAlarm): number | undefined {
  const series = ctx.state.cloudwatch.metrics[metricKey(alarm.Namespace, alarm.MetricName, alarm.Dimensions)];
  const end = Math.floor(ctx.now / alarm.Period) * alarm.Period;
  const values = periodValues(
    series,
    alarm.Statistic,
    alarm.Period,
    end - alarm.EvaluationPeriods * alarm.Period,
    end,
  );
  return values[values.length - 1]?.value;
}

const warmupOf = (policy: AsgPolicy, group: AutoScalingGroup): number =>
  policy.EstimatedInstanceWarmup ?? group.DefaultInstanceWarmup ?? group.DefaultCooldown;

function warmingUp(ctx: EngineContext, policy: AsgPolicy, group: AutoScalingGroup): boolean {
  const warmup = warmupOf(policy, group);
  return liveInstances(group).some((m) => ctx.now - m.LaunchTime < warmup);
}

/** A simple or step adjustment applied to `capacity` (percent: rounded toward zero, at least 1, then MinAdjustmentMagnitude). */
function adjusted(policy: AsgPolicy, capacity: number, adjustment: number): number {
  switch (policy.AdjustmentType) {
    case 'ExactCapacity':
      return adjustment;
    case 'PercentChangeInCapacity': {
      const raw = (capacity * adjustment) / 100;
      let step = Math.trunc(raw);
      if (step === 0 && raw !== 0) step = Math.sign(raw);
      const magnitude = policy.MinAdjustmentMagnitude ?? 0;
      if (Math.abs(step) < magnitude) step = Math.sign(step) * magnitude;
      return capacity + step;
    }
    default:
      return capacity + adjustment;
  }
}

/** Which step of a step policy applies to a metric value (bounds are relative to the alarm threshold). */
function stepFor(policy: AsgPolicy, alarm: MetricAlarm, value: number): number | undefined {
  const over = value - alarm.Threshold;
  const step = (policy.StepAdjustments ?? []).find(
    (s) =>
      (s.MetricIntervalLowerBound === undefined || over >= s.MetricIntervalLowerBound) &&
      (s.MetricIntervalUpperBound === undefined || over < s.MetricIntervalUpperBound),
  );
  return step?.ScalingAdjustment;
}

/** What the policy wants the desired capacity to be now, or undefined to leave it. */
function decide(
  ctx: EngineContext,
  policy: AsgPolicy,
  group: AutoScalingGroup,
  alarm: MetricAlarm,
): number | undefined {
  const current = group.DesiredCapacity;
  const value = latestValue(ctx, alarm);
  if (policy.PolicyType === 'TargetTrackingScaling') {
    const config = policy.TargetTrackingConfiguration!;
    if (value === undefined || config.TargetValue <= 0) return undefined;
    const wanted = Math.ceil((current * value) / config.TargetValue - 1e-9);
    const scalingOut = alarm.ComparisonOperator === 'GreaterThanThreshold';
    if (scalingOut) return Math.max(wanted, current === 0 ? 1 : current);
    if (config.DisableScaleIn || warmingUp(ctx, policy, group) || wanted >= current) return undefined;
    return wanted;
  }
  if (policy.PolicyType === 'SimpleScaling') {
    const cooldown = policy.Cooldown ?? group.DefaultCooldown;
    if (policy.lastScaledAt !== undefined && ctx.now - policy.lastScaledAt < cooldown) return undefined;
    return adjusted(policy, current, policy.ScalingAdjustment ?? 0);
  }
  if (policy.lastScaledAt !== undefined && ctx.now - policy.lastScaledAt < warmupOf(policy, group))
    return undefined;
  const step = value === undefined ? undefined : stepFor(policy, alarm, value);
  return step === undefined ? undefined : adjusted(policy, current, step);
}

/**
 * The alarm action handler for EC2 Auto Scaling policies (registered with cloudwatch/alarms.ts): true when
 * `actionArn` is one of this module's policies, whatever it then decides.
 */
export function runPolicyAction(ctx: EngineContext, actionArn: string, alarm: MetricAlarm): boolean {
  const policy = ctx.state.autoscaling.policies[actionArn];
  if (!policy) return false;
  const group = ctx.state.autoscaling.groups[policy.AutoScalingGroupName];
  if (!policy.Enabled || !group || group.Status !== undefined) return true;
  const wanted = decide(ctx, policy, group, alarm);
  if (wanted === undefined) return true;
  const clamped = Math.min(group.MaxSize, Math.max(group.MinSize, wanted));
  if (clamped === group.DesiredCapacity) return true;
  changeDesiredCapacity(
    ctx,
    group,
    clamped,
    `${at(ctx)} a monitor alarm ${alarm.AlarmName} in state ALARM triggered policy ${policy.PolicyName}`,
  );
  ctx.tx.set(ctx.state.autoscaling.policies, policy.PolicyARN, { ...policy, lastScaledAt: ctx.now });
  return true;
}

/** Deletes a policy and the alarms it owns (alarms of simple and step policies are the learner's and stay). */
export function removePolicy(ctx: EngineContext, policy: AsgPolicy): void {
  if (policy.PolicyType === 'TargetTrackingScaling')
    for (const name of policy.alarmNames) deleteAlarm(ctx, name);
  ctx.tx.remove(ctx.state.autoscaling.policies, policy.PolicyARN);
}
