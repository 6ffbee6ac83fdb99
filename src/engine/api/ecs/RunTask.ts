import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type RunTaskInput = Record<string, unknown>;
export type RunTaskOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const RunTask = defineOperation<RunTaskInput, RunTaskOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs RunTask is not simulated yet.');
  },
});
