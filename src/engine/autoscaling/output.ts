import { isoTime } from '../context';
import type { AsgActivity, AsgPolicy, AutoScalingGroup, LaunchTemplate } from '../model/autoscaling';
import type { SimState } from '../state';

/** DescribeAutoScalingGroups' AutoScalingGroup: a view of the stored group. */
export function groupOutput(state: SimState, group: AutoScalingGroup, includeInstances = true) {
  return {
    AutoScalingGroupName: group.AutoScalingGroupName,
    AutoScalingGroupARN: group.AutoScalingGroupARN,
    LaunchTemplate: { ...group.LaunchTemplate },
    MinSize: group.MinSize,
    MaxSize: group.MaxSize,
    DesiredCapacity: group.DesiredCapacity,
    DefaultCooldown: group.DefaultCooldown,
    AvailabilityZones: [...group.AvailabilityZones],
    LoadBalancerNames: [] as string[],
    TargetGroupARNs: [] as string[],
    HealthCheckType: group.HealthCheckType,
    HealthCheckGracePeriod: group.HealthCheckGracePeriod,
    Instances: includeInstances
      ? group.Instances.map((m) => ({
          InstanceId: m.InstanceId as string,
          InstanceType: m.InstanceType,
          AvailabilityZone: m.AvailabilityZone,
          LifecycleState: m.LifecycleState as string,
          HealthStatus: m.HealthStatus as string,
          LaunchTemplate: { ...group.LaunchTemplate, Version: m.LaunchTemplateVersion },
          ProtectedFromScaleIn: m.ProtectedFromScaleIn,
        }))
      : [],
    CreatedTime: isoTime(state, group.CreatedTime),
    SuspendedProcesses: [] as string[],
    VPCZoneIdentifier: group.VPCZoneIdentifier,
    EnabledMetrics: [] as string[],
    Tags: group.Tags.map((t) => ({
      ResourceId: group.AutoScalingGroupName,
      ResourceType: 'auto-scaling-group',
      Key: t.Key,
      Value: t.Value,
      PropagateAtLaunch: t.PropagateAtLaunch,
    })),
    TerminationPolicies: [...group.TerminationPolicies],
    NewInstancesProtectedFromScaleIn: group.NewInstancesProtectedFromScaleIn,
    ServiceLinkedRoleARN: `arn:aws:iam::${state.accountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
    ...(group.DefaultInstanceWarmup !== undefined
      ? { DefaultInstanceWarmup: group.DefaultInstanceWarmup }
      : {}),
    CapacityRebalance: false,
    TrafficSources: [] as string[],
    ...(group.Status !== undefined ? { Status: group.Status } : {}),
  };
}
export type AutoScalingGroupOutput = ReturnType<typeof groupOutput>;

/** DescribeScalingActivities' Activity. */
export function activityOutput(state: SimState, a: AsgActivity) {
  return {
    ActivityId: a.ActivityId,
    AutoScalingGroupName: a.AutoScalingGroupName,
    AutoScalingGroupARN: a.AutoScalingGroupARN,
    Description: a.Description,
    Cause: a.Cause,
    StartTime: isoTime(state, a.StartTime),
    ...(a.EndTime !== undefined ? { EndTime: isoTime(state, a.EndTime) } : {}),
    StatusCode: a.StatusCode as string,
    ...(a.StatusMessage !== undefined ? { StatusMessage: a.StatusMessage } : {}),
    Progress: a.Progress,
    Details: a.Details,
  };
}
export type ActivityOutput = ReturnType<typeof activityOutput>;

/** The alarms of a policy: the ones it owns, and any other alarm whose actions invoke it. */
function policyAlarms(state: SimState, policy: AsgPolicy) {
  return Object.values(state.cloudwatch.alarms)
    .filter((a) => policy.alarmNames.includes(a.AlarmName) || a.AlarmActions.includes(policy.PolicyARN))
    .map((a) => ({ AlarmName: a.AlarmName, AlarmARN: a.AlarmArn }));
}

/** DescribePolicies' ScalingPolicy. */
export function policyOutput(state: SimState, policy: AsgPolicy) {
  return {
    AutoScalingGroupName: policy.AutoScalingGroupName,
    PolicyName: policy.PolicyName,
    PolicyARN: policy.PolicyARN,
    PolicyType: policy.PolicyType as string,
    ...(policy.AdjustmentType !== undefined ? { AdjustmentType: policy.AdjustmentType } : {}),
    ...(policy.ScalingAdjustment !== undefined ? { ScalingAdjustment: policy.ScalingAdjustment } : {}),
    ...(policy.MinAdjustmentMagnitude !== undefined
      ? { MinAdjustmentMagnitude: policy.MinAdjustmentMagnitude }
      : {}),
    ...(policy.Cooldown !== undefined ? { Cooldown: policy.Cooldown } : {}),
    ...(policy.StepAdjustments !== undefined
      ? { StepAdjustments: policy.StepAdjustments.map((s) => ({ ...s })) }
      : {}),
    ...(policy.MetricAggregationType !== undefined
      ? { MetricAggregationType: policy.MetricAggregationType }
      : {}),
    ...(policy.EstimatedInstanceWarmup !== undefined
      ? { EstimatedInstanceWarmup: policy.EstimatedInstanceWarmup }
      : {}),
    Alarms: policyAlarms(state, policy),
    ...(policy.TargetTrackingConfiguration !== undefined
      ? {
          TargetTrackingConfiguration: {
            PredefinedMetricSpecification: {
              ...policy.TargetTrackingConfiguration.PredefinedMetricSpecification,
            },
            TargetValue: policy.TargetTrackingConfiguration.TargetValue,
            DisableScaleIn: policy.TargetTrackingConfiguration.DisableScaleIn,
          },
        }
      : {}),
    Enabled: policy.Enabled,
  };
}
export type PolicyOutput = ReturnType<typeof policyOutput>;

/** EC2's LaunchTemplate (CreateLaunchTemplate, DescribeLaunchTemplates, DeleteLaunchTemplate). */
export function launchTemplateOutput(state: SimState, t: LaunchTemplate) {
  return {
    LaunchTemplateId: t.LaunchTemplateId,
    LaunchTemplateName: t.LaunchTemplateName,
    CreateTime: isoTime(state, t.CreateTime),
    CreatedBy: `arn:aws:iam::${state.accountId}:root`,
    DefaultVersionNumber: t.DefaultVersionNumber,
    LatestVersionNumber: t.LatestVersionNumber,
    ...(t.Tags.length ? { Tags: t.Tags.map((tag) => ({ ...tag })) } : {}),
  };
}
export type LaunchTemplateOutput = ReturnType<typeof launchTemplateOutput>;
