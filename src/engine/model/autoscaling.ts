import type { InstanceId, SimTime } from './ids';

/**
 * EC2 launch templates and Auto Scaling groups (ecs-reference §10). Field names follow the APIs so the Describe
 * outputs are views of them. Owned by src/engine/autoscaling.
 */

export interface LaunchTemplateTag {
  readonly Key: string;
  readonly Value: string;
}

/**
 * A version's `LaunchTemplateData` as given (the request's members, all of them, so Describe can show them).
 * The members the sandbox acts on are typed; the others are kept as they came.
 */
export interface LaunchTemplateData {
  readonly ImageId?: string;
  readonly InstanceType?: string;
  readonly IamInstanceProfile?: { readonly Name?: string; readonly Arn?: string };
  /** base64, as EC2 takes it */
  readonly UserData?: string;
  readonly SecurityGroupIds?: ReadonlyArray<string>;
  readonly InstanceMarketOptions?: { readonly MarketType?: string };
  readonly TagSpecifications?: ReadonlyArray<{
    readonly ResourceType?: string;
    readonly Tags?: ReadonlyArray<{ readonly Key?: string; readonly Value?: string }>;
  }>;
  readonly [member: string]: unknown;
}

export interface LaunchTemplateVersion {
  readonly VersionNumber: number;
  readonly VersionDescription?: string;
  readonly CreateTime: SimTime;
  readonly LaunchTemplateData: LaunchTemplateData;
}

export interface LaunchTemplate {
  readonly LaunchTemplateId: string;
  readonly LaunchTemplateName: string;
  readonly DefaultVersionNumber: number;
  readonly LatestVersionNumber: number;
  readonly CreateTime: SimTime;
  readonly Tags: ReadonlyArray<LaunchTemplateTag>;
  /** oldest first */
  readonly versions: ReadonlyArray<LaunchTemplateVersion>;
}

/**
 * Where an instance is in the group's lifecycle (the API's LifecycleState values the sandbox uses):
 * Pending → InService → Terminating (→ Terminating:Wait while a termination hook holds it) → gone.
 */
export type AsgLifecycleState = 'Pending' | 'InService' | 'Terminating' | 'Terminating:Wait';

/** Why the group takes an instance out of service (the Cause of its termination activity). */
export type AsgTerminationReason = 'scale-in' | 'unhealthy' | 'user' | 'group-deleted';

export interface AsgInstance {
  readonly InstanceId: InstanceId;
  readonly InstanceType: string;
  readonly AvailabilityZone: string;
  readonly LifecycleState: AsgLifecycleState;
  readonly HealthStatus: 'Healthy' | 'Unhealthy';
  readonly ProtectedFromScaleIn: boolean;
  /** the launch template version it was launched from, as a number in a string, as the API shows it */
  readonly LaunchTemplateVersion: string;
  readonly LaunchTime: SimTime;
  /** the scaling activity that launched or is terminating it, while in progress */
  readonly activityId?: string;
  /** set once the group decided to terminate it */
  readonly termination?: {
    readonly reason: AsgTerminationReason;
    readonly since: SimTime;
    /** while held (Terminating:Wait): when the handlers are asked again; one pending recheck per instance */
    readonly recheckAt?: SimTime;
  };
}

export interface AsgTag {
  readonly Key: string;
  readonly Value: string;
  readonly PropagateAtLaunch: boolean;
}

export interface AutoScalingGroup {
  readonly AutoScalingGroupName: string;
  readonly AutoScalingGroupARN: string;
  /** Version as given: `$Default`, `$Latest` or a number */
  readonly LaunchTemplate: {
    readonly LaunchTemplateId: string;
    readonly LaunchTemplateName: string;
    readonly Version: string;
  };
  readonly MinSize: number;
  readonly MaxSize: number;
  readonly DesiredCapacity: number;
  readonly DefaultCooldown: number;
  readonly DefaultInstanceWarmup?: number;
  readonly HealthCheckType: string;
  readonly HealthCheckGracePeriod: number;
  /** comma-separated subnet ids ('' when the group was given AvailabilityZones) */
  readonly VPCZoneIdentifier: string;
  readonly AvailabilityZones: ReadonlyArray<string>;
  /** one subnet per AZ, the ones instances go to (the first listed for its AZ), in AvailabilityZones order */
  readonly subnetByZone: Readonly<Record<string, string>>;
  readonly NewInstancesProtectedFromScaleIn: boolean;
  readonly TerminationPolicies: ReadonlyArray<string>;
  readonly Instances: ReadonlyArray<AsgInstance>;
  readonly CreatedTime: SimTime;
  readonly Tags: ReadonlyArray<AsgTag>;
  /** 'Delete in progress' after a forced DeleteAutoScalingGroup, until its instances are gone */
  readonly Status?: string;
  /** the Cause of the latest desired-capacity change, which the activities it leads to repeat */
  readonly capacityCause?: string;
  /** after a failed launch the group tries again no sooner than this (the sandbox's fixed back-off) */
  readonly launchRetryAt?: SimTime;
  /** the group's activity ids, oldest first (the newest 100 are kept) */
  readonly activityIds: ReadonlyArray<string>;
}

/** DescribeScalingActivities' Activity, stored as shown (times as virtual seconds). */
export interface AsgActivity {
  readonly ActivityId: string;
  readonly AutoScalingGroupName: string;
  readonly AutoScalingGroupARN: string;
  readonly Description: string;
  readonly Cause: string;
  readonly StartTime: SimTime;
  readonly EndTime?: SimTime;
  readonly StatusCode: 'InProgress' | 'MidLifecycleAction' | 'Successful' | 'Failed' | 'Cancelled';
  readonly StatusMessage?: string;
  readonly Progress: number;
  /** JSON text, as the API has it: {"Subnet ID": …, "Availability Zone": …} */
  readonly Details: string;
  readonly instanceId?: InstanceId;
}

export type AsgPolicyType = 'TargetTrackingScaling' | 'SimpleScaling' | 'StepScaling';

export interface AsgStepAdjustment {
  readonly MetricIntervalLowerBound?: number;
  readonly MetricIntervalUpperBound?: number;
  readonly ScalingAdjustment: number;
}

export interface AsgTargetTracking {
  readonly PredefinedMetricSpecification: {
    readonly PredefinedMetricType: string;
    readonly ResourceLabel?: string;
  };
  readonly TargetValue: number;
  readonly DisableScaleIn: boolean;
}

/** A scaling policy of a group (PutScalingPolicy), keyed by PolicyARN. */
export interface AsgPolicy {
  readonly PolicyARN: string;
  readonly PolicyName: string;
  readonly AutoScalingGroupName: string;
  readonly PolicyType: AsgPolicyType;
  readonly Enabled: boolean;
  readonly AdjustmentType?: string;
  readonly ScalingAdjustment?: number;
  readonly MinAdjustmentMagnitude?: number;
  readonly Cooldown?: number;
  readonly StepAdjustments?: ReadonlyArray<AsgStepAdjustment>;
  readonly MetricAggregationType?: string;
  readonly EstimatedInstanceWarmup?: number;
  readonly TargetTrackingConfiguration?: AsgTargetTracking;
  /** the alarms it owns (target tracking) or that point at it (others), by name */
  readonly alarmNames: ReadonlyArray<string>;
  /** when it last changed the group's capacity (simple scaling waits out its cooldown after that) */
  readonly lastScaledAt?: SimTime;
}
