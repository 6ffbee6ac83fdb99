import { page, policyOutput } from '../../applicationAutoScaling/output';
import { describeScalingPoliciesSchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { describeScope } from './describeFilters';

export type DescribeScalingPoliciesInput = Infer<typeof describeScalingPoliciesSchema>;

export interface DescribeScalingPoliciesOutput {
  readonly ScalingPolicies: ReadonlyArray<ReturnType<typeof policyOutput>>;
  readonly NextToken?: string;
}

/** application-autoscaling DescribeScalingPolicies: the policies, oldest first, filtered by resource and names. */
export const DescribeScalingPolicies = defineOperation<
  DescribeScalingPoliciesInput,
  DescribeScalingPoliciesOutput
>({
  schema: describeScalingPoliciesSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    if (!describeScope(input)) return { ScalingPolicies: [] };
    const names = input.PolicyNames && new Set(input.PolicyNames);
    const policies = Object.values(ctx.state.applicationAutoScaling.policies)
      .filter(
        (p) =>
          (input.ResourceId === undefined || p.ResourceId === input.ResourceId) &&
          (!names || names.has(p.PolicyName)),
      )
      .sort((a, b) => a.CreationTime - b.CreationTime || (a.PolicyARN < b.PolicyARN ? -1 : 1));
    const { page: items, NextToken } = page(policies, input.MaxResults, input.NextToken);
    return {
      ScalingPolicies: items.map((p) => policyOutput(ctx, p)),
      ...(NextToken !== undefined ? { NextToken } : {}),
    };
  },
});
