import { AwsError } from '../../errors';
import { evaluate, type NamedPolicy } from '../../iam/evaluate';
import { managedPolicy } from '../../iam/managedPolicies';
import { parsePolicyDocument } from '../../iam/policyDocument';
import { roleByArn, rolePolicies } from '../../iam/roles';
import { page } from '../../iam/roleStore';
import { simulatePrincipalPolicySchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type SimulatePrincipalPolicyInput = Infer<typeof simulatePrincipalPolicySchema>;

type EvalDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

interface EvaluationResult {
  readonly EvalActionName: string;
  readonly EvalResourceName: string;
  readonly EvalDecision: EvalDecision;
  readonly MatchedStatements: ReadonlyArray<{ SourcePolicyId: string; SourcePolicyType: string }>;
  readonly MissingContextValues: string[];
}

const DECISION: Record<string, EvalDecision> = {
  allowed: 'allowed',
  'explicit-deny': 'explicitDeny',
  'implicit-deny': 'implicitDeny',
};

/**
 * iam SimulatePrincipalPolicy: would this role be allowed these actions on these resources? Evaluates the
 * role's identity policies (and any in PolicyInputList) for every action × resource (default resource `*`)
 * with the given context keys, as the sandbox evaluates its own calls (iam/evaluate.ts). Only roles can be
 * simulated here (the sandbox has no users or groups).
 */
export const SimulatePrincipalPolicy = defineOperation<
  SimulatePrincipalPolicyInput,
  { EvaluationResults: EvaluationResult[]; IsTruncated: boolean; Marker?: string }
>({
  schema: simulatePrincipalPolicySchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const role = roleByArn(ctx.state, input.PolicySourceArn);
    if (!role) {
      const name = input.PolicySourceArn.slice(input.PolicySourceArn.lastIndexOf('/') + 1);
      if (!/^arn:aws:iam::\d{12}:role\//.test(input.PolicySourceArn))
        throw new AwsError(
          'InvalidInput',
          `Invalid ARN: ${input.PolicySourceArn}. The sandbox simulates roles only (arn:aws:iam::${ctx.state.accountId}:role/NAME).`,
          'PolicySourceArn',
        );
      throw new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`, 'PolicySourceArn');
    }
    const extra: NamedPolicy[] = (input.PolicyInputList ?? []).map((text, i) => ({
      id: `PolicyInputList.${i + 1}`,
      document: parsePolicyDocument(text, 'identity', `PolicyInputList[${i}]`),
    }));
    const policies = [...rolePolicies(ctx.state, role.RoleName), ...extra];
    const context: Record<string, ReadonlyArray<string>> = {};
    for (const entry of input.ContextEntries ?? [])
      if (entry.ContextKeyName !== undefined) context[entry.ContextKeyName] = entry.ContextKeyValues ?? [];
    const resources = input.ResourceArns && input.ResourceArns.length > 0 ? input.ResourceArns : ['*'];
    const results: EvaluationResult[] = [];
    for (const action of input.ActionNames) {
      for (const resource of resources) {
        const { decision, statement } = evaluate(policies, { action, resource, context });
        const source = statement?.policy;
        results.push({
          EvalActionName: action,
          EvalResourceName: resource,
          EvalDecision: DECISION[decision]!,
          MatchedStatements:
            source === undefined
              ? []
              : [
                  source.startsWith('inline:')
                    ? { SourcePolicyId: source.slice('inline:'.length), SourcePolicyType: 'role' }
                    : source.startsWith('PolicyInputList.')
                      ? { SourcePolicyId: source, SourcePolicyType: 'none' }
                      : {
                          SourcePolicyId: managedPolicy(source)?.PolicyName ?? source,
                          SourcePolicyType: 'aws-managed',
                        },
                ],
          MissingContextValues: [],
        });
      }
    }
    const { items, ...rest } = page(results, input);
    return { EvaluationResults: items, ...rest };
  },
});
