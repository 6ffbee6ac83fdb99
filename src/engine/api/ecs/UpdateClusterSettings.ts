import { requireCluster } from '../../arns';
import { updateClusterSettingsSchema } from '../../schema/clusters';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { clusterOutput, type ClusterOutput } from './DescribeClusters';

export type UpdateClusterSettingsInput = Infer<typeof updateClusterSettingsSchema>;

export interface UpdateClusterSettingsOutput {
  readonly cluster: ClusterOutput;
}

/**
 * Changes a cluster's settings (Container Insights, the only one): a setting given replaces the cluster's value
 * of it. The sandbox records the setting; it does not simulate the Container Insights metrics it turns on.
 */
export const UpdateClusterSettings = defineOperation<UpdateClusterSettingsInput, UpdateClusterSettingsOutput>(
  {
    schema: updateClusterSettingsSchema,
    schemaError: 'InvalidParameterException',
    handle(ctx, input) {
      const cluster = requireCluster(ctx.state, input.cluster);
      const given = new Set<string>(input.settings.map((s) => s.name));
      const updated = {
        ...cluster,
        settings: [...cluster.settings.filter((s) => !given.has(s.name)), ...input.settings],
      };
      ctx.tx.set(ctx.state.ecs.clusters, cluster.clusterArn, updated);
      return { cluster: clusterOutput(ctx.state, updated, ['SETTINGS']) };
    },
  },
);
