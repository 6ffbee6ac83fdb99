import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DescribeInstancesInput = Record<string, unknown>;
export type DescribeInstancesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DescribeInstances = defineOperation<DescribeInstancesInput, DescribeInstancesOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterValue',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ec2 DescribeInstances is not simulated yet.');
  },
});
