import { requireRole, roleOutput, type RoleOutput } from '../../iam/roleStore';
import { roleNameSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type GetRoleInput = Infer<typeof roleNameSchema>;

/** iam GetRole: the role with its trust policy (its permissions: ListAttachedRolePolicies, ListRolePolicies). */
export const GetRole = defineOperation<GetRoleInput, { Role: RoleOutput & { RoleLastUsed: object } }>({
  schema: roleNameSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    return { Role: { ...roleOutput(ctx.state, requireRole(ctx.state, input.RoleName)), RoleLastUsed: {} } };
  },
});
