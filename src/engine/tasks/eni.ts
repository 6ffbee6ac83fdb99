import type { EngineContext } from '../context';
import type { Subnet } from '../model/ec2';
import type { TaskEni } from '../model/ecs';

const ipToNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const numberToIp = (n: number) => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/** A UUID-shaped id from the seeded generator (attachment ids). */
export const seededUuid = (ctx: EngineContext) => {
  const h = ctx.randomHex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/**
 * Creates a task ENI in `subnet`: the subnet's next private IP (the counter moves on), a fresh eni- id and MAC.
 * The attachment starts PRECREATED; the lifecycle attaches it.
 */
export function createTaskEni(ctx: EngineContext, subnet: Subnet): TaskEni {
  const base = ipToNumber(subnet.CidrBlock.split('/')[0]!);
  const current = ctx.state.ec2.subnets[subnet.SubnetId] ?? subnet;
  ctx.tx.set(ctx.state.ec2.subnets, subnet.SubnetId, { ...current, nextHost: current.nextHost + 1 });
  return {
    attachmentId: seededUuid(ctx),
    subnetId: subnet.SubnetId,
    privateIPv4Address: numberToIp(base + current.nextHost),
    macAddress: (ctx.randomHex(12).match(/../g) ?? []).join(':'),
    networkInterfaceId: `eni-${ctx.randomHex(17)}`,
    status: 'PRECREATED',
  };
}
