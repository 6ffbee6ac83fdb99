import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type TerminateInstancesInput = Record<string, unknown>;
export type TerminateInstancesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const TerminateInstances = defineOperation<TerminateInstancesInput, TerminateInstancesOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterValue',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ec2 TerminateInstances is not simulated yet.');
  },
});
