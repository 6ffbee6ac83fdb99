import { deleteRetentionPolicySchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { namedGroup } from './target';

export type DeleteRetentionPolicyInput = Infer<typeof deleteRetentionPolicySchema>;

/** logs DeleteRetentionPolicy: the group keeps its events for ever again. */
export const DeleteRetentionPolicy = defineOperation<DeleteRetentionPolicyInput, Record<string, never>>({
  schema: deleteRetentionPolicySchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const group = namedGroup(ctx.state, input.logGroupName);
    const { retentionInDays: _dropped, ...rest } = group;
    ctx.tx.set(ctx.state.logs.groups, group.logGroupName, rest);
    return {};
  },
});
