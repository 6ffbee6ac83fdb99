import type { InstanceId, SimTime } from './ids';

/**
 * EC2 launch templates and Auto Scaling groups (ecs-reference §10). Field names follow the APIs so the Describe
 * outputs are views of them. Owned by src/engine/autoscaling.
 */

export interface LaunchTemplateVersion {
  readonly VersionNumber: number;
  readonly ImageId?: string;
  readonly InstanceType?: string;
  readonly IamInstanceProfile?: { readonly Name?: string; readonly Arn?: string };
  /** base64, as EC2 takes it */
  readonly UserData?: string;
  readonly SecurityGroupIds?: ReadonlyArray<string>;
  readonly TagSpecifications?: ReadonlyArray<unknown>;
  readonly CreateTime: SimTime;
}

export interface LaunchTemplate {
  readonly LaunchTemplateId: string;
  readonly LaunchTemplateName: string;
  readonly DefaultVersionNumber: number;
  readonly LatestVersionNumber: number;
  readonly CreateTime: SimTime;
  readonly versions: ReadonlyArray<LaunchTemplateVersion>;
}

export interface AsgInstance {
  readonly InstanceId: InstanceId;
  readonly AvailabilityZone: string;
  readonly LifecycleState: string;
  readonly HealthStatus: 'Healthy' | 'Unhealthy';
  readonly ProtectedFromScaleIn: boolean;
  readonly LaunchTemplateVersion: string;
}

export interface AutoScalingGroup {
  readonly AutoScalingGroupName: string;
  readonly AutoScalingGroupARN: string;
  readonly LaunchTemplate: { readonly LaunchTemplateId: string; readonly LaunchTemplateName: string; readonly Version: string };
  readonly MinSize: number;
  readonly MaxSize: number;
  readonly DesiredCapacity: number;
  readonly DefaultCooldown: number;
  readonly HealthCheckGracePeriod: number;
  readonly VPCZoneIdentifier: string;
  readonly AvailabilityZones: ReadonlyArray<string>;
  readonly NewInstancesProtectedFromScaleIn: boolean;
  readonly TerminationPolicies: ReadonlyArray<string>;
  readonly Instances: ReadonlyArray<AsgInstance>;
  readonly CreatedTime: SimTime;
  readonly Tags: ReadonlyArray<{ readonly Key: string; readonly Value: string; readonly PropagateAtLaunch: boolean }>;
  readonly Status?: string;
}
