import { policyOutput, type PolicyOutput } from '../../autoscaling/output';
import { describePoliciesSchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribePoliciesInput = Infer<typeof describePoliciesSchema>;
export interface DescribePoliciesOutput {
  readonly ScalingPolicies: PolicyOutput[];
}

/** Lists scaling policies: of one group or all, narrowed by names (or ARNs) and types. */
export const DescribePolicies = defineOperation<DescribePoliciesInput, DescribePoliciesOutput>({
  schema: describePoliciesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const policies = Object.values(ctx.state.autoscaling.policies)
      .filter(
        (p) =>
          input.AutoScalingGroupName === undefined || p.AutoScalingGroupName === input.AutoScalingGroupName,
      )
      .filter(
        (p) =>
          !input.PolicyNames?.length ||
          input.PolicyNames.includes(p.PolicyName) ||
          input.PolicyNames.includes(p.PolicyARN),
      )
      .filter((p) => !input.PolicyTypes?.length || input.PolicyTypes.includes(p.PolicyType))
      .sort(
        (a, b) =>
          a.AutoScalingGroupName.localeCompare(b.AutoScalingGroupName) ||
          a.PolicyName.localeCompare(b.PolicyName),
      );
    return { ScalingPolicies: policies.map((p) => policyOutput(ctx.state, p)) };
  },
});
