import { hexDigest, uint32Digest } from '../../../lib/digest';
import { AwsError } from '../../errors';
import type { Ec2Instance, Subnet } from '../../model/ec2';

/** A security group as an instance output lists it (`GroupName` only where the sandbox knows the group). */
export interface GroupIdentifier {
  readonly GroupId: string;
  readonly GroupName?: string;
}

/**
 * The default security group every VPC has. The sandbox keeps no other groups; its id is derived from the VPC
 * id, so every account shows the same one.
 */
export const defaultSecurityGroup = (vpcId: string): Required<GroupIdentifier> => ({
  GroupId: `sg-0${hexDigest(`${vpcId}/default`, 16)}`,
  GroupName: 'default',
});

const GROUP_ID = /^sg-([0-9a-f]{8}|[0-9a-f]{17})$/;

/**
 * The security groups a launch attaches: the ids given (checked for form), else the VPC's default group. The
 * sandbox does not keep groups besides the default one, so any well-formed id is taken as given and listed
 * without a name (the sandbox's model; EC2 itself refuses a group that does not exist).
 */
export function launchSecurityGroups(
  vpcId: string,
  ids: ReadonlyArray<string> | undefined,
  field: string,
): ReadonlyArray<string> {
  if (!ids || ids.length === 0) return [defaultSecurityGroup(vpcId).GroupId];
  for (const id of ids) {
    if (!GROUP_ID.test(id))
      throw new AwsError('InvalidGroupId.Malformed', `Invalid id: "${id}" (expecting "sg-...")`, field);
  }
  return [...new Set(ids)];
}

/** The groups of an instance as DescribeInstances lists them. */
export const securityGroupsOutput = (vpcId: string, ids: ReadonlyArray<string>): GroupIdentifier[] => {
  const fallback = defaultSecurityGroup(vpcId);
  return ids.map((GroupId) => (GroupId === fallback.GroupId ? { ...fallback } : { GroupId }));
};

/** Address blocks EC2 hands public IPv4 addresses out of in us-east-1 (first two octets). */
const PUBLIC_BLOCKS = [
  [3, 80],
  [18, 204],
  [34, 201],
  [44, 192],
  [52, 23],
  [54, 85],
] as const;

/** A bijection of 16-bit numbers that scatters neighbours (xorshifts and odd multipliers, each invertible). */
function scatter16(x: number): number {
  let v = x & 0xffff;
  v ^= v >>> 7;
  v = Math.imul(v, 0x9e37) & 0xffff;
  v ^= v >>> 8;
  v = Math.imul(v, 0x2f5b) & 0xffff;
  return (v ^ (v >>> 7)) & 0xffff;
}

/**
 * The public IPv4 address an instance gets with its private one. Deterministic: the seed picks an address block
 * and the private address's position in the VPC picks the host through a bijection of its last 16 bits (the
 * second octet varies too, but only the last two decide), so two instances never share one. The sandbox's
 * model; EC2 draws the address from Amazon's pool.
 */
export function publicIpFor(seed: number, privateIp: string): string {
  const mix = uint32Digest(`public-ip/${seed}`);
  const [a, b] = PUBLIC_BLOCKS[mix % PUBLIC_BLOCKS.length]!;
  const octets = privateIp.split('.').map(Number);
  const host = scatter16(((octets[2]! << 8) | octets[3]!) ^ (mix >>> 16));
  const second = b + (scatter16(host ^ 0x5a5a) % 16);
  return `${a}.${second}.${host >> 8}.${host & 0xff}`;
}

/** The public DNS name EC2 gives a public address in `region`. */
export const publicDnsName = (region: string, ip: string): string =>
  `ec2-${ip.replaceAll('.', '-')}.${region === 'us-east-1' ? 'compute-1' : `${region}.compute`}.amazonaws.com`;

/** Whether a launch into `subnet` gets a public IP: AssociatePublicIpAddress when given, else the subnet's setting. */
export const getsPublicIp = (subnet: Subnet, associate: boolean | undefined): boolean =>
  associate ?? subnet.MapPublicIpOnLaunch;

/**
 * The public address DescribeInstances shows for an instance: its address while it runs (the sandbox's model:
 * EC2 names it once running and releases it when the instance stops or terminates). The UI shows the same.
 */
export const shownPublicIp = (
  instance: Pick<Ec2Instance, 'State' | 'PublicIpAddress'>,
): string | undefined => (instance.State === 'running' ? instance.PublicIpAddress : undefined);
