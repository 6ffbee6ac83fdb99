import { arnName } from '../../../lib/arn';
import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import { isZoneFailed } from '../../faults/zoneState';
import type { Subnet } from '../../model/ec2';
import type { InstanceProfile } from '../../model/iam';
import type { SimState } from '../../state';

/**
 * The subnet a RunInstances call launches into: `SubnetId`, else the default subnet of
 * `Placement.AvailabilityZone`, else a default subnet EC2 picks (seeded). All instances of one call share it.
 */
export function chooseSubnet(
  ctx: EngineContext,
  subnetId: string | undefined,
  az: string | undefined,
): Subnet {
  const subnets = Object.values(ctx.state.ec2.subnets);
  if (subnetId !== undefined) {
    const subnet = ctx.state.ec2.subnets[subnetId];
    if (!subnet)
      throw new AwsError(
        'InvalidSubnetID.NotFound',
        `The subnet ID '${subnetId}' does not exist`,
        'SubnetId',
      );
    if (az !== undefined && az !== subnet.AvailabilityZone) {
      throw new AwsError(
        'InvalidParameterValue',
        `Placement.AvailabilityZone is ${az} but subnet ${subnetId} is in ${subnet.AvailabilityZone}; give one or make them agree.`,
        'Placement.AvailabilityZone',
      );
    }
    return subnet;
  }
  const defaults = subnets.filter((s) => s.DefaultForAz);
  if (az !== undefined) {
    const subnet = defaults.find((s) => s.AvailabilityZone === az);
    if (!subnet) {
      const zones = [...new Set(subnets.map((s) => s.AvailabilityZone))].sort().join(', ');
      throw new AwsError(
        'InvalidParameterValue',
        `Invalid availability zone: [${az}]. This Region has ${zones}.`,
        'Placement.AvailabilityZone',
      );
    }
    return subnet;
  }
  // EC2 picks among the zones that have capacity (none of a zone failed by sim FailAvailabilityZone)
  const healthy = defaults.filter((s) => !isZoneFailed(ctx.state, s.AvailabilityZone));
  const pool = healthy.length ? healthy : defaults;
  return pool[ctx.randomInt(pool.length)]!;
}

/** The next private IPv4 address of a subnet (hosts are handed out in order), and the subnet advanced past it. */
export function nextPrivateIp(subnet: Subnet): { ip: string; subnet: Subnet } {
  const [base] = subnet.CidrBlock.split('/');
  const value = base!.split('.').reduce((n, octet) => n * 256 + Number(octet), 0) + subnet.nextHost;
  const ip = [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
  return { ip, subnet: { ...subnet, nextHost: subnet.nextHost + 1 } };
}

/** Resolves `IamInstanceProfile` by Name or ARN; EC2 refuses a profile that does not exist. */
export function requireInstanceProfile(
  state: SimState,
  ref: { readonly Name?: string; readonly Arn?: string },
): InstanceProfile {
  const name = ref.Name ?? (ref.Arn === undefined ? undefined : arnName(ref.Arn));
  const profile = name === undefined ? undefined : state.iam.instanceProfiles[name];
  if (!profile || (ref.Arn !== undefined && ref.Arn !== profile.Arn)) {
    const field = ref.Name !== undefined ? 'IamInstanceProfile.Name' : 'IamInstanceProfile.Arn';
    throw new AwsError(
      'InvalidParameterValue',
      `Value (${ref.Name ?? ref.Arn ?? ''}) for parameter ${field} is invalid: there is no such instance profile. Existing: ${Object.keys(state.iam.instanceProfiles).join(', ') || 'none'}.`,
      field,
    );
  }
  return profile;
}
