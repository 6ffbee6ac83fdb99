import type { SimTime } from './ids';

/**
 * Application Auto Scaling's records for ECS services (ecs-reference §9). Field names follow the API's
 * PascalCase so the Describe outputs are views of them. Owned by src/engine/applicationAutoScaling.
 */

export interface SuspendedState {
  readonly DynamicScalingInSuspended: boolean;
  readonly DynamicScalingOutSuspended: boolean;
  readonly ScheduledScalingSuspended: boolean;
}

/** keyed in the state by `ResourceId` (`service/<cluster>/<service>`): one dimension, ecs:service:DesiredCount */
export interface ScalableTarget {
  readonly ServiceNamespace: 'ecs';
  readonly ResourceId: string;
  readonly ScalableDimension: 'ecs:service:DesiredCount';
  readonly ScalableTargetARN: string;
  readonly MinCapacity: number;
  readonly MaxCapacity: number;
  readonly RoleARN: string;
  readonly CreationTime: SimTime;
  readonly SuspendedState: SuspendedState;
  /** when the last scale-out / scale-in by a policy happened (cooldowns) */
  readonly lastScaleOutAt?: SimTime;
  readonly lastScaleInAt?: SimTime;
  /** the cooldown the last scale-out / scale-in started (seconds, from the policy that scaled) */
  readonly scaleOutCooldown?: number;
  readonly scaleInCooldown?: number;
  /** the capacity the last scale-out started from: during its cooldown, later scale-outs count from it */
  readonly scaleOutBase?: number;
}

export interface ScalingActivityRecord {
  readonly ActivityId: string;
  readonly ServiceNamespace: 'ecs';
  readonly ResourceId: string;
  readonly ScalableDimension: 'ecs:service:DesiredCount';
  readonly Description: string;
  readonly Cause: string;
  readonly StartTime: SimTime;
  readonly EndTime?: SimTime;
  readonly StatusCode: 'Pending' | 'InProgress' | 'Successful' | 'Overridden' | 'Unfulfilled' | 'Failed';
  readonly StatusMessage: string;
  /** order of creation (the table is keyed by id) */
  readonly seq: number;
}

export interface MetricDimension {
  readonly Name: string;
  readonly Value: string;
}

export type PredefinedMetricType =
  'ECSServiceAverageCPUUtilization' | 'ECSServiceAverageMemoryUtilization' | 'ALBRequestCountPerTarget';

export interface TargetTrackingConfiguration {
  readonly TargetValue: number;
  readonly PredefinedMetricSpecification?: {
    readonly PredefinedMetricType: PredefinedMetricType;
    readonly ResourceLabel?: string;
  };
  readonly CustomizedMetricSpecification?: {
    readonly MetricName: string;
    readonly Namespace: string;
    readonly Dimensions?: ReadonlyArray<MetricDimension>;
    readonly Statistic: 'Average' | 'Minimum' | 'Maximum' | 'SampleCount' | 'Sum';
    readonly Unit?: string;
  };
  readonly ScaleOutCooldown: number;
  readonly ScaleInCooldown: number;
  readonly DisableScaleIn: boolean;
}

export interface StepAdjustment {
  readonly MetricIntervalLowerBound?: number;
  readonly MetricIntervalUpperBound?: number;
  readonly ScalingAdjustment: number;
}

export interface StepScalingConfiguration {
  readonly AdjustmentType: 'ChangeInCapacity' | 'PercentChangeInCapacity' | 'ExactCapacity';
  readonly StepAdjustments: ReadonlyArray<StepAdjustment>;
  readonly MinAdjustmentMagnitude?: number;
  readonly Cooldown: number;
  readonly MetricAggregationType: 'Average' | 'Minimum' | 'Maximum';
}

/** A scaling policy, keyed in the state by PolicyARN. */
export interface ScalingPolicyRecord {
  readonly PolicyARN: string;
  readonly PolicyName: string;
  readonly ServiceNamespace: 'ecs';
  readonly ResourceId: string;
  readonly ScalableDimension: 'ecs:service:DesiredCount';
  readonly PolicyType: 'TargetTrackingScaling' | 'StepScaling';
  readonly TargetTrackingScalingPolicyConfiguration?: TargetTrackingConfiguration;
  readonly StepScalingPolicyConfiguration?: StepScalingConfiguration;
  /** the alarms a target tracking policy created and owns (high first) */
  readonly Alarms: ReadonlyArray<{ readonly AlarmName: string; readonly AlarmARN: string }>;
  readonly CreationTime: SimTime;
}

/** A scheduled action, keyed in the state by ScheduledActionARN. */
export interface ScheduledActionRecord {
  readonly ScheduledActionName: string;
  readonly ScheduledActionARN: string;
  readonly ServiceNamespace: 'ecs';
  readonly Schedule: string;
  readonly Timezone?: string;
  readonly ResourceId: string;
  readonly ScalableDimension: 'ecs:service:DesiredCount';
  readonly StartTime?: SimTime;
  readonly EndTime?: SimTime;
  readonly ScalableTargetAction: { readonly MinCapacity?: number; readonly MaxCapacity?: number };
  readonly CreationTime: SimTime;
  /** the last minute it ran (an `at` action runs once; a recurring one once per due minute) */
  readonly lastRunAt?: SimTime;
}
