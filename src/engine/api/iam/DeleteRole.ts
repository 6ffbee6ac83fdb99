import { AwsError } from '../../errors';
import { requireRole } from '../../iam/roleStore';
import { roleNameSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteRoleInput = Infer<typeof roleNameSchema>;

/**
 * iam DeleteRole. As in IAM, the role must first be empty: no attached managed policy, no inline policy, in
 * no instance profile. Tasks and instances already using it keep their credentials until they expire; the
 * sandbox's later calls with it are denied.
 */
export const DeleteRole = defineOperation<DeleteRoleInput, Record<string, never>>({
  schema: roleNameSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    if (role.attachedPolicyArns.length > 0)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must detach all policies first.',
        'RoleName',
      );
    if (Object.keys(role.inlinePolicies).length > 0)
      throw new AwsError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 'RoleName');
    if (Object.values(ctx.state.iam.instanceProfiles).some((p) => p.roleName === role.RoleName))
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must remove roles from instance profile first.',
        'RoleName',
      );
    ctx.tx.remove(ctx.state.iam.roles, role.RoleName);
    return {};
  },
});
