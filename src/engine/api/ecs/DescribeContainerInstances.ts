import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DescribeContainerInstancesInput = Record<string, unknown>;
export type DescribeContainerInstancesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DescribeContainerInstances = defineOperation<
  DescribeContainerInstancesInput,
  DescribeContainerInstancesOutput
>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs DescribeContainerInstances is not simulated yet.');
  },
});
