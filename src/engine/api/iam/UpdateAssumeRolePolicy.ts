import { parsePolicyDocument } from '../../iam/policyDocument';
import { requireRole } from '../../iam/roleStore';
import { updateAssumeRolePolicySchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type UpdateAssumeRolePolicyInput = Infer<typeof updateAssumeRolePolicySchema>;

/** iam UpdateAssumeRolePolicy: replaces the role's trust policy (who may assume it). */
export const UpdateAssumeRolePolicy = defineOperation<UpdateAssumeRolePolicyInput, Record<string, never>>({
  schema: updateAssumeRolePolicySchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    const trust = parsePolicyDocument(input.PolicyDocument, 'trust', 'PolicyDocument');
    ctx.tx.set(ctx.state.iam.roles, role.RoleName, { ...role, AssumeRolePolicyDocument: trust });
    return {};
  },
});
