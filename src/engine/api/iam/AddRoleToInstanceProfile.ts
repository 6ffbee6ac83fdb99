import { AwsError } from '../../errors';
import { requireInstanceProfile, requireRole } from '../../iam/roleStore';
import { instanceProfileRoleSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type AddRoleToInstanceProfileInput = Infer<typeof instanceProfileRoleSchema>;

/**
 * iam AddRoleToInstanceProfile: puts the role in the profile. A profile holds one role; the role's trust
 * policy must let ec2.amazonaws.com assume it for instances to get its credentials (not checked here, as IAM
 * does not check it: the agent fails later).
 */
export const AddRoleToInstanceProfile = defineOperation<AddRoleToInstanceProfileInput, Record<string, never>>(
  {
    schema: instanceProfileRoleSchema,
    schemaError: 'ValidationError',
    handle(ctx, input) {
      const profile = requireInstanceProfile(ctx.state, input.InstanceProfileName);
      const role = requireRole(ctx.state, input.RoleName);
      if (profile.roleName !== undefined)
        throw new AwsError('LimitExceeded', 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1');
      ctx.tx.set(ctx.state.iam.instanceProfiles, profile.InstanceProfileName, {
        ...profile,
        roleName: role.RoleName,
      });
      return {};
    },
  },
);
