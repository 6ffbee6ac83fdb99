import {
  instanceProfileOutput,
  requireInstanceProfile,
  type InstanceProfileOutput,
} from '../../iam/roleStore';
import { instanceProfileNameSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type GetInstanceProfileInput = Infer<typeof instanceProfileNameSchema>;

/** iam GetInstanceProfile: the profile with the role it holds (Roles: empty or one). */
export const GetInstanceProfile = defineOperation<
  GetInstanceProfileInput,
  { InstanceProfile: InstanceProfileOutput }
>({
  schema: instanceProfileNameSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    return {
      InstanceProfile: instanceProfileOutput(
        ctx.state,
        requireInstanceProfile(ctx.state, input.InstanceProfileName),
      ),
    };
  },
});
