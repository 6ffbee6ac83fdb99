import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type StopTaskInput = Record<string, unknown>;
export type StopTaskOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const StopTask = defineOperation<StopTaskInput, StopTaskOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs StopTask is not simulated yet.');
  },
});
