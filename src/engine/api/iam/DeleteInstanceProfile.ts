import { AwsError } from '../../errors';
import { requireInstanceProfile } from '../../iam/roleStore';
import { instanceProfileNameSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteInstanceProfileInput = Infer<typeof instanceProfileNameSchema>;

/** iam DeleteInstanceProfile: the profile must hold no role. Running instances keep the credentials they have. */
export const DeleteInstanceProfile = defineOperation<DeleteInstanceProfileInput, Record<string, never>>({
  schema: instanceProfileNameSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const profile = requireInstanceProfile(ctx.state, input.InstanceProfileName);
    if (profile.roleName !== undefined)
      throw new AwsError(
        'DeleteConflict',
        'Cannot delete entity, must remove roles from instance profile first.',
        'InstanceProfileName',
      );
    ctx.tx.remove(ctx.state.iam.instanceProfiles, profile.InstanceProfileName);
    return {};
  },
});
