import { failZone } from '../../faults/zones';
import type { InstanceId, TaskArn } from '../../model/ids';
import { failAvailabilityZoneSchema } from '../../schema/simControls';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type FailAvailabilityZoneInput = Infer<typeof failAvailabilityZoneSchema>;

export interface FailAvailabilityZoneOutput {
  readonly availabilityZone: string;
  /** the pending or running instances in the zone, now stopped */
  readonly failedInstanceIds: ReadonlyArray<InstanceId>;
  /** the tasks asked to stop: those on the failed instances and the zone's Fargate tasks */
  readonly stoppingTaskArns: ReadonlyArray<TaskArn>;
}

/**
 * Simulator control: an Availability Zone goes down (faults/zones.ts). Its instances fail as under
 * FailInstance, its Fargate tasks stop, and until RestoreAvailabilityZone nothing new starts there: Fargate
 * skips it and RunInstances into it fails with InsufficientInstanceCapacity. Services replace their tasks in
 * the other AZs through the normal scheduler.
 */
export const FailAvailabilityZone = defineOperation<FailAvailabilityZoneInput, FailAvailabilityZoneOutput>({
  schema: failAvailabilityZoneSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const failure = failZone(ctx, input.availabilityZone);
    return { availabilityZone: input.availabilityZone, ...failure };
  },
});
