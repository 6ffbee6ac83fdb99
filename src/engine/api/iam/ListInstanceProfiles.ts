import { instanceProfileOutput, page, type InstanceProfileOutput } from '../../iam/roleStore';
import { listInstanceProfilesSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListInstanceProfilesInput = Infer<typeof listInstanceProfilesSchema>;

/** iam ListInstanceProfiles: the account's instance profiles in name order, each with its role. */
export const ListInstanceProfiles = defineOperation<
  ListInstanceProfilesInput,
  { InstanceProfiles: InstanceProfileOutput[]; IsTruncated: boolean; Marker?: string }
>({
  schema: listInstanceProfilesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const profiles = Object.values(ctx.state.iam.instanceProfiles)
      .filter((p) => (p.Path ?? '/').startsWith(input.PathPrefix ?? '/'))
      .sort((a, b) => (a.InstanceProfileName < b.InstanceProfileName ? -1 : 1));
    const { items, ...rest } = page(profiles, input);
    return { InstanceProfiles: items.map((p) => instanceProfileOutput(ctx.state, p)), ...rest };
  },
});
