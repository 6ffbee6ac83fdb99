import type { JsonSchema } from './jsonSchema';
import {
  bool,
  int,
  list,
  notSimulated,
  num,
  obj,
  oneOf,
  str,
  strings,
  type Schema,
} from './taskDefinitionBuilders';

/**
 * The EC2 Auto Scaling requests, members as the autoscaling 2011-01-01 API model names them. The sandbox acts on
 * the launch template, sizes, where instances go, protection, termination policies, tags and (for policies) target
 * tracking, simple and step scaling; the rest is accepted and marked `notSimulated`.
 */

/** Any JSON object, for `notSimulated` members with nested shapes of their own (mixed instances, traffic sources…). */
const opaqueObject = (): Schema<Readonly<Record<string, unknown>>> =>
  ({ type: 'object', maxProperties: 100 }) as JsonSchema as Schema<Readonly<Record<string, unknown>>>;

/** The model's Double, unbounded but finite. */
const double = () => num(-Number.MAX_VALUE, Number.MAX_VALUE);

const groupName = str({ minLength: 1, maxLength: 255 });
const size = int(0, 2147483647);

export const TERMINATION_POLICIES = [
  'Default',
  'AllocationStrategy',
  'ClosestToNextInstanceHour',
  'NewestInstance',
  'OldestInstance',
  'OldestLaunchConfiguration',
  'OldestLaunchTemplate',
] as const;

const launchTemplateSpecification = obj({
  LaunchTemplateId: str({ minLength: 1, maxLength: 255 }),
  LaunchTemplateName: str({ minLength: 3, maxLength: 255 }),
  Version: str({ minLength: 1, maxLength: 255 }),
});

const groupTag = obj(
  {
    ResourceId: str({ maxLength: 255 }),
    ResourceType: str({ maxLength: 255 }),
    Key: str({ minLength: 1, maxLength: 128 }),
    Value: str({ maxLength: 256 }),
    PropagateAtLaunch: bool(),
  },
  ['Key'],
);

/** The members CreateAutoScalingGroup and UpdateAutoScalingGroup share. */
const groupSettings = {
  LaunchTemplate: launchTemplateSpecification,
  MinSize: size,
  MaxSize: size,
  DesiredCapacity: size,
  DefaultCooldown: size,
  AvailabilityZones: strings(1000, 255),
  HealthCheckType: str({ minLength: 1, maxLength: 32 }),
  HealthCheckGracePeriod: size,
  VPCZoneIdentifier: str({ minLength: 1, maxLength: 5000 }),
  TerminationPolicies: list(oneOf(TERMINATION_POLICIES), 1000),
  NewInstancesProtectedFromScaleIn: bool(),
  DefaultInstanceWarmup: int(-1, 2147483647),
  LaunchConfigurationName: notSimulated(str({ minLength: 1, maxLength: 255 })),
  MixedInstancesPolicy: notSimulated(opaqueObject()),
  PlacementGroup: notSimulated(str({ minLength: 1, maxLength: 255 })),
  ServiceLinkedRoleARN: notSimulated(str({ minLength: 1, maxLength: 1600 })),
  MaxInstanceLifetime: notSimulated(size),
  CapacityRebalance: notSimulated(bool()),
  Context: notSimulated(str()),
  DesiredCapacityType: notSimulated(str({ minLength: 1, maxLength: 255 })),
  InstanceMaintenancePolicy: notSimulated(opaqueObject()),
  AvailabilityZoneDistribution: notSimulated(opaqueObject()),
  AvailabilityZoneImpairmentPolicy: notSimulated(opaqueObject()),
  SkipZonalShiftValidation: notSimulated(bool()),
  CapacityReservationSpecification: notSimulated(opaqueObject()),
} as const;

export const createAutoScalingGroupSchema = obj(
  {
    AutoScalingGroupName: groupName,
    ...groupSettings,
    Tags: list(groupTag, 1000),
    InstanceId: notSimulated(str({ minLength: 1, maxLength: 19 })),
    LoadBalancerNames: notSimulated(strings(1000, 255)),
    TargetGroupARNs: notSimulated(strings(1000, 511)),
    LifecycleHookSpecificationList: notSimulated(list(opaqueObject(), 1000)),
    TrafficSources: notSimulated(list(opaqueObject(), 1000)),
  },
  ['AutoScalingGroupName', 'MinSize', 'MaxSize'],
);

export const updateAutoScalingGroupSchema = obj({ AutoScalingGroupName: groupName, ...groupSettings }, [
  'AutoScalingGroupName',
]);

export const setDesiredCapacitySchema = obj(
  {
    AutoScalingGroupName: groupName,
    DesiredCapacity: size,
    // the sandbox's SetDesiredCapacity never waits for a cooldown
    HonorCooldown: notSimulated(bool()),
  },
  ['AutoScalingGroupName', 'DesiredCapacity'],
);

export const setInstanceProtectionSchema = obj(
  {
    InstanceIds: strings(50, 19),
    AutoScalingGroupName: groupName,
    ProtectedFromScaleIn: bool(),
  },
  ['InstanceIds', 'AutoScalingGroupName', 'ProtectedFromScaleIn'],
);

export const terminateInstanceInAutoScalingGroupSchema = obj(
  { InstanceId: str({ minLength: 1, maxLength: 19 }), ShouldDecrementDesiredCapacity: bool() },
  ['InstanceId', 'ShouldDecrementDesiredCapacity'],
);

export const AUTO_SCALING_GROUP_FILTERS = ['tag-key', 'tag-value', 'tag:<key>'] as const;

export const describeAutoScalingGroupsSchema = obj({
  AutoScalingGroupNames: strings(1000, 255),
  IncludeInstances: bool(),
  Filters: list(obj({ Name: str(), Values: strings(1000) }), 1000),
  NextToken: notSimulated(str()),
  MaxRecords: notSimulated(int(1, 100)),
});

export const describeScalingActivitiesSchema = obj({
  ActivityIds: strings(50),
  AutoScalingGroupName: groupName,
  IncludeDeletedGroups: notSimulated(bool()),
  MaxRecords: int(1, 100),
  NextToken: notSimulated(str()),
});

export const deleteAutoScalingGroupSchema = obj({ AutoScalingGroupName: groupName, ForceDelete: bool() }, [
  'AutoScalingGroupName',
]);

export const PREDEFINED_METRIC_TYPES = [
  'ASGAverageCPUUtilization',
  'ASGAverageNetworkIn',
  'ASGAverageNetworkOut',
  'ALBRequestCountPerTarget',
] as const;

export const POLICY_TYPES = [
  'SimpleScaling',
  'StepScaling',
  'TargetTrackingScaling',
  'PredictiveScaling',
] as const;
export const ADJUSTMENT_TYPES = ['ChangeInCapacity', 'ExactCapacity', 'PercentChangeInCapacity'] as const;

const stepAdjustment = obj(
  {
    MetricIntervalLowerBound: double(),
    MetricIntervalUpperBound: double(),
    ScalingAdjustment: int(-2147483648, 2147483647),
  },
  ['ScalingAdjustment'],
);

export const putScalingPolicySchema = obj(
  {
    AutoScalingGroupName: groupName,
    PolicyName: str({ minLength: 1, maxLength: 255 }),
    PolicyType: oneOf(POLICY_TYPES),
    AdjustmentType: oneOf(ADJUSTMENT_TYPES),
    MinAdjustmentStep: notSimulated(int(-2147483648, 2147483647)),
    MinAdjustmentMagnitude: int(-2147483648, 2147483647),
    ScalingAdjustment: int(-2147483648, 2147483647),
    Cooldown: size,
    MetricAggregationType: oneOf(['Average', 'Minimum', 'Maximum']),
    StepAdjustments: list(stepAdjustment, 1000),
    EstimatedInstanceWarmup: size,
    TargetTrackingConfiguration: obj(
      {
        PredefinedMetricSpecification: obj(
          {
            PredefinedMetricType: oneOf(PREDEFINED_METRIC_TYPES),
            ResourceLabel: str({ minLength: 1, maxLength: 1023 }),
          },
          ['PredefinedMetricType'],
        ),
        CustomizedMetricSpecification: notSimulated(opaqueObject()),
        TargetValue: double(),
        DisableScaleIn: bool(),
      },
      ['TargetValue'],
    ),
    Enabled: bool(),
    PredictiveScalingConfiguration: notSimulated(opaqueObject()),
  },
  ['AutoScalingGroupName', 'PolicyName'],
);

export const describePoliciesSchema = obj({
  AutoScalingGroupName: groupName,
  PolicyNames: strings(1000, 1600),
  PolicyTypes: list(oneOf(POLICY_TYPES), 1000),
  NextToken: notSimulated(str()),
  MaxRecords: notSimulated(int(1, 100)),
});

export const deletePolicySchema = obj(
  { AutoScalingGroupName: groupName, PolicyName: str({ minLength: 1, maxLength: 1600 }) },
  ['PolicyName'],
);
