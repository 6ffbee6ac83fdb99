import { AwsError } from '../../errors';
import { requireRole } from '../../iam/roleStore';
import { rolePolicyArnSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DetachRolePolicyInput = Infer<typeof rolePolicyArnSchema>;

/** iam DetachRolePolicy: removes an attached managed policy from the role. */
export const DetachRolePolicy = defineOperation<DetachRolePolicyInput, Record<string, never>>({
  schema: rolePolicyArnSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    if (!role.attachedPolicyArns.includes(input.PolicyArn))
      throw new AwsError('NoSuchEntity', `Policy ${input.PolicyArn} was not found.`, 'PolicyArn');
    ctx.tx.set(ctx.state.iam.roles, role.RoleName, {
      ...role,
      attachedPolicyArns: role.attachedPolicyArns.filter((a) => a !== input.PolicyArn),
    });
    return {};
  },
});
