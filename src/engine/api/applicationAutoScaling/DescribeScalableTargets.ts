import { page, targetOutput } from '../../applicationAutoScaling/output';
import { describeScalableTargetsSchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { describeScope } from './describeFilters';

export type DescribeScalableTargetsInput = Infer<typeof describeScalableTargetsSchema>;

export interface DescribeScalableTargetsOutput {
  readonly ScalableTargets: ReadonlyArray<ReturnType<typeof targetOutput>>;
  readonly NextToken?: string;
}

/** application-autoscaling DescribeScalableTargets: the registered targets, oldest first, 50 a page. */
export const DescribeScalableTargets = defineOperation<
  DescribeScalableTargetsInput,
  DescribeScalableTargetsOutput
>({
  schema: describeScalableTargetsSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    if (!describeScope(input)) return { ScalableTargets: [] };
    const wanted = input.ResourceIds && new Set(input.ResourceIds);
    const targets = Object.values(ctx.state.applicationAutoScaling.targets)
      .filter((t) => !wanted || wanted.has(t.ResourceId))
      .sort((a, b) => a.CreationTime - b.CreationTime || (a.ResourceId < b.ResourceId ? -1 : 1));
    const { page: items, NextToken } = page(targets, input.MaxResults, input.NextToken);
    return {
      ScalableTargets: items.map((t) => targetOutput(ctx, t)),
      ...(NextToken !== undefined ? { NextToken } : {}),
    };
  },
});
