import { AwsError } from '../../errors';
import { defineOperation } from '../operation';

export type DescribeClustersInput = Record<string, unknown>;
export type DescribeClustersOutput = Record<string, unknown>;

/** STUB: replaced by the real handler. */
export const DescribeClusters = defineOperation<DescribeClustersInput, DescribeClustersOutput>({
  schema: { type: 'object' },
  schemaError: 'InvalidParameterException',
  handle: () => {
    throw new AwsError('UnknownOperationException', 'ecs DescribeClusters is not simulated yet.');
  },
});
