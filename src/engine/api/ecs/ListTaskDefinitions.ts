import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type ListTaskDefinitionsInput = Record<string, unknown>;
export type ListTaskDefinitionsOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const ListTaskDefinitions = defineOperation<ListTaskDefinitionsInput, ListTaskDefinitionsOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs ListTaskDefinitions is not simulated yet.');
  },
});
