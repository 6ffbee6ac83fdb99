import { deleteAlarm } from '../../cloudwatch/alarmStore';
import { AwsError } from '../../errors';
import { deleteAlarmsSchema } from '../../schema/cloudwatch';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteAlarmsInput = Infer<typeof deleteAlarmsSchema>;

/**
 * cloudwatch DeleteAlarms. A name that does not exist fails the whole request (nothing is deleted). Alarms a
 * target tracking policy owns can be deleted, as in AWS, but the policy then stops working: delete the policy.
 */
export const DeleteAlarms = defineOperation<DeleteAlarmsInput, Record<string, never>>({
  schema: deleteAlarmsSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const unknown = input.AlarmNames.filter((n) => !ctx.state.cloudwatch.alarms[n]);
    if (unknown.length > 0) {
      throw new AwsError(
        'ResourceNotFound',
        `The following alarms were not found: ${unknown.join(', ')}.`,
        'AlarmNames',
      );
    }
    for (const name of input.AlarmNames) deleteAlarm(ctx, name);
    return {};
  },
});
