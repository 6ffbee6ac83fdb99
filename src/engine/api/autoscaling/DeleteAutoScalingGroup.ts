import { at, putGroup, requireGroup } from '../../autoscaling/groups';
import { removePolicy } from '../../autoscaling/policies';
import { beginTermination } from '../../autoscaling/termination';
import { AwsError } from '../../errors';
import { deleteAutoScalingGroupSchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteAutoScalingGroupInput = Infer<typeof deleteAutoScalingGroupSchema>;
export type DeleteAutoScalingGroupOutput = Record<string, never>;

/**
 * Deletes a group and its scaling policies (with the alarms target tracking made). A group with instances is
 * refused (ResourceInUse), as is one with activities still in progress (ScalingActivityInProgress), unless
 * ForceDelete: then its instances are terminated and the group shows Status "Delete in progress" until they are
 * gone. Its instances' activities are deleted with it (the sandbox keeps no deleted groups).
 */
export const DeleteAutoScalingGroup = defineOperation<
  DeleteAutoScalingGroupInput,
  DeleteAutoScalingGroupOutput
>({
  schema: deleteAutoScalingGroupSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    let group = requireGroup(ctx.state, input.AutoScalingGroupName);
    if (group.Status !== undefined) return {};
    if (!input.ForceDelete) {
      const busy = group.activityIds.some((id) => {
        const code = ctx.state.autoscaling.activities[id]?.StatusCode;
        return code === 'InProgress' || code === 'MidLifecycleAction';
      });
      if (busy) {
        throw new AwsError(
          'ScalingActivityInProgress',
          `Auto Scaling group ${group.AutoScalingGroupName} still has scaling activities in progress; wait for them to finish (DescribeScalingActivities) or use ForceDelete.`,
          'AutoScalingGroupName',
        );
      }
      if (group.Instances.length > 0) {
        throw new AwsError(
          'ResourceInUse',
          `Auto Scaling group ${group.AutoScalingGroupName} still has ${group.Instances.length} instance(s). Set its MinSize and desired capacity to 0 and wait for them to terminate, or use ForceDelete.`,
          'AutoScalingGroupName',
        );
      }
    }
    for (const policy of Object.values(ctx.state.autoscaling.policies)) {
      if (policy.AutoScalingGroupName === group.AutoScalingGroupName) removePolicy(ctx, policy);
    }
    if (group.Instances.length === 0) {
      for (const id of group.activityIds) ctx.tx.remove(ctx.state.autoscaling.activities, id);
      ctx.tx.remove(ctx.state.autoscaling.groups, group.AutoScalingGroupName);
      return {};
    }
    group = { ...group, MinSize: 0, DesiredCapacity: 0, Status: 'Delete in progress' };
    for (const m of group.Instances) {
      if (m.termination) continue;
      group = beginTermination(
        ctx,
        group,
        m.InstanceId,
        'group-deleted',
        `${at(ctx)} a user request deleted the AutoScalingGroup with ForceDelete, taking instance ${m.InstanceId} out of service.`,
      );
    }
    putGroup(ctx, group);
    return {};
  },
});
