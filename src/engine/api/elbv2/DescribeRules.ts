import { listenerRuleRefs, ruleOutput, type RuleOutput } from '../../elbv2/listenerRules';
import { requireListener } from '../../elbv2/lookup';
import { checkExclusive } from '../../elbv2/rules';
import { AwsError } from '../../errors';
import { describeRulesSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { requireRule } from './ruleLookup';

export type DescribeRulesInput = Infer<typeof describeRulesSchema>;

export interface DescribeRulesOutput {
  readonly Rules: RuleOutput[];
}

/** Describes a listener's rules (by priority, the default rule last), or the rules named by ARN. */
export const DescribeRules = defineOperation<DescribeRulesInput, DescribeRulesOutput>({
  schema: describeRulesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    checkExclusive(input, ['ListenerArn', 'RuleArns']);
    if (input.RuleArns) {
      return { Rules: input.RuleArns.map((arn) => ruleOutput(requireRule(ctx.state, arn, 'RuleArns'))) };
    }
    if (!input.ListenerArn) {
      throw new AwsError('ValidationError', 'Give ListenerArn or RuleArns to say which rules to describe.');
    }
    const listener = requireListener(ctx.state, input.ListenerArn);
    return { Rules: listenerRuleRefs(ctx.state, listener.ListenerArn).map(ruleOutput) };
  },
});
