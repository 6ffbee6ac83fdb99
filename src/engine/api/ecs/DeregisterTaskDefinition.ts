import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DeregisterTaskDefinitionInput = Record<string, unknown>;
export type DeregisterTaskDefinitionOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DeregisterTaskDefinition = defineOperation<
  DeregisterTaskDefinitionInput,
  DeregisterTaskDefinitionOutput
>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs DeregisterTaskDefinition is not simulated yet.');
  },
});
