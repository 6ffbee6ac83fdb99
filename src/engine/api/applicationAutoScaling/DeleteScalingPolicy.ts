import { deletePolicy, findPolicy, objectNotFound } from '../../applicationAutoScaling/policies';
import { checkDimension, checkNamespace } from '../../applicationAutoScaling/resource';
import { deleteScalingPolicySchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteScalingPolicyInput = Infer<typeof deleteScalingPolicySchema>;

/**
 * application-autoscaling DeleteScalingPolicy: a target tracking policy's alarms are deleted with it; a step
 * scaling policy's alarm stays, without the action that invoked the policy.
 */
export const DeleteScalingPolicy = defineOperation<DeleteScalingPolicyInput, Record<string, never>>({
  schema: deleteScalingPolicySchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    checkNamespace(input.ServiceNamespace);
    checkDimension(input.ScalableDimension);
    const policy = findPolicy(ctx.state.applicationAutoScaling.policies, input.ResourceId, input.PolicyName);
    if (!policy) throw objectNotFound('scaling policy', input.ResourceId, input.PolicyName, 'PolicyName');
    deletePolicy(ctx, policy);
    return {};
  },
});
