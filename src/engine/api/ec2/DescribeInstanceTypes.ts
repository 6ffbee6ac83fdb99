import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DescribeInstanceTypesInput = Record<string, unknown>;
export type DescribeInstanceTypesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DescribeInstanceTypes = defineOperation<DescribeInstanceTypesInput, DescribeInstanceTypesOutput>(
  {
    schema: { type: 'object' },
    schemaError: 'InvalidParameterValue',
    handle: () => {
      throw new AwsError('UnknownOperationException', 'ec2 DescribeInstanceTypes is not simulated yet.');
    },
  },
);
