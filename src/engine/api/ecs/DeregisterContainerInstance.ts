import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DeregisterContainerInstanceInput = Record<string, unknown>;
export type DeregisterContainerInstanceOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DeregisterContainerInstance = defineOperation<
  DeregisterContainerInstanceInput,
  DeregisterContainerInstanceOutput
>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs DeregisterContainerInstance is not simulated yet.');
  },
});
