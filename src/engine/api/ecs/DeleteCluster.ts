import { requireCluster } from '../../arns';
import { AwsError } from '../../errors';
import { deleteClusterSchema } from '../../schema/clusters';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { clusterOutput, type ClusterOutput } from './DescribeClusters';

export type DeleteClusterInput = Infer<typeof deleteClusterSchema>;

export interface DeleteClusterOutput {
  readonly cluster: ClusterOutput;
}

/**
 * Deletes a cluster: it becomes INACTIVE (still visible to DescribeClusters). Refuses, as ECS does, while
 * container instances are ACTIVE or DRAINING in it, while it has services that are not deleted (ACTIVE or
 * DRAINING), or while tasks in it have not stopped.
 */
export const DeleteCluster = defineOperation<DeleteClusterInput, DeleteClusterOutput>({
  schema: deleteClusterSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const instances = Object.values(ctx.state.ecs.containerInstances).some(
      (ci) => ci.clusterArn === cluster.clusterArn && (ci.status === 'ACTIVE' || ci.status === 'DRAINING'),
    );
    if (instances) {
      throw new AwsError(
        'ClusterContainsContainerInstancesException',
        'The Cluster cannot be deleted while Container Instances are active or draining.',
        'cluster',
      );
    }
    const services = Object.values(ctx.state.ecs.services).some(
      (s) => s.clusterArn === cluster.clusterArn && s.status !== 'INACTIVE',
    );
    if (services) {
      throw new AwsError(
        'ClusterContainsServicesException',
        'The Cluster cannot be deleted while Services are active.',
        'cluster',
      );
    }
    const tasks = Object.values(ctx.state.ecs.tasks).some(
      (t) => t.clusterArn === cluster.clusterArn && t.lastStatus !== 'STOPPED',
    );
    if (tasks) {
      throw new AwsError(
        'ClusterContainsTasksException',
        'The Cluster cannot be deleted while Tasks are active.',
        'cluster',
      );
    }
    const deleted = { ...cluster, status: 'INACTIVE' as const };
    ctx.tx.set(ctx.state.ecs.clusters, cluster.clusterArn, deleted);
    ctx.emit({ type: 'ClusterDeleted', at: ctx.now, clusterArn: cluster.clusterArn });
    return { cluster: clusterOutput(ctx.state, deleted, ['SETTINGS', 'TAGS']) };
  },
});
