import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type RegisterTaskDefinitionInput = Record<string, unknown>;
export type RegisterTaskDefinitionOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const RegisterTaskDefinition = defineOperation<
  RegisterTaskDefinitionInput,
  RegisterTaskDefinitionOutput
>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs RegisterTaskDefinition is not simulated yet.');
  },
});
