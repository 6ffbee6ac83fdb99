import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DescribeSubnetsInput = Record<string, unknown>;
export type DescribeSubnetsOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DescribeSubnets = defineOperation<DescribeSubnetsInput, DescribeSubnetsOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterValue',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ec2 DescribeSubnets is not simulated yet.');
  },
});
