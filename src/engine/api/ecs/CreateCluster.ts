import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type CreateClusterInput = Record<string, unknown>;
export type CreateClusterOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const CreateCluster = defineOperation<CreateClusterInput, CreateClusterOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs CreateCluster is not simulated yet.');
  },
});
