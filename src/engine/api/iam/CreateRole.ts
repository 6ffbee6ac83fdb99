import { AwsError } from '../../errors';
import { parsePolicyDocument } from '../../iam/policyDocument';
import { ROLES_PER_ACCOUNT, roleOutput, uniqueId, type RoleOutput } from '../../iam/roleStore';
import type { IamRole } from '../../model/iam';
import { createRoleSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateRoleInput = Infer<typeof createRoleSchema>;

/**
 * iam CreateRole: a role with its trust policy (who may assume it) and no permissions yet; attach managed
 * policies or put inline ones next. Names are unique in the account, whatever their case.
 */
export const CreateRole = defineOperation<CreateRoleInput, { Role: RoleOutput }>({
  schema: createRoleSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const { state } = ctx;
    const taken = Object.keys(state.iam.roles).find((n) => n.toLowerCase() === input.RoleName.toLowerCase());
    if (taken !== undefined)
      throw new AwsError(
        'EntityAlreadyExists',
        `Role with name ${input.RoleName} already exists.`,
        'RoleName',
      );
    if (Object.keys(state.iam.roles).length >= ROLES_PER_ACCOUNT)
      throw new AwsError('LimitExceeded', `Cannot exceed quota for RolesPerAccount: ${ROLES_PER_ACCOUNT}`);
    const trust = parsePolicyDocument(input.AssumeRolePolicyDocument, 'trust', 'AssumeRolePolicyDocument');
    const path = input.Path ?? '/';
    const role: IamRole = {
      RoleName: input.RoleName,
      RoleId: uniqueId(ctx, 'AROA'),
      Arn: `arn:aws:iam::${state.accountId}:role${path}${input.RoleName}`,
      Path: path,
      CreateDate: ctx.now,
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      MaxSessionDuration: input.MaxSessionDuration ?? 3600,
      AssumeRolePolicyDocument: trust,
      attachedPolicyArns: [],
      inlinePolicies: {},
    };
    ctx.tx.set(state.iam.roles, role.RoleName, role);
    return { Role: roleOutput(state, role) };
  },
});
