import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import { laterHooks } from '../laterHooks';
import type { Subnet } from '../model/ec2';
import type { TaskEni } from '../model/ecs';
import { defaultSecurityGroup } from '../api/ec2/instanceNetwork';

/** A UUID-shaped id from the seeded generator (attachment ids). */
export const seededUuid = (ctx: EngineContext) => {
  const h = ctx.randomHex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** The stopped reason of an awsvpc task whose ENI could not be made: its subnet has no free address. */
export const noFreeAddressReason = (subnetId: string) =>
  `Unexpected EC2 error while attempting to Create Network Interface in subnet '${subnetId}': InsufficientFreeAddressesInSubnet`;

/**
 * The next address of `subnet`. The later part checks the subnet's size and reuses freed addresses
 * (network/addresses.ts: false when the subnet is full); until it loads only the default /20 subnets exist,
 * and their next host is simply taken.
 */
function nextAddress(ctx: EngineContext, subnet: Subnet): string | false {
  const later = laterHooks.takeSubnetAddress(ctx, subnet);
  if (later !== undefined) return later;
  const current = ctx.state.ec2.subnets[subnet.SubnetId] ?? subnet;
  ctx.tx.set(ctx.state.ec2.subnets, subnet.SubnetId, { ...current, nextHost: current.nextHost + 1 });
  const n =
    current.CidrBlock.split('/')[0]!
      .split('.')
      .reduce((v, p) => v * 256 + Number(p), 0) + current.nextHost;
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/**
 * Creates a task ENI in `subnet` with one of its free addresses, a fresh eni- id and MAC, and the security groups
 * asked for (none: the VPC's default group). The attachment starts PRECREATED; the lifecycle attaches it.
 * Undefined when the subnet has no free address (see noFreeAddressReason).
 */
export function tryCreateTaskEni(
  ctx: EngineContext,
  subnet: Subnet,
  securityGroups?: ReadonlyArray<string>,
): TaskEni | undefined {
  const ip = nextAddress(ctx, subnet);
  if (ip === false) return undefined;
  return {
    attachmentId: seededUuid(ctx),
    subnetId: subnet.SubnetId,
    privateIPv4Address: ip,
    macAddress: (ctx.randomHex(12).match(/../g) ?? []).join(':'),
    networkInterfaceId: `eni-${ctx.randomHex(17)}`,
    status: 'PRECREATED',
    securityGroups: securityGroups?.length
      ? [...securityGroups]
      : [defaultSecurityGroup(subnet.VpcId).GroupId],
  };
}

/** tryCreateTaskEni for callers that refuse the request outright when the subnet is full (EFS mount targets). */
export function createTaskEni(
  ctx: EngineContext,
  subnet: Subnet,
  securityGroups?: ReadonlyArray<string>,
): TaskEni {
  const eni = tryCreateTaskEni(ctx, subnet, securityGroups);
  if (!eni)
    throw new AwsError(
      'InsufficientFreeAddressesInSubnet',
      `There are not enough free addresses in subnet '${subnet.SubnetId}' (${subnet.CidrBlock}). Use another subnet or free an address.`,
      'SubnetId',
    );
  return eni;
}
