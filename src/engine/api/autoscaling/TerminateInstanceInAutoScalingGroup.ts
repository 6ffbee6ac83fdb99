import { at, putGroup } from '../../autoscaling/groups';
import { groupOfInstance } from '../../autoscaling/names';
import { activityOutput, type ActivityOutput } from '../../autoscaling/output';
import { beginTermination } from '../../autoscaling/termination';
import { AwsError } from '../../errors';
import type { InstanceId } from '../../model/ids';
import { terminateInstanceInAutoScalingGroupSchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type TerminateInstanceInAutoScalingGroupInput = Infer<
  typeof terminateInstanceInAutoScalingGroupSchema
>;
export interface TerminateInstanceInAutoScalingGroupOutput {
  readonly Activity: ActivityOutput;
}

/**
 * Terminates one instance of a group on request (protection from scale-in does not apply to this). With
 * ShouldDecrementDesiredCapacity the group shrinks by one, which must not take it below MinSize; without it the
 * group launches a replacement.
 */
export const TerminateInstanceInAutoScalingGroup = defineOperation<
  TerminateInstanceInAutoScalingGroupInput,
  TerminateInstanceInAutoScalingGroupOutput
>({
  schema: terminateInstanceInAutoScalingGroupSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const id = input.InstanceId as InstanceId;
    const name = groupOfInstance(ctx.state.ec2.instances[id]);
    const group = name === undefined ? undefined : ctx.state.autoscaling.groups[name];
    const member = group?.Instances.find((m) => m.InstanceId === id);
    if (!group || !member) {
      throw new AwsError(
        'ValidationError',
        `Instance Id not found: ${id} is not an instance of any Auto Scaling group.`,
        'InstanceId',
      );
    }
    if (member.termination) {
      throw new AwsError(
        'ValidationError',
        `Instance ${id} is already being terminated (${member.LifecycleState}).`,
        'InstanceId',
      );
    }
    const from = group.DesiredCapacity;
    let cause = `${at(ctx)} instance ${id} was taken out of service in response to a user request.`;
    let current = group;
    if (input.ShouldDecrementDesiredCapacity) {
      if (from - 1 < group.MinSize) {
        throw new AwsError(
          'ValidationError',
          `Terminating ${id} with ShouldDecrementDesiredCapacity would take the desired capacity (${from}) below the group's MinSize (${group.MinSize}). Set ShouldDecrementDesiredCapacity to false (the group replaces it) or lower MinSize first.`,
          'ShouldDecrementDesiredCapacity',
        );
      }
      cause = `${at(ctx)} instance ${id} was taken out of service in response to a user request, shrinking the capacity from ${from} to ${from - 1}.`;
      current = { ...group, DesiredCapacity: from - 1 };
      ctx.emit({
        type: 'AutoScalingDesiredCapacityChanged',
        at: ctx.now,
        groupName: group.AutoScalingGroupName,
        from,
        to: from - 1,
        cause,
      });
    }
    const next = beginTermination(ctx, current, id, 'user', cause);
    putGroup(ctx, next);
    const activityId = next.Instances.find((m) => m.InstanceId === id)!.activityId!;
    return { Activity: activityOutput(ctx.state, ctx.state.autoscaling.activities[activityId]!) };
  },
});
