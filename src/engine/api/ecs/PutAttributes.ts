import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type PutAttributesInput = Record<string, unknown>;
export type PutAttributesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const PutAttributes = defineOperation<PutAttributesInput, PutAttributesOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs PutAttributes is not simulated yet.');
  },
});
