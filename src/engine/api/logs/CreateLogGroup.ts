import { AwsError } from '../../errors';
import { createLogGroup, findLogGroup } from '../../logs/groups';
import { createLogGroupSchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateLogGroupInput = Infer<typeof createLogGroupSchema>;

/** logs CreateLogGroup: a new, empty group with no retention (events kept for ever, as in AWS). */
export const CreateLogGroup = defineOperation<CreateLogGroupInput, Record<string, never>>({
  schema: createLogGroupSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    if (findLogGroup(ctx.state, input.logGroupName))
      throw new AwsError(
        'ResourceAlreadyExistsException',
        'The specified log group already exists',
        'logGroupName',
      );
    createLogGroup(ctx, input.logGroupName);
    return {};
  },
});
