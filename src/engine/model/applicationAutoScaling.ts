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
