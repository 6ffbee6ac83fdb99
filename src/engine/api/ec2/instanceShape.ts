import { isoTime } from '../../context';
import type { Ec2Instance, InstanceStateName } from '../../model/ec2';
import { findInstanceType } from '../../catalog/instanceTypes';
import {
  defaultSecurityGroup,
  publicDnsName,
  securityGroupsOutput,
  shownPublicIp,
  type GroupIdentifier,
} from './instanceNetwork';
import type { SimState } from '../../state';

/** EC2's numeric code for each instance state. */
export const STATE_CODES: Readonly<Record<InstanceStateName, number>> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

export const stateOf = (name: InstanceStateName) => ({ Code: STATE_CODES[name], Name: name });

export interface InstanceOutput {
  readonly InstanceId: string;
  readonly ImageId: string;
  readonly InstanceType: string;
  readonly LaunchTime: string;
  readonly Placement: { AvailabilityZone: string; GroupName: string; Tenancy: string };
  readonly PrivateDnsName: string;
  readonly PrivateIpAddress: string;
  /** empty until the instance runs with a public IP */
  readonly PublicDnsName: string;
  readonly PublicIpAddress?: string;
  readonly SecurityGroups: GroupIdentifier[];
  readonly State: { Code: number; Name: InstanceStateName };
  readonly StateReason?: { Code: string; Message: string };
  readonly SubnetId: string;
  readonly VpcId: string;
  readonly Architecture: string;
  readonly RootDeviceType: 'ebs';
  readonly RootDeviceName: string;
  readonly VirtualizationType: 'hvm';
  readonly Hypervisor: 'xen';
  readonly Monitoring: { State: 'disabled' };
  readonly IamInstanceProfile?: { Arn: string };
  /** `spot` for a Spot Instance */
  readonly InstanceLifecycle?: 'spot';
  readonly Tags: Array<{ Key: string; Value: string }>;
}

/** Why an instance is shutting down or terminated: EC2 reclaimed a Spot Instance, or someone terminated it. */
const endingReason = (instance: Ec2Instance) =>
  instance.spotInterruptionAt !== undefined
    ? {
        Code: 'Server.SpotInstanceTermination',
        Message: 'Server.SpotInstanceTermination: Spot instance termination',
      }
    : {
        Code: 'Client.UserInitiatedShutdown',
        Message: 'Client.UserInitiatedShutdown: User initiated shutdown',
      };

/** The EC2 `Instance` shape of a stored instance (a public IP and its DNS name while it runs). */
export function instanceOutput(state: SimState, instance: Ec2Instance): InstanceOutput {
  const profile = instance.IamInstanceProfile
    ? state.iam.instanceProfiles[instance.IamInstanceProfile]
    : undefined;
  const ending = instance.State === 'shutting-down' || instance.State === 'terminated';
  const publicIp = shownPublicIp(instance);
  const groups = instance.SecurityGroupIds ?? [defaultSecurityGroup(instance.VpcId).GroupId];
  return {
    InstanceId: instance.InstanceId,
    ImageId: instance.ImageId,
    InstanceType: instance.InstanceType,
    LaunchTime: isoTime(state, instance.LaunchTime),
    Placement: { AvailabilityZone: instance.AvailabilityZone, GroupName: '', Tenancy: 'default' },
    PrivateDnsName: `ip-${instance.PrivateIpAddress.replaceAll('.', '-')}.ec2.internal`,
    PrivateIpAddress: instance.PrivateIpAddress,
    PublicDnsName: publicIp ? publicDnsName(state.region, publicIp) : '',
    ...(publicIp ? { PublicIpAddress: publicIp } : {}),
    SecurityGroups: securityGroupsOutput(instance.VpcId, groups),
    State: stateOf(instance.State),
    ...(ending ? { StateReason: endingReason(instance) } : {}),
    SubnetId: instance.SubnetId,
    VpcId: instance.VpcId,
    Architecture: findInstanceType(instance.InstanceType)?.Architecture ?? 'x86_64',
    RootDeviceType: 'ebs',
    RootDeviceName: '/dev/xvda',
    VirtualizationType: 'hvm',
    Hypervisor: 'xen',
    Monitoring: { State: 'disabled' },
    ...(profile ? { IamInstanceProfile: { Arn: profile.Arn } } : {}),
    ...(instance.InstanceLifecycle ? { InstanceLifecycle: instance.InstanceLifecycle } : {}),
    Tags: instance.Tags.map((t) => ({ ...t })),
  };
}
