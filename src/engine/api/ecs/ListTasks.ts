import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type ListTasksInput = Record<string, unknown>;
export type ListTasksOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const ListTasks = defineOperation<ListTasksInput, ListTasksOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs ListTasks is not simulated yet.');
  },
});
