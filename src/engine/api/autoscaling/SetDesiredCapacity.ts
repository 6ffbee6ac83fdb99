import { at, changeDesiredCapacity, requireGroup } from '../../autoscaling/groups';
import { AwsError } from '../../errors';
import { setDesiredCapacitySchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type SetDesiredCapacityInput = Infer<typeof setDesiredCapacitySchema>;
export type SetDesiredCapacityOutput = Record<string, never>;

/** Sets a group's desired capacity, which must lie within its MinSize and MaxSize (ValidationError otherwise). */
export const SetDesiredCapacity = defineOperation<SetDesiredCapacityInput, SetDesiredCapacityOutput>({
  schema: setDesiredCapacitySchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const group = requireGroup(ctx.state, input.AutoScalingGroupName);
    const n = input.DesiredCapacity;
    if (n > group.MaxSize) {
      throw new AwsError(
        'ValidationError',
        `New SetDesiredCapacity value ${n} is above max value ${group.MaxSize} for the AutoScalingGroup.`,
        'DesiredCapacity',
      );
    }
    if (n < group.MinSize) {
      throw new AwsError(
        'ValidationError',
        `New SetDesiredCapacity value ${n} is below min value ${group.MinSize} for the AutoScalingGroup.`,
        'DesiredCapacity',
      );
    }
    changeDesiredCapacity(ctx, group, n, `${at(ctx)} a user request explicitly set group desired capacity`);
    return {};
  },
});
