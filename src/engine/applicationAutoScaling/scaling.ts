import { periodValues, seriesOf } from '../cloudwatch/metrics';
import type { EngineContext } from '../context';
import type { ScalableTarget, ScalingPolicyRecord } from '../model/applicationAutoScaling';
import type { MetricAlarm } from '../model/cloudwatch';
import type { Service } from '../model/service';
import { isLive } from '../services/health';
import { tasksOfService } from '../services/reconcile';
import type { SimState } from '../state';
import { applyDesiredCount } from './apply';
import { serviceOfResource } from './resource';
import { aggregate, stepCapacity, stepFor } from './stepScaling';
import { isHighAlarm, targetTrackingCapacity, trackedMetric } from './targetTracking';

/**
 * Dynamic scaling: what the policies of a scalable target do when their alarms invoke them (ecs-reference §9.2,
 * §9.3). Alarms are evaluated in the minute clock's `alarms` phase and invoke their policies one by one; the
 * invocations of a minute are gathered and decided together in the `capacity` phase, per target, so that
 * several policies combine as AWS documents:
 * - scale out if any policy asks for more; the largest capacity wins;
 * - scale in only when every target tracking policy that may scale in has its low alarm in ALARM (INSUFFICIENT_DATA
 *   counts as not ready), never during a deployment, never in the scale-in cooldown; again the largest wins;
 * - capacity starts from the service's RUNNING task count, not its desired count (so a service that cannot place
 *   its tasks does not run away), and stays within [MinCapacity, MaxCapacity]: a scale-out with the desired count
 *   below the minimum first goes to the minimum; a scale-in with it above the maximum first goes to the maximum;
 * - during a scale-out cooldown, later scale-outs count from the capacity the first one started from, so the
 *   capacity it added counts toward them; a scale-out ends a scale-in cooldown.
 */

/** One invocation of a policy by an alarm in ALARM. */
export interface PolicyInvocation {
  readonly policy: ScalingPolicyRecord;
  readonly alarm: MetricAlarm;
}

interface Proposal {
  readonly direction: 'out' | 'in';
  readonly capacity: number;
  readonly base: number;
  readonly policy: ScalingPolicyRecord;
  readonly cause: string;
  readonly cooldown: number;
}

/** The service's RUNNING tasks, as DescribeServices counts runningCount. */
export const runningCount = (state: SimState, service: Service): number =>
  tasksOfService(state, service).filter((t) => isLive(t) && t.lastStatus === 'RUNNING').length;

/** A deployment is in progress: more than one deployment, or the PRIMARY one still rolling out. */
export const deploymentInProgress = (service: Service): boolean =>
  service.deployments.length > 1 || service.deployments[0]?.rolloutState === 'IN_PROGRESS';

const inCooldown = (since: number | undefined, cooldown: number, now: number) =>
  since !== undefined && now < since + cooldown;

/** The alarm's newest period value (the statistic it evaluates), if the last period has data. */
function latestValue(state: SimState, alarm: MetricAlarm, now: number): number | undefined {
  const series = seriesOf(state, alarm.Namespace, alarm.MetricName, alarm.Dimensions);
  const end = Math.floor(now / alarm.Period) * alarm.Period;
  return periodValues(series, alarm.Statistic, alarm.Period, end - alarm.Period, end).at(-1)?.value;
}

const causeOf = (alarm: MetricAlarm, policy: ScalingPolicyRecord) =>
  `monitor alarm ${alarm.AlarmName} in state ALARM triggered policy ${policy.PolicyName}`;

/** What one invocation asks for, or nothing (no data, a step that does not apply). */
function propose(
  ctx: EngineContext,
  target: ScalableTarget,
  running: number,
  { policy, alarm }: PolicyInvocation,
): Proposal | undefined {
  const tt = policy.TargetTrackingScalingPolicyConfiguration;
  const outBase = (cooldown: number) =>
    inCooldown(target.lastScaleOutAt, cooldown, ctx.now) ? (target.scaleOutBase ?? running) : running;
  if (tt) {
    const metric = latestValue(ctx.state, alarm, ctx.now);
    if (metric === undefined) return undefined;
    const direction = isHighAlarm(alarm.AlarmName) ? 'out' : 'in';
    const base = direction === 'out' ? outBase(tt.ScaleOutCooldown) : running;
    return {
      direction,
      capacity: targetTrackingCapacity(base, metric, tt.TargetValue),
      base,
      policy,
      cause: causeOf(alarm, policy),
      cooldown: direction === 'out' ? tt.ScaleOutCooldown : tt.ScaleInCooldown,
    };
  }
  const step = policy.StepScalingPolicyConfiguration!;
  const end = Math.floor(ctx.now / alarm.Period) * alarm.Period;
  const series = seriesOf(ctx.state, alarm.Namespace, alarm.MetricName, alarm.Dimensions);
  const values = periodValues(
    series,
    alarm.Statistic,
    alarm.Period,
    end - alarm.EvaluationPeriods * alarm.Period,
    end,
  );
  // the sandbox's model: the breach is the alarm's evaluated datapoints folded by MetricAggregationType
  const value = aggregate(
    values.map((v) => v.value),
    step.MetricAggregationType,
  );
  if (value === undefined) return undefined;
  const adjustment = stepFor(step.StepAdjustments, value - alarm.Threshold);
  if (!adjustment) return undefined;
  const up =
    step.AdjustmentType === 'ExactCapacity'
      ? adjustment.ScalingAdjustment > running
      : adjustment.ScalingAdjustment > 0;
  const base = up ? outBase(step.Cooldown) : running;
  return {
    direction: up ? 'out' : 'in',
    capacity: stepCapacity(step, adjustment, base),
    base,
    policy,
    cause: causeOf(alarm, policy),
    cooldown: step.Cooldown,
  };
}

const clamp = (n: number, t: ScalableTarget) => Math.min(t.MaxCapacity, Math.max(t.MinCapacity, n));

const largest = (ps: ReadonlyArray<Proposal>): Proposal | undefined =>
  ps.reduce<Proposal | undefined>((best, p) => (!best || p.capacity > best.capacity ? p : best), undefined);

/** Whether every target tracking policy of the target that may scale in has its low alarm in ALARM. */
function allReadyToScaleIn(state: SimState, target: ScalableTarget): boolean {
  return Object.values(state.applicationAutoScaling.policies)
    .filter(
      (p) =>
        p.ResourceId === target.ResourceId &&
        p.TargetTrackingScalingPolicyConfiguration &&
        !p.TargetTrackingScalingPolicyConfiguration.DisableScaleIn,
    )
    .every((p) =>
      p.Alarms.filter((a) => !isHighAlarm(a.AlarmName)).every(
        (a) => state.cloudwatch.alarms[a.AlarmName]?.StateValue === 'ALARM',
      ),
    );
}

/** Decides and applies what a target's invocations of this minute ask for. */
export function decideTarget(
  ctx: EngineContext,
  target: ScalableTarget,
  invocations: ReadonlyArray<PolicyInvocation>,
): void {
  const service = serviceOfResource(ctx.state, target.ResourceId);
  if (!service) return;
  const running = runningCount(ctx.state, service);
  const desired = service.desiredCount;
  const proposals = invocations
    .map((inv) => propose(ctx, target, running, inv))
    .filter((p): p is Proposal => p !== undefined)
    .map((p) => ({ ...p, capacity: clamp(p.capacity, target) }));
  const suspended = target.SuspendedState;
  const outs = suspended.DynamicScalingOutSuspended
    ? []
    : proposals.filter((p) => p.direction === 'out' && p.capacity > desired);
  const out = largest(outs);
  if (out) {
    applyDesiredCount(ctx, target, service, out.capacity, {
      cause: out.cause,
      policyName: out.policy.PolicyName,
      targetPatch: {
        lastScaleOutAt: ctx.now,
        scaleOutCooldown: out.cooldown,
        scaleOutBase: out.base,
        // a scale-out ends the scale-in cooldown
        lastScaleInAt: undefined,
      },
    });
    return;
  }
  if (suspended.DynamicScalingInSuspended || deploymentInProgress(service)) return;
  const ins = proposals.filter(
    (p) =>
      p.direction === 'in' &&
      p.capacity < desired &&
      !inCooldown(target.lastScaleInAt, p.cooldown, ctx.now) &&
      (p.policy.StepScalingPolicyConfiguration !== undefined || allReadyToScaleIn(ctx.state, target)),
  );
  const inward = largest(ins);
  if (inward) {
    applyDesiredCount(ctx, target, service, inward.capacity, {
      cause: inward.cause,
      policyName: inward.policy.PolicyName,
      targetPatch: { lastScaleInAt: ctx.now, scaleInCooldown: inward.cooldown },
    });
  }
}

/**
 * Scale from zero (ecs-reference §9.2): a target at zero tasks with MinCapacity 0 waits for one datapoint above
 * a target tracking policy's target, then scales out by one task, without waiting for the high alarm's three.
 */
export function scaleFromZero(ctx: EngineContext, target: ScalableTarget): void {
  if (target.SuspendedState.DynamicScalingOutSuspended || target.MaxCapacity < 1) return;
  const service = serviceOfResource(ctx.state, target.ResourceId);
  if (!service || service.desiredCount !== 0 || runningCount(ctx.state, service) !== 0) return;
  for (const policy of Object.values(ctx.state.applicationAutoScaling.policies)) {
    const tt = policy.TargetTrackingScalingPolicyConfiguration;
    if (policy.ResourceId !== target.ResourceId || !tt) continue;
    const metric = trackedMetric(policy.ResourceId, tt);
    const series = seriesOf(ctx.state, metric.Namespace, metric.MetricName, metric.Dimensions);
    const value = periodValues(series, metric.Statistic, 60, ctx.now - 60, ctx.now).at(-1)?.value;
    if (value !== undefined && value > tt.TargetValue) {
      applyDesiredCount(ctx, target, service, clamp(1, target), {
        cause: `policy ${policy.PolicyName} saw ${metric.MetricName} at ${Number(value.toFixed(3))}, above its target ${tt.TargetValue}, with no tasks running (scaling from zero)`,
        policyName: policy.PolicyName,
        targetPatch: {
          lastScaleOutAt: ctx.now,
          scaleOutCooldown: tt.ScaleOutCooldown,
          scaleOutBase: 0,
          lastScaleInAt: undefined,
        },
      });
      return;
    }
  }
}
