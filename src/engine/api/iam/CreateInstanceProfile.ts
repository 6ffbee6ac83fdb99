import { AwsError } from '../../errors';
import {
  INSTANCE_PROFILES_PER_ACCOUNT,
  instanceProfileOutput,
  uniqueId,
  type InstanceProfileOutput,
} from '../../iam/roleStore';
import type { InstanceProfile } from '../../model/iam';
import { createInstanceProfileSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateInstanceProfileInput = Infer<typeof createInstanceProfileSchema>;

/**
 * iam CreateInstanceProfile: an empty instance profile, the container EC2 launches with (RunInstances
 * IamInstanceProfile) to hand a role's credentials to the instance. Add the role with AddRoleToInstanceProfile.
 */
export const CreateInstanceProfile = defineOperation<
  CreateInstanceProfileInput,
  { InstanceProfile: InstanceProfileOutput }
>({
  schema: createInstanceProfileSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const { state } = ctx;
    const name = input.InstanceProfileName;
    if (Object.keys(state.iam.instanceProfiles).some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new AwsError(
        'EntityAlreadyExists',
        `Instance Profile ${name} already exists.`,
        'InstanceProfileName',
      );
    if (Object.keys(state.iam.instanceProfiles).length >= INSTANCE_PROFILES_PER_ACCOUNT)
      throw new AwsError(
        'LimitExceeded',
        `Cannot exceed quota for InstanceProfilesPerAccount: ${INSTANCE_PROFILES_PER_ACCOUNT}`,
      );
    const path = input.Path ?? '/';
    const profile: InstanceProfile = {
      InstanceProfileName: name,
      InstanceProfileId: uniqueId(ctx, 'AIPA'),
      Arn: `arn:aws:iam::${state.accountId}:instance-profile${path}${name}`,
      Path: path,
      CreateDate: ctx.now,
    };
    ctx.tx.set(state.iam.instanceProfiles, name, profile);
    return { InstanceProfile: instanceProfileOutput(state, profile) };
  },
});
