import { AUTO_SCALING_GROUP_FILTERS, TERMINATION_POLICIES } from '../autoscaling';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the autoscaling requests, keyed by operation then member path. */

const groupName = 'The Auto Scaling group’s name.';

const settings: SchemaDocs = {
  LaunchTemplate: 'The launch template the group launches from (image, type, profile, user data).',
  'LaunchTemplate.LaunchTemplateId': 'The template (`lt-…`); or give LaunchTemplateName.',
  'LaunchTemplate.LaunchTemplateName': 'The template by name.',
  'LaunchTemplate.Version': '`$Default` (the default), `$Latest`, or a version number.',
  MinSize: 'The fewest instances the group keeps.',
  MaxSize: 'The most instances the group may have.',
  DesiredCapacity:
    'How many instances the group keeps running, between MinSize and MaxSize (default: MinSize).',
  DefaultCooldown: 'Seconds a simple scaling policy waits after a change before the next (default 300).',
  AvailabilityZones: 'Zones to launch into (their default subnets), if VPCZoneIdentifier is not given.',
  HealthCheckType: '`EC2` (the sandbox checks the instance is pending or running).',
  HealthCheckGracePeriod:
    'Seconds after launch before health checks count (default 0). Kept; the sandbox replaces stopped instances at once.',
  VPCZoneIdentifier:
    'Comma-separated subnet ids, e.g. `subnet-a,subnet-b`. Instances are balanced across their zones.',
  TerminationPolicies: `How scale-in picks instances, in order: ${TERMINATION_POLICIES.join(', ')}.`,
  NewInstancesProtectedFromScaleIn:
    'New instances start protected from scale-in (ECS managed termination protection needs it).',
  DefaultInstanceWarmup: 'Seconds a new instance is warming up (its metrics do not yet count); -1 clears it.',
};

export const autoscalingDocs = {
  CreateAutoScalingGroup: {
    AutoScalingGroupName: 'A name unique in the Region.',
    ...settings,
    Tags: 'Tags of the group; with PropagateAtLaunch also put on the instances it launches.',
    'Tags[].ResourceId': 'The group’s name.',
    'Tags[].ResourceType': '`auto-scaling-group`.',
    'Tags[].Key': 'Tag key.',
    'Tags[].Value': 'Tag value.',
    'Tags[].PropagateAtLaunch': 'Put the tag on instances the group launches (sandbox default: false).',
  },
  UpdateAutoScalingGroup: { AutoScalingGroupName: groupName, ...settings },
  DeleteAutoScalingGroup: {
    AutoScalingGroupName: groupName,
    ForceDelete:
      'Terminate the group’s instances and delete it; without it a group with instances is refused.',
  },
  DescribeAutoScalingGroups: {
    AutoScalingGroupNames: 'Only these groups.',
    IncludeInstances: 'List each group’s instances (default true).',
    Filters: 'Filters; a group matches when it passes every filter.',
    'Filters[].Name': `Filter name: ${AUTO_SCALING_GROUP_FILTERS.join(', ')}.`,
    'Filters[].Values': 'Matches when the tag key or value equals any of these.',
  },
  SetDesiredCapacity: {
    AutoScalingGroupName: groupName,
    DesiredCapacity: 'The new desired capacity, between the group’s MinSize and MaxSize.',
  },
  SetInstanceProtection: {
    InstanceIds: 'Instances of the group (up to 50).',
    AutoScalingGroupName: groupName,
    ProtectedFromScaleIn: 'true: scale-in never picks them; false: they can be picked again.',
  },
  TerminateInstanceInAutoScalingGroup: {
    InstanceId: 'An instance of a group.',
    ShouldDecrementDesiredCapacity:
      'true: the group shrinks by one; false: the group launches a replacement.',
  },
  DescribeScalingActivities: {
    ActivityIds: 'Only these activities.',
    AutoScalingGroupName: 'Only this group’s activities.',
    MaxRecords: 'At most this many (default and maximum 100).',
  },
  PutScalingPolicy: {
    AutoScalingGroupName: groupName,
    PolicyName: 'The policy’s name, unique in the group (putting it again replaces it).',
    PolicyType: '`TargetTrackingScaling`, `StepScaling` or `SimpleScaling` (default).',
    AdjustmentType:
      'Simple and step scaling: `ChangeInCapacity`, `ExactCapacity` or `PercentChangeInCapacity`.',
    MinAdjustmentMagnitude: 'With PercentChangeInCapacity: change by at least this many instances.',
    ScalingAdjustment: 'Simple scaling: the change (negative to remove instances).',
    Cooldown: 'Simple scaling: seconds to wait after a change (default: the group’s DefaultCooldown).',
    MetricAggregationType: 'Step scaling: `Average` (default), `Minimum` or `Maximum`.',
    StepAdjustments: 'Step scaling: a change per range of the metric, relative to the alarm threshold.',
    'StepAdjustments[].MetricIntervalLowerBound':
      'Lower bound (inclusive) above the threshold; omitted: no lower bound.',
    'StepAdjustments[].MetricIntervalUpperBound':
      'Upper bound (exclusive) above the threshold; omitted: no upper bound.',
    'StepAdjustments[].ScalingAdjustment': 'The change for this range.',
    EstimatedInstanceWarmup:
      'Seconds until a new instance counts (default: the group’s warm-up, else its cooldown).',
    TargetTrackingConfiguration:
      'Target tracking: keep a metric at a target; the policy creates and owns its alarms.',
    'TargetTrackingConfiguration.PredefinedMetricSpecification': 'The metric to track.',
    'TargetTrackingConfiguration.PredefinedMetricSpecification.PredefinedMetricType':
      '`ASGAverageCPUUtilization` (AWS/EC2 CPUUtilization of the group) or `ALBRequestCountPerTarget`.',
    'TargetTrackingConfiguration.PredefinedMetricSpecification.ResourceLabel':
      'For ALBRequestCountPerTarget: `app/<lb-name>/<id>/targetgroup/<tg-name>/<id>`.',
    'TargetTrackingConfiguration.TargetValue': 'The value to keep the metric at, e.g. 50 (percent CPU).',
    'TargetTrackingConfiguration.DisableScaleIn': 'true: the policy only scales out.',
    Enabled: 'false: the policy is kept but does nothing.',
  },
  DescribePolicies: {
    AutoScalingGroupName: 'Only this group’s policies.',
    PolicyNames: 'Only these policies (names or ARNs).',
    PolicyTypes: 'Only these types.',
  },
  DeletePolicy: {
    AutoScalingGroupName: 'The policy’s group (needed when PolicyName is a name).',
    PolicyName: 'The policy’s name or ARN.',
  },
} as const satisfies Record<string, SchemaDocs>;
