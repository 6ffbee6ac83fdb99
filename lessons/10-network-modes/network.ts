import { instancesOf, tasksWhere } from '../../src/course/goals';
import type { Simulation, Task } from '../../src/engine/index';

export const CLUSTER = 'shop';
export const SERVICE = 'payments';
export const LEDGER = 'ledger';
export const TASKS = 4;
export const LEDGER_TASKS = 8;
export const AZ = 'us-east-1a';
/** the small subnet the platform team carved for payments (a /28: 16 addresses, 11 usable) */
export const SMALL_CIDR = '172.31.48.0/28';
/** the security group the security team made for payments (only the card network may reach it) */
export const PAYMENTS_SG = 'sg-0c4d5e6f7a8b9c0d1';
export const INSTANCE_TYPE = 't3.small';

/** The /28 subnet made for payments. */
export const smallSubnet = (sim: Simulation): string =>
  Object.values(sim.state.ec2.subnets).find((s) => s.CidrBlock === SMALL_CIDR)!.SubnetId;

/** The default subnet of `az`. */
export const defaultSubnet = (sim: Simulation, az = AZ): string =>
  Object.values(sim.state.ec2.subnets).find((s) => s.DefaultForAz && s.AvailabilityZone === az)!.SubnetId;

/** payments tasks RUNNING in shop. */
export const runningPayments = (sim: Simulation): ReadonlyArray<Task> =>
  tasksWhere(sim, { cluster: CLUSTER, status: 'RUNNING' }).filter((t) => t.group === `service:${SERVICE}`);

/** ENI slots of the container instances of shop: used and total. */
export function eniSlots(sim: Simulation): { used: number; total: number } {
  return instancesOf(sim, CLUSTER).reduce(
    (acc, ci) => ({ used: acc.used + ci.enisInUse, total: acc.total + ci.eniSlots }),
    {
      used: 0,
      total: 0,
    },
  );
}

/** A short task id for messages. */
export const shortTask = (t: Task) => t.taskArn.split('/').pop()!.slice(0, 8);
