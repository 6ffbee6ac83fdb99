import { AwsError } from '../../errors';
import { requireRole } from '../../iam/roleStore';
import type { PolicyDocument } from '../../model/iam';
import { rolePolicyNameSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type GetRolePolicyInput = Infer<typeof rolePolicyNameSchema>;

/** iam GetRolePolicy: one inline policy of the role (the document decoded to JSON, as the CLI prints it). */
export const GetRolePolicy = defineOperation<
  GetRolePolicyInput,
  { RoleName: string; PolicyName: string; PolicyDocument: PolicyDocument }
>({
  schema: rolePolicyNameSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    const policyDoc = Object.prototype.hasOwnProperty.call(role.inlinePolicies, input.PolicyName)
      ? role.inlinePolicies[input.PolicyName]
      : undefined;
    if (!policyDoc)
      throw new AwsError(
        'NoSuchEntity',
        `The role policy with name ${input.PolicyName} cannot be found.`,
        'PolicyName',
      );
    return { RoleName: role.RoleName, PolicyName: input.PolicyName, PolicyDocument: policyDoc };
  },
});
