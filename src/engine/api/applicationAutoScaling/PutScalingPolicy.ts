import { deletePolicy, findPolicy } from '../../applicationAutoScaling/policies';
import {
  checkDimension,
  checkNamespace,
  requireTarget,
  scalingPolicyArn,
  validation,
} from '../../applicationAutoScaling/resource';
import { checkStepConfiguration } from '../../applicationAutoScaling/stepScaling';
import { checkResourceLabel, putOwnedAlarms } from '../../applicationAutoScaling/targetTracking';
import type { EngineContext } from '../../context';
import type {
  PredefinedMetricType,
  ScalingPolicyRecord,
  StepScalingConfiguration,
  TargetTrackingConfiguration,
} from '../../model/applicationAutoScaling';
import { startMinuteClock } from '../../scaling/minute';
import { putScalingPolicySchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutScalingPolicyInput = Infer<typeof putScalingPolicySchema>;

export interface PutScalingPolicyOutput {
  readonly PolicyARN: string;
  readonly Alarms?: ScalingPolicyRecord['Alarms'];
}

/** Cooldowns Application Auto Scaling uses for ECS services when none is given (ecs-reference §9.2). */
export const DEFAULT_COOLDOWN = 300;

const ECS_METRICS: ReadonlyArray<PredefinedMetricType> = [
  'ECSServiceAverageCPUUtilization',
  'ECSServiceAverageMemoryUtilization',
  'ALBRequestCountPerTarget',
];

const TT = 'TargetTrackingScalingPolicyConfiguration';
const STEP = 'StepScalingPolicyConfiguration';

function checkCooldown(field: string, value: number | undefined): number {
  if (value !== undefined && value < 0)
    throw validation(`${field} is ${value}: a cooldown is 0 seconds or more.`, field);
  return value ?? DEFAULT_COOLDOWN;
}

function targetTracking(ctx: EngineContext, input: PutScalingPolicyInput): TargetTrackingConfiguration {
  const c = input.TargetTrackingScalingPolicyConfiguration;
  if (!c) throw validation(`${TT} is required for PolicyType TargetTrackingScaling.`, TT);
  if (input.StepScalingPolicyConfiguration) {
    throw validation(`${STEP} does not go with PolicyType TargetTrackingScaling: give ${TT} only.`, STEP);
  }
  const predefined = c.PredefinedMetricSpecification;
  const custom = c.CustomizedMetricSpecification;
  if ((predefined === undefined) === (custom === undefined)) {
    throw validation(
      `${TT}: give exactly one of PredefinedMetricSpecification (ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization, ALBRequestCountPerTarget) and CustomizedMetricSpecification.`,
      TT,
    );
  }
  if (!(c.TargetValue > 0)) {
    throw validation(
      `${TT}.TargetValue is ${c.TargetValue}: the target of a metric must be above 0.`,
      `${TT}.TargetValue`,
    );
  }
  const common = {
    TargetValue: c.TargetValue,
    ScaleOutCooldown: checkCooldown(`${TT}.ScaleOutCooldown`, c.ScaleOutCooldown),
    ScaleInCooldown: checkCooldown(`${TT}.ScaleInCooldown`, c.ScaleInCooldown),
    DisableScaleIn: c.DisableScaleIn ?? false,
  };
  if (predefined) {
    const type = predefined.PredefinedMetricType;
    const field = `${TT}.PredefinedMetricSpecification.PredefinedMetricType`;
    if (type.endsWith('HighResolution') && type.startsWith('ECSService')) {
      throw validation(
        `${type} tracks 20-second metrics, which the sandbox does not publish (its metrics are 1-minute). Use ${type.replace('HighResolution', '')}.`,
        field,
      );
    }
    if (!ECS_METRICS.includes(type as PredefinedMetricType)) {
      throw validation(
        `${type} is not a metric of an ECS service: use ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization or ALBRequestCountPerTarget.`,
        field,
      );
    }
    if (type === 'ALBRequestCountPerTarget') checkResourceLabel(ctx.state, predefined.ResourceLabel);
    else if (predefined.ResourceLabel !== undefined) {
      throw validation(
        `${TT}.PredefinedMetricSpecification.ResourceLabel only goes with ALBRequestCountPerTarget.`,
        `${TT}.PredefinedMetricSpecification.ResourceLabel`,
      );
    }
    return {
      ...common,
      PredefinedMetricSpecification: {
        PredefinedMetricType: type as PredefinedMetricType,
        ...(predefined.ResourceLabel !== undefined ? { ResourceLabel: predefined.ResourceLabel } : {}),
      },
    };
  }
  const spec = custom!;
  if (spec.Metrics !== undefined) {
    throw validation(
      `${TT}.CustomizedMetricSpecification.Metrics (metric math) is not simulated: name one metric with MetricName, Namespace, Dimensions and Statistic.`,
      `${TT}.CustomizedMetricSpecification.Metrics`,
    );
  }
  if (spec.MetricName === undefined || spec.Namespace === undefined || spec.Statistic === undefined) {
    throw validation(
      `${TT}.CustomizedMetricSpecification needs MetricName, Namespace and Statistic.`,
      `${TT}.CustomizedMetricSpecification`,
    );
  }
  return {
    ...common,
    CustomizedMetricSpecification: {
      MetricName: spec.MetricName,
      Namespace: spec.Namespace,
      ...(spec.Dimensions ? { Dimensions: spec.Dimensions } : {}),
      Statistic: spec.Statistic,
      ...(spec.Unit !== undefined ? { Unit: spec.Unit } : {}),
    },
  };
}

function stepScaling(input: PutScalingPolicyInput): StepScalingConfiguration {
  const c = input.StepScalingPolicyConfiguration;
  if (!c) throw validation(`${STEP} is required for PolicyType StepScaling.`, STEP);
  if (input.TargetTrackingScalingPolicyConfiguration) {
    throw validation(`${TT} does not go with PolicyType StepScaling: give ${STEP} only.`, TT);
  }
  if (c.AdjustmentType === undefined) {
    throw validation(
      `${STEP}.AdjustmentType is required: ChangeInCapacity, PercentChangeInCapacity or ExactCapacity.`,
      `${STEP}.AdjustmentType`,
    );
  }
  if (c.MinAdjustmentMagnitude !== undefined && c.MinAdjustmentMagnitude < 1) {
    throw validation(`${STEP}.MinAdjustmentMagnitude must be 1 or more.`, `${STEP}.MinAdjustmentMagnitude`);
  }
  const config: StepScalingConfiguration = {
    AdjustmentType: c.AdjustmentType,
    StepAdjustments: (c.StepAdjustments ?? []).map((s) => ({
      ...(s.MetricIntervalLowerBound !== undefined
        ? { MetricIntervalLowerBound: s.MetricIntervalLowerBound }
        : {}),
      ...(s.MetricIntervalUpperBound !== undefined
        ? { MetricIntervalUpperBound: s.MetricIntervalUpperBound }
        : {}),
      ScalingAdjustment: s.ScalingAdjustment,
    })),
    ...(c.MinAdjustmentMagnitude !== undefined ? { MinAdjustmentMagnitude: c.MinAdjustmentMagnitude } : {}),
    Cooldown: checkCooldown(`${STEP}.Cooldown`, c.Cooldown),
    MetricAggregationType: c.MetricAggregationType ?? 'Average',
  };
  checkStepConfiguration(config);
  return config;
}

/**
 * application-autoscaling PutScalingPolicy: creates or replaces a policy of a registered target.
 * - TargetTrackingScaling: keeps a metric of the service near TargetValue; Application Auto Scaling creates and
 *   owns its CloudWatch alarms (targetTracking.ts), returned in `Alarms`.
 * - StepScaling: scales by steps chosen by how far the metric is past an alarm's threshold; the learner creates
 *   that alarm (cloudwatch PutMetricAlarm) with the returned PolicyARN in its AlarmActions.
 * Predictive scaling is refused: the sandbox does not forecast.
 */
export const PutScalingPolicy = defineOperation<PutScalingPolicyInput, PutScalingPolicyOutput>({
  schema: putScalingPolicySchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    checkNamespace(input.ServiceNamespace);
    checkDimension(input.ScalableDimension);
    const target = requireTarget(ctx.state, input.ResourceId);
    const policies = ctx.state.applicationAutoScaling.policies;
    const old = findPolicy(policies, target.ResourceId, input.PolicyName);
    const type = input.PolicyType ?? old?.PolicyType;
    if (type === undefined) {
      throw validation(
        'PolicyType is required for a new policy: TargetTrackingScaling or StepScaling.',
        'PolicyType',
      );
    }
    if (type === 'PredictiveScaling') {
      throw validation(
        'PolicyType PredictiveScaling is not simulated: the sandbox does not forecast load. Use TargetTrackingScaling or StepScaling.',
        'PolicyType',
      );
    }
    const tt = type === 'TargetTrackingScaling' ? targetTracking(ctx, input) : undefined;
    const step = type === 'StepScaling' ? stepScaling(input) : undefined;
    const PolicyARN = old?.PolicyARN ?? scalingPolicyArn(ctx, target.ResourceId, input.PolicyName);
    const base = {
      PolicyARN,
      PolicyName: input.PolicyName,
      ServiceNamespace: 'ecs' as const,
      ResourceId: target.ResourceId,
      ScalableDimension: target.ScalableDimension,
      PolicyType: type,
      CreationTime: old?.CreationTime ?? ctx.now,
    };
    // a policy that changes type loses what the old type owned (a target tracking policy's alarms)
    if (old && old.PolicyType !== type) deletePolicy(ctx, old);
    const kept = old && old.PolicyType === type ? old.Alarms : [];
    const Alarms = tt ? putOwnedAlarms(ctx, base, tt, kept) : [];
    const policy: ScalingPolicyRecord = {
      ...base,
      ...(tt ? { TargetTrackingScalingPolicyConfiguration: tt } : {}),
      ...(step ? { StepScalingPolicyConfiguration: step } : {}),
      Alarms,
    };
    ctx.tx.set(policies, PolicyARN, policy);
    startMinuteClock(ctx);
    return tt ? { PolicyARN, Alarms } : { PolicyARN };
  },
});
