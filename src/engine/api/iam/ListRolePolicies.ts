import { page, requireRole } from '../../iam/roleStore';
import { listRolePoliciesSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListRolePoliciesInput = Infer<typeof listRolePoliciesSchema>;

/** iam ListRolePolicies: the names of the role's inline policies, in name order. */
export const ListRolePolicies = defineOperation<
  ListRolePoliciesInput,
  { PolicyNames: string[]; IsTruncated: boolean; Marker?: string }
>({
  schema: listRolePoliciesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    const { items, ...rest } = page(Object.keys(role.inlinePolicies).sort(), input);
    return { PolicyNames: items, ...rest };
  },
});
