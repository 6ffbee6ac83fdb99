import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type StartTaskInput = Record<string, unknown>;
export type StartTaskOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const StartTask = defineOperation<StartTaskInput, StartTaskOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs StartTask is not simulated yet.');
  },
});
