import { AwsError } from '../../errors';
import { managedPolicy, type ManagedPolicy } from '../../iam/managedPolicies';
import { getPolicySchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { policyOutput, type PolicyOutput } from './policyOutput';

export type GetPolicyInput = Infer<typeof getPolicySchema>;

export function requirePolicy(arn: string): ManagedPolicy {
  const p = managedPolicy(arn);
  if (!p) throw new AwsError('NoSuchEntity', `Policy ${arn} was not found.`, 'PolicyArn');
  return p;
}

/** iam GetPolicy: one managed policy's description (its document: GetPolicyVersion with its DefaultVersionId). */
export const GetPolicy = defineOperation<GetPolicyInput, { Policy: PolicyOutput }>({
  schema: getPolicySchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    return { Policy: policyOutput(ctx.state, requirePolicy(input.PolicyArn), true) };
  },
});
