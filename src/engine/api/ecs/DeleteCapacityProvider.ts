import { AwsError } from '../../errors';
import { clustersUsing } from '../../capacityProviders/groups';
import { syncManagedScaling } from '../../capacityProviders/managedScaling';
import { capacityProviderOutput, type CapacityProviderOutput } from '../../capacityProviders/output';
import type { CapacityProvider } from '../../model/capacityProvider';
import { deleteCapacityProviderSchema } from '../../schema/capacityProviders';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { requireGroupProvider } from './UpdateCapacityProvider';

export type DeleteCapacityProviderInput = Infer<typeof deleteCapacityProviderSchema>;

export interface DeleteCapacityProviderOutput {
  readonly capacityProvider: CapacityProviderOutput;
}

/**
 * ecs DeleteCapacityProvider: an Auto Scaling group provider no cluster uses becomes INACTIVE (DescribeCapacity-
 * Providers still shows it), and managed scaling's alarms go. The group itself stays. A provider still associated
 * with a cluster is refused: remove it with PutClusterCapacityProviders first.
 */
export const DeleteCapacityProvider = defineOperation<
  DeleteCapacityProviderInput,
  DeleteCapacityProviderOutput
>({
  schema: deleteCapacityProviderSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cp = requireGroupProvider(ctx.state, input.capacityProvider, 'capacityProvider');
    const cluster = clustersUsing(ctx.state, cp.name)[0];
    if (cluster) {
      throw new AwsError(
        'ResourceInUseException',
        `The specified capacity provider is in use and cannot be removed. '${cp.name}' is associated with cluster ` +
          `${cluster.clusterName}: remove it with PutClusterCapacityProviders, then delete it.`,
        'capacityProvider',
      );
    }
    const next: CapacityProvider = { ...cp, status: 'INACTIVE', updateStatus: 'DELETE_COMPLETE' };
    ctx.tx.set(ctx.state.ecs.capacityProviders, cp.name, next);
    syncManagedScaling(ctx, next);
    return { capacityProvider: capacityProviderOutput(next) };
  },
});
