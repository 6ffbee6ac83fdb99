import { managedPolicy } from '../../iam/managedPolicies';
import { page, requireRole } from '../../iam/roleStore';
import { listAttachedRolePoliciesSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListAttachedRolePoliciesInput = Infer<typeof listAttachedRolePoliciesSchema>;

interface AttachedPolicy {
  readonly PolicyName: string;
  readonly PolicyArn: string;
}

/** iam ListAttachedRolePolicies: the managed policies attached to the role, in the order they were attached. */
export const ListAttachedRolePolicies = defineOperation<
  ListAttachedRolePoliciesInput,
  { AttachedPolicies: AttachedPolicy[]; IsTruncated: boolean; Marker?: string }
>({
  schema: listAttachedRolePoliciesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = requireRole(ctx.state, input.RoleName);
    const attached = role.attachedPolicyArns
      .map((arn) => {
        const p = managedPolicy(arn);
        return {
          PolicyName: p?.PolicyName ?? arn.slice(arn.lastIndexOf('/') + 1),
          PolicyArn: arn,
          path: p?.Path ?? '/',
        };
      })
      .filter((p) => p.path.startsWith(input.PathPrefix ?? '/'))
      .map(({ PolicyName, PolicyArn }) => ({ PolicyName, PolicyArn }));
    const { items, ...rest } = page(attached, input);
    return { AttachedPolicies: items, ...rest };
  },
});
