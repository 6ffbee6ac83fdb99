import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DescribeTasksInput = Record<string, unknown>;
export type DescribeTasksOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DescribeTasks = defineOperation<DescribeTasksInput, DescribeTasksOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs DescribeTasks is not simulated yet.');
  },
});
