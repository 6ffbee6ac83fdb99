import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DeleteAttributesInput = Record<string, unknown>;
export type DeleteAttributesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DeleteAttributes = defineOperation<DeleteAttributesInput, DeleteAttributesOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs DeleteAttributes is not simulated yet.');
  },
});
