import { arnName } from '../lib/arn';
import {
  describeLoadShape,
  isoTime,
  type DeepReadonly,
  type ScalableTarget,
  type ScalingActivityRecord,
  type ScalingPolicyRecord,
  type Service,
  type SimState,
} from '../engine/index';
import { serviceResourceId } from './scalingForm';

/** What the service page shows of its load and auto scaling, read straight off the state (no call recorded). */
export interface ServiceScalingView {
  /** the load in words, or undefined when the service gets none */
  readonly load?: string;
  readonly target?: DeepReadonly<ScalableTarget>;
  readonly policies: ReadonlyArray<PolicyRow>;
  /** newest first, at most ACTIVITIES_SHOWN */
  readonly activities: ReadonlyArray<ActivityRow>;
  /** the ResourceLabel ALBRequestCountPerTarget needs, when the service is behind a target group with a listener */
  readonly resourceLabel?: string;
}

export interface PolicyRow {
  readonly arn: string;
  readonly name: string;
  readonly type: string;
  /** "CPU 60 % · out cooldown 300 s · in cooldown 300 s" */
  readonly summary: string;
  /** its alarms with their states */
  readonly alarms: ReadonlyArray<{ readonly name: string; readonly state: string }>;
}

export interface ActivityRow {
  readonly id: string;
  readonly at: string;
  readonly description: string;
  readonly cause: string;
  readonly status: string;
}

const ACTIVITIES_SHOWN = 20;

const METRIC_SHORT: Readonly<Record<string, string>> = {
  ECSServiceAverageCPUUtilization: 'CPU',
  ECSServiceAverageMemoryUtilization: 'memory',
  ALBRequestCountPerTarget: 'requests per target',
};

function policySummary(p: DeepReadonly<ScalingPolicyRecord>): string {
  const tt = p.TargetTrackingScalingPolicyConfiguration;
  if (tt) {
    const metric =
      tt.PredefinedMetricSpecification?.PredefinedMetricType ??
      tt.CustomizedMetricSpecification?.MetricName ??
      '?';
    const unit = metric.includes('Utilization') ? ' %' : '';
    return [
      `keep ${METRIC_SHORT[metric] ?? metric} at ${tt.TargetValue}${unit}`,
      `out cooldown ${tt.ScaleOutCooldown} s`,
      tt.DisableScaleIn ? 'scale-in disabled' : `in cooldown ${tt.ScaleInCooldown} s`,
    ].join(' · ');
  }
  const step = p.StepScalingPolicyConfiguration;
  if (step) {
    const steps = step.StepAdjustments.map((s) => {
      const lo = s.MetricIntervalLowerBound ?? '−∞';
      const hi = s.MetricIntervalUpperBound ?? '+∞';
      return `[${lo}, ${hi}) → ${s.ScalingAdjustment > 0 ? '+' : ''}${s.ScalingAdjustment}`;
    });
    return `${step.AdjustmentType}: ${steps.join(', ')} · cooldown ${step.Cooldown} s`;
  }
  return p.PolicyType;
}

/** `app/<lb>/<id>/targetgroup/<tg>/<id>` for the service's first target group that a listener forwards to. */
function resourceLabelOf(state: DeepReadonly<SimState>, service: DeepReadonly<Service>): string | undefined {
  for (const lb of service.loadBalancers) {
    const tg = lb.targetGroupArn;
    if (!tg) continue;
    const listener = Object.values(state.elbv2.listeners).find((l) =>
      l.DefaultActions.some(
        (a) => a.TargetGroupArn === tg || a.ForwardConfig?.TargetGroups?.some((g) => g.TargetGroupArn === tg),
      ),
    );
    if (!listener) continue;
    const lbPart = listener.LoadBalancerArn.slice(
      listener.LoadBalancerArn.indexOf(':loadbalancer/') + ':loadbalancer/'.length,
    );
    const tgPart = tg.slice(tg.indexOf(':targetgroup/') + 1);
    return `${lbPart}/${tgPart}`;
  }
  return undefined;
}

export function serviceScalingView(
  state: DeepReadonly<SimState>,
  service: DeepReadonly<Service>,
): ServiceScalingView {
  const resourceId = serviceResourceId(arnName(service.clusterArn), service.serviceName);
  const load = state.load[service.serviceArn];
  const target = state.applicationAutoScaling.targets[resourceId];
  const policies = Object.values(state.applicationAutoScaling.policies)
    .filter((p) => p.ResourceId === resourceId)
    .map((p): PolicyRow => ({
      arn: p.PolicyARN,
      name: p.PolicyName,
      type: p.PolicyType,
      summary: policySummary(p),
      alarms: p.Alarms.map((a) => ({
        name: a.AlarmName,
        state: state.cloudwatch.alarms[a.AlarmName]?.StateValue ?? 'deleted',
      })),
    }));
  const activities = Object.values(state.applicationAutoScaling.activities)
    .filter((a) => a.ResourceId === resourceId)
    .sort((a, b) => b.seq - a.seq)
    .slice(0, ACTIVITIES_SHOWN)
    .map((a: DeepReadonly<ScalingActivityRecord>): ActivityRow => ({
      id: a.ActivityId,
      at: isoTime(state, a.StartTime),
      description: a.Description,
      cause: a.Cause,
      status: a.StatusCode,
    }));
  const resourceLabel = resourceLabelOf(state, service);
  return {
    ...(load ? { load: describeLoadShape(load.shape) } : {}),
    ...(target ? { target } : {}),
    policies,
    activities,
    ...(resourceLabel ? { resourceLabel } : {}),
  };
}
