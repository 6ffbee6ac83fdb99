import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type UpdateContainerInstancesStateInput = Record<string, unknown>;
export type UpdateContainerInstancesStateOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const UpdateContainerInstancesState = defineOperation<
  UpdateContainerInstancesStateInput,
  UpdateContainerInstancesStateOutput
>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError(
      'UnknownOperationException',
      'ecs UpdateContainerInstancesState is not simulated yet.',
    );
  },
});
