import { arnName } from '../../lib/arn';
import { setGroupDesiredCapacity } from '../autoscaling';
import { deleteAlarm, putAlarm } from '../cloudwatch/alarmStore';
import { publishMetric } from '../cloudwatch/metrics';
import type { EngineContext } from '../context';
import type { AutoScalingGroup } from '../model/autoscaling';
import type { CapacityProvider } from '../model/capacityProvider';
import type { MetricAlarm } from '../model/cloudwatch';
import type { Cluster } from '../model/ecs';
import type { SimState } from '../state';
import { clustersUsing, groupOf } from './groups';
import { capacityProviderReservation, reservationInputs } from './reservation';

/**
 * Managed scaling (ecs-reference §8.3): ECS publishes each provider's CapacityProviderReservation every minute
 * and owns a target-tracking policy on its group with two alarms on that metric (high: 1 of 1 minutes above
 * targetCapacity; low: 15 of 15 below, the shapes observed in aws/containers-roadmap #638). Their actions set
 * the group's desired capacity; ECS never changes the group's MinSize or MaxSize, and the result is clamped to
 * them.
 *
 * Scale-out: to ceil(M × 100 / targetCapacity) instances, stepping at least minimumScalingStepSize and at most
 * maximumScalingStepSize; from no instances at all, ECS goes to two instances first (the reference's reading of
 * the docs: "scales to 200%"), still within the step sizes; no further scale-out until instanceWarmupPeriod has
 * passed since the last one. Scale-in: to ceil(M × 100 / targetCapacity), at least MinSize; step sizes do not
 * limit scale-in (the API text of minimumScalingStepSize says so).
 */

export const MANAGED_SCALING_NAMESPACE = 'AWS/ECS/ManagedScaling';
export const RESERVATION_METRIC = 'CapacityProviderReservation';

const groupNameOf = (cp: CapacityProvider): string =>
  arnName(cp.autoScalingGroupProvider.autoScalingGroupArn);

/** The ARN of the target-tracking policy ECS owns on the group (the alarms' action). */
export const managedPolicyArn = (state: SimState, cp: CapacityProvider): string =>
  `arn:aws:autoscaling:${state.region}:${state.accountId}:scalingPolicy:ecs-managed:autoScalingGroupName/` +
  `${groupNameOf(cp)}:policyName/ECSManagedAutoScalingPolicy-${cp.name}`;

export const managedAlarmNames = (cp: CapacityProvider) => ({
  high: `TargetTracking-${groupNameOf(cp)}-AlarmHigh-ecs-${cp.name}`,
  low: `TargetTracking-${groupNameOf(cp)}-AlarmLow-ecs-${cp.name}`,
});

/** The cluster a provider serves and its group, when its managed scaling is on and both exist. */
function managed(
  state: SimState,
  cp: CapacityProvider,
): { cluster: Cluster; group: AutoScalingGroup } | undefined {
  if (cp.status !== 'ACTIVE' || cp.autoScalingGroupProvider.managedScaling.status !== 'ENABLED')
    return undefined;
  const cluster = clustersUsing(state, cp.name)[0];
  const group = groupOf(state, cp);
  return cluster && group ? { cluster, group } : undefined;
}

const dimensionsOf = (cluster: Cluster, cp: CapacityProvider) => [
  { Name: 'CapacityProviderName', Value: cp.name },
  { Name: 'ClusterName', Value: cluster.clusterName },
];

/**
 * Puts or removes the two alarms of a provider's managed scaling, as the provider now is: present while it is
 * ACTIVE, has managed scaling on and is associated with a cluster; gone otherwise.
 */
export function syncManagedScaling(ctx: EngineContext, cp: CapacityProvider): void {
  const names = managedAlarmNames(cp);
  const on = managed(ctx.state, cp);
  if (!on) {
    deleteAlarm(ctx, names.high);
    deleteAlarm(ctx, names.low);
    return;
  }
  const policy = managedPolicyArn(ctx.state, cp);
  const common = {
    Namespace: MANAGED_SCALING_NAMESPACE,
    MetricName: RESERVATION_METRIC,
    Dimensions: dimensionsOf(on.cluster, cp),
    Statistic: 'Average' as const,
    Period: 60,
    Threshold: cp.autoScalingGroupProvider.managedScaling.targetCapacity,
    AlarmActions: [policy],
    ownedBy: policy,
  };
  putAlarm(ctx, {
    ...common,
    AlarmName: names.high,
    AlarmDescription: `Managed scaling of capacity provider ${cp.name}: scale out. Owned by ECS; do not edit.`,
    EvaluationPeriods: 1,
    DatapointsToAlarm: 1,
    ComparisonOperator: 'GreaterThanThreshold',
  });
  putAlarm(ctx, {
    ...common,
    AlarmName: names.low,
    AlarmDescription: `Managed scaling of capacity provider ${cp.name}: scale in. Owned by ECS; do not edit.`,
    EvaluationPeriods: 15,
    DatapointsToAlarm: 15,
    ComparisonOperator: 'LessThanThreshold',
  });
}

/** Publishes CapacityProviderReservation for every provider with managed scaling (the minute's `metrics` phase). */
export function publishReservations(ctx: EngineContext): void {
  for (const cp of Object.values(ctx.state.ecs.capacityProviders)) {
    const on = managed(ctx.state, cp);
    if (!on) continue;
    const r = reservationInputs(ctx.state, on.cluster.clusterArn, cp, on.group);
    const value = capacityProviderReservation(r.busy + r.forWaiting, r.n);
    publishMetric(
      ctx,
      MANAGED_SCALING_NAMESPACE,
      RESERVATION_METRIC,
      dimensionsOf(on.cluster, cp),
      ctx.now - 60,
      [value],
    );
  }
}

/** The step rules of a scale-out from `current` toward `wanted` instances (see the module comment). Pure. */
export function scaleOutTo(
  current: number,
  wanted: number,
  scaling: { readonly minimumScalingStepSize: number; readonly maximumScalingStepSize: number },
): number {
  const needed = current === 0 ? Math.max(wanted, 2) : wanted - current;
  if (needed <= 0) return current;
  const first = current === 0 ? 2 : needed;
  const step =
    first < scaling.minimumScalingStepSize
      ? scaling.minimumScalingStepSize
      : Math.min(scaling.maximumScalingStepSize, first);
  return current + step;
}

/**
 * The alarm action handler for managed scaling (registered with cloudwatch/alarms.ts): true when `actionArn`
 * is a managed-scaling policy, whatever it then decides.
 */
export function runManagedScalingAction(ctx: EngineContext, actionArn: string, alarm: MetricAlarm): boolean {
  if (!actionArn.includes(':scalingPolicy:ecs-managed:')) return false;
  const name = alarm.Dimensions.find((d) => d.Name === 'CapacityProviderName')?.Value;
  const cp = name === undefined ? undefined : ctx.state.ecs.capacityProviders[name];
  const on = cp && managed(ctx.state, cp);
  if (!cp || !on) return true;
  const { group, cluster } = on;
  const scaling = cp.autoScalingGroupProvider.managedScaling;
  const r = reservationInputs(ctx.state, cluster.clusterArn, cp, group);
  const m = r.busy + r.forWaiting;
  const wanted = Math.ceil((m * 100) / scaling.targetCapacity);
  const current = group.DesiredCapacity;
  const out = alarm.ComparisonOperator === 'GreaterThanThreshold';
  let to: number;
  let why: string;
  if (out) {
    // M = 0 reads 100 (or more) with nothing to run: a target below 100 must not add instances for nothing
    if (m === 0) return true;
    if (cp.lastScaleOutAt !== undefined && ctx.now - cp.lastScaleOutAt < scaling.instanceWarmupPeriod)
      return true;
    to = scaleOutTo(current, wanted, scaling);
    why = `${m} instance(s) needed for ${r.busy} busy and ${r.forWaiting} more for tasks in PROVISIONING, at target ${scaling.targetCapacity}%`;
  } else {
    to = wanted;
    why = `only ${m} of ${r.n} instance(s) are needed at target ${scaling.targetCapacity}%`;
  }
  const clamped = Math.min(group.MaxSize, Math.max(group.MinSize, to));
  if (out ? clamped <= current : clamped >= current) return true;
  const set = setGroupDesiredCapacity(
    ctx,
    group.AutoScalingGroupName,
    clamped,
    `At ${ctx.iso(ctx.now)} a monitor alarm ${alarm.AlarmName} in state ALARM triggered policy ECSManagedAutoScalingPolicy-${cp.name}`,
  );
  ctx.emit({
    type: 'ManagedScalingAction',
    at: ctx.now,
    capacityProvider: cp.name,
    autoScalingGroupName: group.AutoScalingGroupName,
    from: current,
    to: set,
    cause: why,
  });
  if (out) ctx.tx.set(ctx.state.ecs.capacityProviders, cp.name, { ...cp, lastScaleOutAt: ctx.now });
  return true;
}
