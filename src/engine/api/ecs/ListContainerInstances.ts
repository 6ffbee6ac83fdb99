import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type ListContainerInstancesInput = Record<string, unknown>;
export type ListContainerInstancesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const ListContainerInstances = defineOperation<
  ListContainerInstancesInput,
  ListContainerInstancesOutput
>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs ListContainerInstances is not simulated yet.');
  },
});
