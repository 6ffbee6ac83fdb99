import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DeleteTaskDefinitionsInput = Record<string, unknown>;
export type DeleteTaskDefinitionsOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DeleteTaskDefinitions = defineOperation<DeleteTaskDefinitionsInput, DeleteTaskDefinitionsOutput>(
  {
    schema: { type: 'object' },
    schemaError: 'InvalidParameterException',
    handle: () => {
      throw new AwsError('UnknownOperationException', 'ecs DeleteTaskDefinitions is not simulated yet.');
    },
  },
);
