import { checkActions } from '../../elbv2/actions';
import { checkConditions } from '../../elbv2/conditions';
import { ruleOutput, rulesOf, type RuleOutput } from '../../elbv2/listenerRules';
import { requireListener } from '../../elbv2/lookup';
import { ruleArn } from '../../elbv2/names';
import { AwsError } from '../../errors';
import type { ListenerRule } from '../../model/elbv2';
import { createRuleSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateRuleInput = Infer<typeof createRuleSchema>;

export interface CreateRuleOutput {
  readonly Rules: RuleOutput[];
}

/** An ALB listener holds at most 100 rules besides its default one (the AWS quota). */
export const RULES_PER_LISTENER = 100;

/**
 * Adds a rule to a listener: conditions, a priority no other rule of the listener has, and actions (checked as a
 * listener's default actions are). Requests that match no rule fall to the default rule.
 */
export const CreateRule = defineOperation<CreateRuleInput, CreateRuleOutput>({
  schema: createRuleSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const listener = requireListener(ctx.state, input.ListenerArn);
    const lb = ctx.state.elbv2.loadBalancers[listener.LoadBalancerArn]!;
    checkConditions(input.Conditions);
    checkActions(ctx, lb, input.Actions, 'Actions');
    const rules = rulesOf(ctx.state, listener.ListenerArn);
    if (rules.some((r) => r.Priority === input.Priority)) {
      throw new AwsError(
        'PriorityInUse',
        `Priority '${input.Priority}' is in use by another rule of this listener; priorities are unique per listener.`,
        'Priority',
      );
    }
    if (rules.length >= RULES_PER_LISTENER) {
      throw new AwsError(
        'TooManyRules',
        `The listener already has ${RULES_PER_LISTENER} rules besides its default rule, the most it can have.`,
        'ListenerArn',
      );
    }
    const rule: ListenerRule = {
      RuleArn: ruleArn(listener.ListenerArn, ctx.randomHex(16)),
      ListenerArn: listener.ListenerArn,
      Priority: input.Priority,
      Conditions: input.Conditions,
      Actions: input.Actions,
    };
    ctx.tx.set(ctx.state.elbv2.rules, rule.RuleArn, rule);
    return { Rules: [ruleOutput({ arn: rule.RuleArn, listener, rule })] };
  },
});
