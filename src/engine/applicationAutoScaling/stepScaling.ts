import type { StepAdjustment, StepScalingConfiguration } from '../model/applicationAutoScaling';
import { validation } from './resource';

const FIELD = 'StepScalingPolicyConfiguration.StepAdjustments';

const lower = (s: StepAdjustment) => s.MetricIntervalLowerBound ?? -Infinity;
const upper = (s: StepAdjustment) => s.MetricIntervalUpperBound ?? Infinity;
const show = (v: number) => (Number.isFinite(v) ? String(v) : v > 0 ? '+∞' : '−∞');

/**
 * Checks a step scaling configuration the way Application Auto Scaling does: the steps' intervals (relative to
 * the alarm threshold; an absent bound is open-ended) must not overlap or leave gaps between them, only one step
 * may be open at each end, and each interval must have its lower bound below its upper bound.
 */
export function checkStepConfiguration(config: StepScalingConfiguration): void {
  if (config.StepAdjustments.length === 0) {
    throw validation(
      `${FIELD}: a step scaling policy needs at least one step adjustment, e.g. { "MetricIntervalLowerBound": 0, "ScalingAdjustment": 1 }.`,
      FIELD,
    );
  }
  config.StepAdjustments.forEach((s, i) => {
    if (lower(s) >= upper(s)) {
      throw validation(
        `${FIELD}[${i}]: MetricIntervalLowerBound (${show(lower(s))}) must be below MetricIntervalUpperBound (${show(upper(s))}).`,
        `${FIELD}[${i}]`,
      );
    }
  });
  const sorted = [...config.StepAdjustments].sort((a, b) => lower(a) - lower(b));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i]!;
    if (upper(prev) !== lower(next)) {
      throw validation(
        `${FIELD}: the step [${show(lower(prev))}, ${show(upper(prev))}) and the step [${show(lower(next))}, ${show(upper(next))}) ${upper(prev) > lower(next) ? 'overlap' : 'leave a gap'}; each step's lower bound must be the previous step's upper bound.`,
        FIELD,
      );
    }
  }
  if (
    config.AdjustmentType === 'ExactCapacity' &&
    config.StepAdjustments.some((s) => s.ScalingAdjustment < 0)
  ) {
    throw validation(
      `${FIELD}: with AdjustmentType ExactCapacity a ScalingAdjustment is the new task count and cannot be negative.`,
      FIELD,
    );
  }
  if (config.MinAdjustmentMagnitude !== undefined && config.AdjustmentType !== 'PercentChangeInCapacity') {
    throw validation(
      'StepScalingPolicyConfiguration.MinAdjustmentMagnitude only applies to AdjustmentType PercentChangeInCapacity.',
      'StepScalingPolicyConfiguration.MinAdjustmentMagnitude',
    );
  }
}

/**
 * The step that applies when the metric is `breach` away from the alarm threshold (metric − threshold). Above
 * the threshold a step's lower bound is inclusive and its upper bound exclusive; below it, the other way round.
 */
export function stepFor(steps: ReadonlyArray<StepAdjustment>, breach: number): StepAdjustment | undefined {
  return steps.find((s) =>
    breach >= 0 ? lower(s) <= breach && breach < upper(s) : lower(s) < breach && breach <= upper(s),
  );
}

/**
 * The capacity a step asks for from `base` tasks. PercentChangeInCapacity: a change between −1 and 1 (not 0)
 * becomes ±1, a larger one is truncated toward zero, then raised to MinAdjustmentMagnitude if it is smaller.
 */
export function stepCapacity(config: StepScalingConfiguration, step: StepAdjustment, base: number): number {
  switch (config.AdjustmentType) {
    case 'ExactCapacity':
      return step.ScalingAdjustment;
    case 'ChangeInCapacity':
      return base + step.ScalingAdjustment;
    case 'PercentChangeInCapacity': {
      const raw = (base * step.ScalingAdjustment) / 100;
      let change = raw === 0 ? 0 : Math.abs(raw) < 1 ? Math.sign(raw) : Math.trunc(raw);
      const magnitude = config.MinAdjustmentMagnitude;
      if (magnitude !== undefined && change !== 0 && Math.abs(change) < magnitude) {
        change = Math.sign(change) * magnitude;
      }
      return base + change;
    }
  }
}

/** Folds the alarm's datapoints with the policy's MetricAggregationType. */
export function aggregate(
  values: ReadonlyArray<number>,
  how: StepScalingConfiguration['MetricAggregationType'],
): number | undefined {
  if (values.length === 0) return undefined;
  switch (how) {
    case 'Average':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'Minimum':
      return Math.min(...values);
    case 'Maximum':
      return Math.max(...values);
  }
}
