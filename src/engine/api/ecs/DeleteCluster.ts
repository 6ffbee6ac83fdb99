import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DeleteClusterInput = Record<string, unknown>;
export type DeleteClusterOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DeleteCluster = defineOperation<DeleteClusterInput, DeleteClusterOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs DeleteCluster is not simulated yet.');
  },
});
