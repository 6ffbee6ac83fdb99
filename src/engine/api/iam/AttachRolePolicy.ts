import { AwsError } from '../../errors';
import { managedPolicy } from '../../iam/managedPolicies';
import { MANAGED_POLICIES_PER_ROLE, requireRole } from '../../iam/roleStore';
import { rolePolicyArnSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type AttachRolePolicyInput = Infer<typeof rolePolicyArnSchema>;

/**
 * iam AttachRolePolicy: attaches an AWS managed policy (ListPolicies --scope AWS lists the ones the sandbox
 * knows; it has no customer managed policies: use PutRolePolicy). Attaching one already attached does nothing.
 */
export const AttachRolePolicy = defineOperation<AttachRolePolicyInput, Record<string, never>>({
  schema: rolePolicyArnSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    if (!managedPolicy(input.PolicyArn)) {
      throw new AwsError(
        'NoSuchEntity',
        `Policy ${input.PolicyArn} does not exist or is not attachable.`,
        'PolicyArn',
      );
    }
    if (role.attachedPolicyArns.includes(input.PolicyArn)) return {};
    if (role.attachedPolicyArns.length >= MANAGED_POLICIES_PER_ROLE)
      throw new AwsError(
        'LimitExceeded',
        `Cannot exceed quota for PoliciesPerRole: ${MANAGED_POLICIES_PER_ROLE}`,
      );
    ctx.tx.set(ctx.state.iam.roles, role.RoleName, {
      ...role,
      attachedPolicyArns: [...role.attachedPolicyArns, input.PolicyArn],
    });
    return {};
  },
});
