import { restoreZone } from '../../faults/zones';
import { restoreAvailabilityZoneSchema } from '../../schema/simControls';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type RestoreAvailabilityZoneInput = Infer<typeof restoreAvailabilityZoneSchema>;

export interface RestoreAvailabilityZoneOutput {
  readonly availabilityZone: string;
}

/**
 * Simulator control: ends an outage started with FailAvailabilityZone. Launches into the zone work again;
 * the instances that failed stay stopped and the tasks that stopped stay stopped.
 */
export const RestoreAvailabilityZone = defineOperation<
  RestoreAvailabilityZoneInput,
  RestoreAvailabilityZoneOutput
>({
  schema: restoreAvailabilityZoneSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    restoreZone(ctx, input.availabilityZone);
    return { availabilityZone: input.availabilityZone };
  },
});
