import { activityOutput, type ActivityOutput } from '../../autoscaling/output';
import { describeScalingActivitiesSchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeScalingActivitiesInput = Infer<typeof describeScalingActivitiesSchema>;
export interface DescribeScalingActivitiesOutput {
  readonly Activities: ActivityOutput[];
}

const inProgress = (code: string) => code === 'InProgress' || code === 'MidLifecycleAction';

/**
 * A group's scaling activities (or every group's), those still in progress first, then newest first; at most
 * MaxRecords (100). The sandbox keeps each group's newest 100 activities (AWS keeps six weeks).
 */
export const DescribeScalingActivities = defineOperation<
  DescribeScalingActivitiesInput,
  DescribeScalingActivitiesOutput
>({
  schema: describeScalingActivitiesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const groups =
      input.AutoScalingGroupName !== undefined
        ? [ctx.state.autoscaling.groups[input.AutoScalingGroupName]].filter((g) => g !== undefined)
        : Object.values(ctx.state.autoscaling.groups);
    const ids = groups.flatMap((g) => [...g.activityIds].reverse());
    const wanted = input.ActivityIds?.length ? ids.filter((id) => input.ActivityIds!.includes(id)) : ids;
    const activities = wanted
      .map((id, order) => ({ activity: ctx.state.autoscaling.activities[id]!, order }))
      .filter((a) => a.activity !== undefined)
      .sort(
        (a, b) =>
          Number(inProgress(b.activity.StatusCode)) - Number(inProgress(a.activity.StatusCode)) ||
          b.activity.StartTime - a.activity.StartTime ||
          a.order - b.order,
      )
      .slice(0, input.MaxRecords ?? 100);
    return { Activities: activities.map((a) => activityOutput(ctx.state, a.activity)) };
  },
});
