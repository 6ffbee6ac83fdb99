import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type RunInstancesInput = Record<string, unknown>;
export type RunInstancesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const RunInstances = defineOperation<RunInstancesInput, RunInstancesOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterValue',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ec2 RunInstances is not simulated yet.');
  },
});
