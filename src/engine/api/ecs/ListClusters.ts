import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type ListClustersInput = Record<string, unknown>;
export type ListClustersOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const ListClusters = defineOperation<ListClustersInput, ListClustersOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs ListClusters is not simulated yet.');
  },
});
