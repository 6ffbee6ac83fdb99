import { AwsError } from '../../errors';
import { deleteRuleSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { requireRule } from './ruleLookup';

export type DeleteRuleInput = Infer<typeof deleteRuleSchema>;

/** Deletes a rule; its requests fall to the next rule by priority, or the default rule, which cannot be deleted. */
export const DeleteRule = defineOperation<DeleteRuleInput, Record<string, never>>({
  schema: deleteRuleSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const ref = requireRule(ctx.state, input.RuleArn);
    if (!ref.rule) {
      throw new AwsError(
        'OperationNotPermitted',
        'A listener’s default rule cannot be deleted (delete the listener, or change its actions with ModifyRule).',
        'RuleArn',
      );
    }
    ctx.tx.remove(ctx.state.elbv2.rules, ref.arn);
    return {};
  },
});
