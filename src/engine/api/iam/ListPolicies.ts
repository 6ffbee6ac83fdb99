import { MANAGED_POLICIES } from '../../iam/managedPolicies';
import { page } from '../../iam/roleStore';
import { listPoliciesSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { policyOutput, type PolicyOutput } from './policyOutput';

export type ListPoliciesInput = Infer<typeof listPoliciesSchema>;

/**
 * iam ListPolicies: the managed policies. The sandbox knows a catalog of AWS managed ones (those ECS tasks and
 * instances commonly use) and no customer managed ones, so `--scope Local` lists nothing.
 */
export const ListPolicies = defineOperation<
  ListPoliciesInput,
  { Policies: PolicyOutput[]; IsTruncated: boolean; Marker?: string }
>({
  schema: listPoliciesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const scope = input.Scope ?? 'All';
    const all = scope === 'Local' ? [] : Object.values(MANAGED_POLICIES);
    const policies = all
      .map((p) => policyOutput(ctx.state, p, false))
      .filter(
        (p) =>
          p.Path.startsWith(input.PathPrefix ?? '/') &&
          (!input.OnlyAttached || p.AttachmentCount > 0) &&
          input.PolicyUsageFilter !== 'PermissionsBoundary',
      )
      .sort((a, b) => (a.PolicyName < b.PolicyName ? -1 : 1));
    const { items, ...rest } = page(policies, input);
    return { Policies: items, ...rest };
  },
});
