import { activitiesOf } from '../../applicationAutoScaling/activities';
import { activityOutput, page } from '../../applicationAutoScaling/output';
import { describeScalingActivitiesSchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { describeScope } from './describeFilters';

export type DescribeScalingActivitiesInput = Infer<typeof describeScalingActivitiesSchema>;

export interface DescribeScalingActivitiesOutput {
  readonly ScalingActivities: ReadonlyArray<ReturnType<typeof activityOutput>>;
  readonly NextToken?: string;
}

/**
 * application-autoscaling DescribeScalingActivities: what scaling did and why, newest first. The sandbox keeps
 * the newest 500 activities (AWS keeps six weeks of them).
 */
export const DescribeScalingActivities = defineOperation<
  DescribeScalingActivitiesInput,
  DescribeScalingActivitiesOutput
>({
  schema: describeScalingActivitiesSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    if (!describeScope(input)) return { ScalingActivities: [] };
    const activities = activitiesOf(ctx.state.applicationAutoScaling.activities, input.ResourceId);
    const { page: items, NextToken } = page(activities, input.MaxResults, input.NextToken);
    return {
      ScalingActivities: items.map((a) => activityOutput(ctx, a)),
      ...(NextToken !== undefined ? { NextToken } : {}),
    };
  },
});
