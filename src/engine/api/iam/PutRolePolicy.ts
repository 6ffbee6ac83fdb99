import { AwsError } from '../../errors';
import { parsePolicyDocument } from '../../iam/policyDocument';
import { INLINE_POLICY_CHARACTERS_PER_ROLE, policySize, requireRole } from '../../iam/roleStore';
import { putRolePolicySchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutRolePolicyInput = Infer<typeof putRolePolicySchema>;

/**
 * iam PutRolePolicy: adds or replaces an inline policy of the role. The document is JSON text, checked as IAM
 * checks identity policies (MalformedPolicyDocument otherwise). A role's inline policies together hold at most
 * 10,240 characters, whitespace not counted.
 */
export const PutRolePolicy = defineOperation<PutRolePolicyInput, Record<string, never>>({
  schema: putRolePolicySchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    const policyDoc = parsePolicyDocument(input.PolicyDocument, 'identity', 'PolicyDocument');
    const inlinePolicies = { ...role.inlinePolicies, [input.PolicyName]: policyDoc };
    const size = Object.values(inlinePolicies).reduce((n, d) => n + policySize(d), 0);
    if (size > INLINE_POLICY_CHARACTERS_PER_ROLE) {
      throw new AwsError(
        'LimitExceeded',
        `Maximum policy size of ${INLINE_POLICY_CHARACTERS_PER_ROLE} bytes exceeded for role ${role.RoleName}`,
        'PolicyDocument',
      );
    }
    ctx.tx.set(ctx.state.iam.roles, role.RoleName, { ...role, inlinePolicies });
    return {};
  },
});
