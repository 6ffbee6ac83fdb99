import { AwsError } from '../../errors';
import { requireInstanceProfile, requireRole } from '../../iam/roleStore';
import { instanceProfileRoleSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type RemoveRoleFromInstanceProfileInput = Infer<typeof instanceProfileRoleSchema>;

/** iam RemoveRoleFromInstanceProfile: empties the profile. Instances launched with it lose the role's credentials. */
export const RemoveRoleFromInstanceProfile = defineOperation<
  RemoveRoleFromInstanceProfileInput,
  Record<string, never>
>({
  schema: instanceProfileRoleSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const profile = requireInstanceProfile(ctx.state, input.InstanceProfileName);
    const role = requireRole(ctx.state, input.RoleName);
    if (profile.roleName !== role.RoleName)
      throw new AwsError(
        'NoSuchEntity',
        `The role with name ${role.RoleName} cannot be found in instance profile ${profile.InstanceProfileName}.`,
        'RoleName',
      );
    const { roleName: _removed, ...rest } = profile;
    ctx.tx.set(ctx.state.iam.instanceProfiles, profile.InstanceProfileName, rest);
    return {};
  },
});
