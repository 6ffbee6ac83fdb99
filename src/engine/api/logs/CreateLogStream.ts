import { AwsError } from '../../errors';
import { newLogStream, putLogStream } from '../../logs/streams';
import { createLogStreamSchema } from '../../schema/logs';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { namedGroup } from './target';

export type CreateLogStreamInput = Infer<typeof createLogStreamSchema>;

/** logs CreateLogStream: a new, empty stream in the group (what the awslogs driver does at a container's start). */
export const CreateLogStream = defineOperation<CreateLogStreamInput, Record<string, never>>({
  schema: createLogStreamSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const group = namedGroup(ctx.state, input.logGroupName);
    if (Object.prototype.hasOwnProperty.call(group.streams, input.logStreamName))
      throw new AwsError(
        'ResourceAlreadyExistsException',
        'The specified log stream already exists',
        'logStreamName',
      );
    putLogStream(ctx, group, newLogStream(ctx, input.logStreamName));
    return {};
  },
});
