import { checkActions } from '../../elbv2/actions';
import { checkConditions } from '../../elbv2/conditions';
import { findRule, ruleOutput, setActions, type RuleOutput } from '../../elbv2/listenerRules';
import { AwsError } from '../../errors';
import { modifyRuleSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { requireRule } from './ruleLookup';

export type ModifyRuleInput = Infer<typeof modifyRuleSchema>;

export interface ModifyRuleOutput {
  readonly Rules: RuleOutput[];
}

/**
 * Replaces a rule's conditions and/or actions (what is not given stays). A default rule has no conditions; its
 * actions are its listener's default actions, which this changes too.
 */
export const ModifyRule = defineOperation<ModifyRuleInput, ModifyRuleOutput>({
  schema: modifyRuleSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const ref = requireRule(ctx.state, input.RuleArn);
    const lb = ctx.state.elbv2.loadBalancers[ref.listener.LoadBalancerArn]!;
    if (input.Conditions !== undefined) {
      if (!ref.rule) {
        throw new AwsError(
          'OperationNotPermitted',
          'A default rule has no conditions: it takes the requests no other rule matches.',
          'Conditions',
        );
      }
      checkConditions(input.Conditions);
      ctx.tx.set(ctx.state.elbv2.rules, ref.arn, { ...ref.rule, Conditions: input.Conditions });
    }
    if (input.Actions !== undefined) {
      checkActions(ctx, lb, input.Actions, 'Actions');
      setActions(ctx, findRule(ctx.state, ref.arn)!, input.Actions);
    }
    return { Rules: [ruleOutput(findRule(ctx.state, ref.arn)!)] };
  },
});
