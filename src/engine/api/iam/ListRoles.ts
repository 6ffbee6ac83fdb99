import { page, roleOutput, type RoleOutput } from '../../iam/roleStore';
import { listRolesSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListRolesInput = Infer<typeof listRolesSchema>;

/** iam ListRoles: the account's roles in name order, optionally under a path prefix. */
export const ListRoles = defineOperation<
  ListRolesInput,
  { Roles: RoleOutput[]; IsTruncated: boolean; Marker?: string }
>({
  schema: listRolesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const roles = Object.values(ctx.state.iam.roles)
      .filter((r) => r.Path.startsWith(input.PathPrefix ?? '/'))
      .sort((a, b) => (a.RoleName.toLowerCase() < b.RoleName.toLowerCase() ? -1 : 1));
    const { items, ...rest } = page(roles, input);
    return { Roles: items.map((r) => roleOutput(ctx.state, r)), ...rest };
  },
});
