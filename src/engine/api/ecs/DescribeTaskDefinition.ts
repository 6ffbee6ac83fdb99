import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DescribeTaskDefinitionInput = Record<string, unknown>;
export type DescribeTaskDefinitionOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DescribeTaskDefinition = defineOperation<
  DescribeTaskDefinitionInput,
  DescribeTaskDefinitionOutput
>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs DescribeTaskDefinition is not simulated yet.');
  },
});
