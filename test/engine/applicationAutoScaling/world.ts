import type { Simulation } from '../../../src/engine';
import { publishMetric } from '../../../src/engine/cloudwatch/metrics';
import type { EngineContext } from '../../../src/engine/context';
import { onMinute } from '../../../src/engine/scaling/minute';
import { createService, describe1, serviceWorld } from '../services/world';

export const RESOURCE = 'service/default/web';
export const TEST_NS = 'Test/Scaling';
export const TEST_METRIC = 'Load';

/**
 * A test-only feed of custom metrics per simulation: each minute the metrics phase publishes, for every fed
 * metric, the value its function returns for now (undefined: nothing, a minute without data) as the datapoint of
 * the minute just ended. Policies track them with a CustomizedMetricSpecification, so a test decides exactly what
 * the metric says.
 */
const feeds = new WeakMap<object, Map<string, (t: number) => number | undefined>>();
onMinute('metrics', (ctx: EngineContext) => {
  const fed = feeds.get(ctx.state);
  if (!fed) return;
  for (const [name, valueAt] of fed) {
    const value = valueAt(ctx.now);
    if (value !== undefined) publishMetric(ctx, TEST_NS, name, [], ctx.now - 60, [value]);
  }
});

export function feedMetric(
  sim: Simulation,
  valueAt: (t: number) => number | undefined,
  name = TEST_METRIC,
): void {
  const fed = feeds.get(sim.state) ?? new Map<string, (t: number) => number | undefined>();
  fed.set(name, valueAt);
  feeds.set(sim.state, fed);
}

/** A settable metric: `metric.value = 80` changes what the next minutes publish. */
export function settableMetric(sim: Simulation, initial: number | undefined, name = TEST_METRIC) {
  const box: { value: number | undefined } = { value: initial };
  feedMetric(sim, () => box.value, name);
  return box;
}

/** The default cluster (2 instances per AZ), service `web` with `desired` tasks, run until they are RUNNING. */
export function scalingWorld(desired = 2, perAz = 2, seed = 7) {
  const { sim } = serviceWorld(perAz, seed);
  createService(sim, { desiredCount: desired });
  sim.advance(120);
  return sim;
}

export const aas = (sim: Simulation, op: string, input: Record<string, unknown>) =>
  sim.callByName('application-autoscaling', op, { ServiceNamespace: 'ecs', ...input }) as Record<
    string,
    unknown
  >;

export function register(sim: Simulation, min: number, max: number, extra: Record<string, unknown> = {}) {
  return aas(sim, 'RegisterScalableTarget', {
    ResourceId: RESOURCE,
    ScalableDimension: 'ecs:service:DesiredCount',
    MinCapacity: min,
    MaxCapacity: max,
    ...extra,
  });
}

/** A target tracking policy on the test metric. */
export function trackTestMetric(
  sim: Simulation,
  name: string,
  target: number,
  extra: Record<string, unknown> = {},
  metricName = TEST_METRIC,
) {
  return aas(sim, 'PutScalingPolicy', {
    ResourceId: RESOURCE,
    ScalableDimension: 'ecs:service:DesiredCount',
    PolicyName: name,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: target,
      CustomizedMetricSpecification: { MetricName: metricName, Namespace: TEST_NS, Statistic: 'Average' },
      ...extra,
    },
  }) as { PolicyARN: string; Alarms: Array<{ AlarmName: string; AlarmARN: string }> };
}

export const desired = (sim: Simulation) => describe1(sim).desiredCount;
export const running = (sim: Simulation) => describe1(sim).runningCount;

export interface Activity {
  ActivityId: string;
  Description: string;
  Cause: string;
  StatusCode: string;
  StatusMessage: string;
  StartTime: string;
}

export const activities = (sim: Simulation): Activity[] =>
  (aas(sim, 'DescribeScalingActivities', { ResourceId: RESOURCE }) as { ScalingActivities: Activity[] })
    .ScalingActivities;

/** Advances minute by minute until `until` holds (at most `minutes`), returning the minutes it took. */
export function advanceUntil(sim: Simulation, until: () => boolean, minutes = 60): number {
  for (let m = 1; m <= minutes; m++) {
    sim.advance(60);
    if (until()) return m;
  }
  return -1;
}

/** A step scaling policy and the alarm that invokes it (on a test metric, 1 of 1 one-minute datapoints). */
export function stepPolicy(
  sim: Simulation,
  name: string,
  alarm: { threshold: number; above: boolean; metricName?: string },
  config: object,
) {
  const { PolicyARN } = aas(sim, 'PutScalingPolicy', {
    ResourceId: RESOURCE,
    ScalableDimension: 'ecs:service:DesiredCount',
    PolicyName: name,
    PolicyType: 'StepScaling',
    StepScalingPolicyConfiguration: config,
  }) as { PolicyARN: string };
  sim.callByName('cloudwatch', 'PutMetricAlarm', {
    AlarmName: `${name}-alarm`,
    Namespace: TEST_NS,
    MetricName: alarm.metricName ?? TEST_METRIC,
    Statistic: 'Average',
    Period: 60,
    EvaluationPeriods: 1,
    Threshold: alarm.threshold,
    ComparisonOperator: alarm.above ? 'GreaterThanOrEqualToThreshold' : 'LessThanThreshold',
    AlarmActions: [PolicyARN],
  });
  return PolicyARN;
}

/** The scalable target as stored (cooldown bookkeeping included). */
export const storedTarget = (sim: Simulation) => sim.state.applicationAutoScaling.targets[RESOURCE]!;
