import type { EngineContext } from '../context';
import type { Subnet } from '../model/ec2';

// Later part: subnets smaller than the default /20s exist only through ec2 CreateSubnet (a later operation), so
// the address limit, reuse and the subnet choice below load with it (laterHooks; tasks/eni.ts has the fallback).

const ipToNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const numberToIp = (n: number) => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');

/** AWS keeps five addresses of every subnet: the network address, the next three (router, DNS, future) and the last. */
export const RESERVED_PER_SUBNET = 5;

const sizeOf = (subnet: Subnet) => 2 ** (32 - Number(subnet.CidrBlock.split('/')[1] ?? 32));

/**
 * How many of a subnet's addresses can still be handed out. Hosts 4 … size − 2 are usable; they go out in order
 * (`nextHost`), and addresses given back when an ENI is deleted (`freedHosts`) go out again first. The order is
 * the sandbox's model; EC2 picks any free address.
 */
export function freeHosts(subnet: Subnet): number {
  const size = sizeOf(subnet);
  const usable = Math.max(0, size - RESERVED_PER_SUBNET);
  return Math.min(
    usable,
    Math.max(0, size - 1 - Math.max(subnet.nextHost, 4)) + (subnet.freedHosts?.length ?? 0),
  );
}

/** Takes one free address of `subnet` (the state is updated), or false when the subnet has none. */
export function takeSubnetAddress(ctx: EngineContext, subnet: Subnet): string | false {
  const current = ctx.state.ec2.subnets[subnet.SubnetId] ?? subnet;
  const base = ipToNumber(current.CidrBlock.split('/')[0]!);
  const freed = current.freedHosts ?? [];
  if (freed.length) {
    const [host, ...rest] = freed;
    ctx.tx.set(ctx.state.ec2.subnets, current.SubnetId, { ...current, freedHosts: rest });
    return numberToIp(base + host!);
  }
  const host = Math.max(current.nextHost, 4);
  if (host > sizeOf(current) - 2) return false;
  ctx.tx.set(ctx.state.ec2.subnets, current.SubnetId, { ...current, nextHost: host + 1 });
  return numberToIp(base + host);
}

/** Gives an address back to its subnet (its ENI was deleted); the next ENI there may take it. */
export function releaseSubnetAddress(ctx: EngineContext, subnetId: string, ip: string): void {
  const subnet = ctx.state.ec2.subnets[subnetId];
  if (!subnet || !ip) return;
  const host = ipToNumber(ip) - ipToNumber(subnet.CidrBlock.split('/')[0]!);
  if (host < 4 || host > sizeOf(subnet) - 2 || host >= subnet.nextHost) return;
  if (subnet.freedHosts?.includes(host)) return;
  ctx.tx.set(ctx.state.ec2.subnets, subnetId, {
    ...subnet,
    freedHosts: [...(subnet.freedHosts ?? []), host].sort((a, b) => a - b),
  });
}

/**
 * The subnet an EC2 awsvpc task's ENI goes in, among the request's subnets in the instance's AZ: the first with
 * a free address, else the first (where creating the ENI then fails). Moving on to the next subnet of the AZ
 * when one is full is the sandbox's model.
 */
export function pickEniSubnet(ctx: EngineContext, inAz: ReadonlyArray<Subnet>): Subnet | undefined {
  return inAz.find((s) => freeHosts(ctx.state.ec2.subnets[s.SubnetId] ?? s) > 0) ?? inAz[0];
}
