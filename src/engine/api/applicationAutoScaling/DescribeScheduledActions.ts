import { page, scheduledActionOutput } from '../../applicationAutoScaling/output';
import { describeScheduledActionsSchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { describeScope } from './describeFilters';

export type DescribeScheduledActionsInput = Infer<typeof describeScheduledActionsSchema>;

export interface DescribeScheduledActionsOutput {
  readonly ScheduledActions: ReadonlyArray<ReturnType<typeof scheduledActionOutput>>;
  readonly NextToken?: string;
}

/** application-autoscaling DescribeScheduledActions: the scheduled actions, oldest first. */
export const DescribeScheduledActions = defineOperation<
  DescribeScheduledActionsInput,
  DescribeScheduledActionsOutput
>({
  schema: describeScheduledActionsSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    if (!describeScope(input)) return { ScheduledActions: [] };
    const names = input.ScheduledActionNames && new Set(input.ScheduledActionNames);
    const actions = Object.values(ctx.state.applicationAutoScaling.scheduledActions)
      .filter(
        (a) =>
          (input.ResourceId === undefined || a.ResourceId === input.ResourceId) &&
          (!names || names.has(a.ScheduledActionName)),
      )
      .sort(
        (a, b) => a.CreationTime - b.CreationTime || (a.ScheduledActionARN < b.ScheduledActionARN ? -1 : 1),
      );
    const { page: items, NextToken } = page(actions, input.MaxResults, input.NextToken);
    return {
      ScheduledActions: items.map((a) => scheduledActionOutput(ctx, a)),
      ...(NextToken !== undefined ? { NextToken } : {}),
    };
  },
});
