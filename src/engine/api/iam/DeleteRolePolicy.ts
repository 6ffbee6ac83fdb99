import { AwsError } from '../../errors';
import { requireRole } from '../../iam/roleStore';
import { rolePolicyNameSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteRolePolicyInput = Infer<typeof rolePolicyNameSchema>;

/** iam DeleteRolePolicy: deletes one inline policy of the role. */
export const DeleteRolePolicy = defineOperation<DeleteRolePolicyInput, Record<string, never>>({
  schema: rolePolicyNameSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    if (!Object.prototype.hasOwnProperty.call(role.inlinePolicies, input.PolicyName))
      throw new AwsError(
        'NoSuchEntity',
        `The role policy with name ${input.PolicyName} cannot be found.`,
        'PolicyName',
      );
    const inlinePolicies = { ...role.inlinePolicies };
    delete inlinePolicies[input.PolicyName];
    ctx.tx.set(ctx.state.iam.roles, role.RoleName, { ...role, inlinePolicies });
    return {};
  },
});
