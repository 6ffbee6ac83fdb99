import { AwsError } from '../../errors';
import type { TargetGroup } from '../../model/elbv2';
import type { SimState } from '../../state';

/** A target as the requests name it. */
export interface TargetRequest {
  readonly Id: string;
  readonly Port?: number;
}

/** The port a target is registered on: its own, else the target group's. */
export const portOf = (tg: TargetGroup, target: TargetRequest): number => target.Port ?? tg.Port;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

const ipNumber = (ip: string): number | undefined => {
  const parts = IPV4.exec(ip)?.slice(1).map(Number);
  if (!parts || parts.some((p) => p > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + p, 0);
};

/** Whether an IPv4 address lies in a CIDR block such as 172.31.0.0/16. */
function inCidr(ip: number, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = ipNumber(base!)!;
  return ip >= start && ip < start + size;
}

/**
 * Refuses a target the group cannot take (InvalidTarget): for type `instance`, an instance of the group's VPC
 * that is running; for type `ip`, an IPv4 address inside the group's VPC.
 */
export function checkTarget(state: SimState, tg: TargetGroup, target: TargetRequest, field: string): void {
  if (tg.TargetType === 'instance') {
    const instance = state.ec2.instances[target.Id];
    if (!instance || instance.State === 'terminated') {
      throw new AwsError(
        'InvalidTarget',
        `The target '${target.Id}' is not an instance of this account. A target group of type instance takes EC2 instance ids (i-…).`,
        field,
      );
    }
    if (instance.State !== 'running') {
      throw new AwsError(
        'InvalidTarget',
        `The following targets are not in a running state and cannot be registered: '${target.Id}'`,
        field,
      );
    }
    if (instance.VpcId !== tg.VpcId) {
      throw new AwsError(
        'InvalidTarget',
        `Instance '${target.Id}' is not in the target group's VPC '${tg.VpcId}'.`,
        field,
      );
    }
    return;
  }
  const ip = ipNumber(target.Id);
  if (ip === undefined) {
    throw new AwsError(
      'InvalidTarget',
      `The target '${target.Id}' is not an IPv4 address. A target group of type ip takes addresses, such as a task ENI's private IP.`,
      field,
    );
  }
  const vpc = state.ec2.vpcs[tg.VpcId];
  if (vpc && !inCidr(ip, vpc.CidrBlock)) {
    throw new AwsError(
      'InvalidTarget',
      `The IP address '${target.Id}' is outside the CIDR block ${vpc.CidrBlock} of the target group's VPC '${tg.VpcId}'.`,
      field,
    );
  }
}
