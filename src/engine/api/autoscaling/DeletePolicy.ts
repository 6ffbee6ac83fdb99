import { removePolicy } from '../../autoscaling/policies';
import { AwsError } from '../../errors';
import { deletePolicySchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeletePolicyInput = Infer<typeof deletePolicySchema>;
export type DeletePolicyOutput = Record<string, never>;

/**
 * Deletes a scaling policy, by ARN or by name with its group. A target tracking policy's alarms go with it; alarms
 * you made for a simple or step policy stay (their action then points at nothing).
 */
export const DeletePolicy = defineOperation<DeletePolicyInput, DeletePolicyOutput>({
  schema: deletePolicySchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const byArn = ctx.state.autoscaling.policies[input.PolicyName];
    const policy =
      byArn ??
      Object.values(ctx.state.autoscaling.policies).find(
        (p) => p.PolicyName === input.PolicyName && p.AutoScalingGroupName === input.AutoScalingGroupName,
      );
    if (!policy) {
      throw new AwsError(
        'ValidationError',
        input.AutoScalingGroupName === undefined
          ? `No scaling policy has the ARN '${input.PolicyName}'; to name a policy by its name, give AutoScalingGroupName too.`
          : `Auto Scaling group ${input.AutoScalingGroupName} has no scaling policy named '${input.PolicyName}'.`,
        'PolicyName',
      );
    }
    removePolicy(ctx, policy);
    return {};
  },
});
