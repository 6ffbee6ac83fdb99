import type { Subnet } from '../model/ec2';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';
import { RESERVED_PER_SUBNET } from './addresses';

/** What holds addresses in a subnet, and how many are left (the instances panel and DescribeSubnets show it). */
export interface SubnetUse {
  readonly subnetId: string;
  readonly cidrBlock: string;
  readonly availabilityZone: string;
  /** addresses in the block */
  readonly size: number;
  /** size − 5 (AWS keeps the first four and the last one) */
  readonly usable: number;
  readonly instances: number;
  /** awsvpc task ENIs not yet deleted */
  readonly taskEnis: number;
  readonly mountTargets: number;
  readonly free: number;
}

/** How the addresses of `subnet` are used: running instances, live task ENIs and EFS mount targets hold one each. */
export function subnetUse(
  readonlyState: SimState | DeepReadonly<SimState>,
  subnet: Subnet | DeepReadonly<Subnet>,
): SubnetUse {
  // only read here
  const state = readonlyState as SimState;
  const size = 2 ** (32 - Number(subnet.CidrBlock.split('/')[1] ?? 32));
  const usable = Math.max(0, size - RESERVED_PER_SUBNET);
  const instances = Object.values(state.ec2.instances).filter(
    (i) => i.SubnetId === subnet.SubnetId && i.State !== 'terminated',
  ).length;
  const taskEnis = Object.values(state.ecs.tasks).filter(
    (t) => t.eni?.subnetId === subnet.SubnetId && t.eni.status !== 'DELETED',
  ).length;
  const mountTargets = Object.values(state.efs.mountTargets).filter(
    (mt) => mt.SubnetId === subnet.SubnetId,
  ).length;
  return {
    subnetId: subnet.SubnetId,
    cidrBlock: subnet.CidrBlock,
    availabilityZone: subnet.AvailabilityZone,
    size,
    usable,
    instances,
    taskEnis,
    mountTargets,
    free: Math.max(0, usable - instances - taskEnis - mountTargets),
  };
}

const toNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/** The first and one-past-last address of a CIDR block, or undefined when it is not one (`a.b.c.d/n`, n 0–32). */
export function cidrRange(cidr: string): { start: number; end: number; prefix: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const start = toNumber(octets.join('.'));
  const size = 2 ** (32 - prefix);
  if (start % size !== 0) return undefined;
  return { start, end: start + size, prefix };
}
