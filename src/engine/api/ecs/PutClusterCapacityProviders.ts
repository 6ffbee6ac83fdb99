import { requireCluster } from '../../arns';
import { associate } from '../../capacityProviders/associate';
import { putClusterCapacityProvidersSchema } from '../../schema/capacityProviders';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { clusterOutput, type ClusterOutput } from './DescribeClusters';

export type PutClusterCapacityProvidersInput = Infer<typeof putClusterCapacityProvidersSchema>;

export interface PutClusterCapacityProvidersOutput {
  readonly cluster: ClusterOutput;
}

/**
 * ecs PutClusterCapacityProviders: replaces the cluster's capacity providers and its default strategy with the
 * ones given (an empty list removes them all). A provider still in use is not removed (ResourceInUseException).
 */
export const PutClusterCapacityProviders = defineOperation<
  PutClusterCapacityProvidersInput,
  PutClusterCapacityProvidersOutput
>({
  schema: putClusterCapacityProvidersSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const next = associate(ctx, cluster, input.capacityProviders, input.defaultCapacityProviderStrategy);
    return { cluster: clusterOutput(ctx.state, next, ['SETTINGS', 'TAGS']) };
  },
});
