import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type ListTaskDefinitionFamiliesInput = Record<string, unknown>;
export type ListTaskDefinitionFamiliesOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const ListTaskDefinitionFamilies = defineOperation<
  ListTaskDefinitionFamiliesInput,
  ListTaskDefinitionFamiliesOutput
>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs ListTaskDefinitionFamilies is not simulated yet.');
  },
});
