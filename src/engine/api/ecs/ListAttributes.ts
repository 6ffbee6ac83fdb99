import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type ListAttributesInput = Record<string, unknown>;
export type ListAttributesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const ListAttributes = defineOperation<ListAttributesInput, ListAttributesOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs ListAttributes is not simulated yet.');
  },
});
