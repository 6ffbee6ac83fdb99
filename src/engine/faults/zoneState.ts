import { AwsError } from '../errors';
import type { SimState } from '../state';

/**
 * What placement and EC2 read of zone outages (sim FailAvailabilityZone): a failed zone is a key of
 * `state.failedZones` (the time it failed). Kept apart from zones.ts so placement imports no lifecycle code.
 */

/** Whether `az` is failed right now. */
export const isZoneFailed = (state: Pick<SimState, 'failedZones'>, az: string): boolean =>
  Object.prototype.hasOwnProperty.call(state.failedZones, az);

/**
 * The RunTask failure reason (and service event reason) when Fargate has no capacity in any AZ of the task's
 * subnets: ECS's wording for Fargate running out of capacity.
 */
export const FARGATE_NO_CAPACITY =
  'Capacity is unavailable at this time. Please try again later or in a different availability zone';

/** The Region's AZs: those of its subnets, in name order. */
export const regionZones = (state: SimState): string[] =>
  [...new Set(Object.values(state.ec2.subnets).map((s) => s.AvailabilityZone))].sort();

/**
 * EC2's refusal to launch into a failed zone: the shape of EC2's InsufficientInstanceCapacity message (type,
 * zone, the zones that still have capacity), then what to do in the sandbox.
 */
export function zoneCapacityError(state: SimState, instanceType: string, az: string): AwsError {
  const others = regionZones(state).filter((z) => z !== az && !isZoneFailed(state, z));
  return new AwsError(
    'InsufficientInstanceCapacity',
    `We currently do not have sufficient ${instanceType} capacity in the Availability Zone you requested ` +
      `(${az}). ` +
      (others.length
        ? `Launch into a subnet of ${others.join(' or ')}, or leave out the subnet and zone so EC2 picks one. `
        : 'Every zone of the Region is failed. ') +
      `${az} is failed by sim FailAvailabilityZone; sim RestoreAvailabilityZone ends the outage.`,
    'SubnetId',
  );
}
