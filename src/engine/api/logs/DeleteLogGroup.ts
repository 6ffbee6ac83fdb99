import { deleteLogGroupSchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { namedGroup } from './target';

export type DeleteLogGroupInput = Infer<typeof deleteLogGroupSchema>;

/**
 * logs DeleteLogGroup: the group and every stream and event in it go. Tasks that still write to it lose their
 * lines from then on (the awslogs driver's PutLogEvents fails), as in AWS.
 */
export const DeleteLogGroup = defineOperation<DeleteLogGroupInput, Record<string, never>>({
  schema: deleteLogGroupSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    namedGroup(ctx.state, input.logGroupName);
    ctx.tx.remove(ctx.state.logs.groups, input.logGroupName);
    return {};
  },
});
