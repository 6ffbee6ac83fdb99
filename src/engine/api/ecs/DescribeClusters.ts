import { arnName } from '../../../lib/arn';
import { clusterArn } from '../../arns';
import type { Cluster } from '../../model/ecs';
import { describeClustersSchema } from '../../schema/clusters';
import type { SimState } from '../../state';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ClusterInclude = 'ATTACHMENTS' | 'CONFIGURATIONS' | 'SETTINGS' | 'STATISTICS' | 'TAGS';

export type DescribeClustersInput = Infer<typeof describeClustersSchema>;

export interface ClusterOutput {
  readonly clusterArn: string;
  readonly clusterName: string;
  readonly status: string;
  readonly registeredContainerInstancesCount: number;
  readonly runningTasksCount: number;
  readonly pendingTasksCount: number;
  readonly activeServicesCount: number;
  readonly statistics: Array<{ name: string; value: string }>;
  readonly tags: Array<{ key: string; value: string }>;
  readonly settings?: Array<{ name: string; value: string }>;
  readonly capacityProviders: string[];
  readonly defaultCapacityProviderStrategy: Array<{
    capacityProvider: string;
    weight?: number;
    base?: number;
  }>;
}

export interface DescribeClustersOutput {
  readonly clusters: ClusterOutput[];
  readonly failures: Array<{ arn: string; reason: string }>;
}

function taskCounts(state: SimState, arn: string) {
  const counts = { runningEC2: 0, runningFargate: 0, pendingEC2: 0, pendingFargate: 0 };
  for (const task of Object.values(state.ecs.tasks)) {
    if (task.clusterArn !== arn) continue;
    const fargate = task.launchType === 'FARGATE';
    if (task.lastStatus === 'RUNNING') counts[fargate ? 'runningFargate' : 'runningEC2']++;
    else if (task.lastStatus === 'PROVISIONING' || task.lastStatus === 'PENDING') {
      counts[fargate ? 'pendingFargate' : 'pendingEC2']++;
    }
  }
  return counts;
}

/**
 * The AWS `Cluster` shape with its live counts. Container instances count while ACTIVE or DRAINING.
 * TODO(services): activeServicesCount stays 0 until services exist in the state.
 */
export function clusterOutput(
  state: SimState,
  cluster: Cluster,
  include: ReadonlyArray<ClusterInclude>,
): ClusterOutput {
  const tasks = taskCounts(state, cluster.clusterArn);
  const instances = Object.values(state.ecs.containerInstances).filter(
    (ci) => ci.clusterArn === cluster.clusterArn && (ci.status === 'ACTIVE' || ci.status === 'DRAINING'),
  ).length;
  const statistics = [
    ['runningEC2TasksCount', tasks.runningEC2],
    ['runningFargateTasksCount', tasks.runningFargate],
    ['pendingEC2TasksCount', tasks.pendingEC2],
    ['pendingFargateTasksCount', tasks.pendingFargate],
    ['activeEC2ServiceCount', 0],
    ['activeFargateServiceCount', 0],
    ['drainingEC2ServiceCount', 0],
    ['drainingFargateServiceCount', 0],
  ].map(([name, value]) => ({ name: String(name), value: String(value) }));
  return {
    clusterArn: cluster.clusterArn,
    clusterName: cluster.clusterName,
    status: cluster.status,
    registeredContainerInstancesCount: instances,
    runningTasksCount: tasks.runningEC2 + tasks.runningFargate,
    pendingTasksCount: tasks.pendingEC2 + tasks.pendingFargate,
    activeServicesCount: 0,
    statistics: include.includes('STATISTICS') ? statistics : [],
    tags: include.includes('TAGS') ? cluster.tags.map((t) => ({ ...t })) : [],
    ...(include.includes('SETTINGS') ? { settings: cluster.settings.map((s) => ({ ...s })) } : {}),
    capacityProviders: [...cluster.capacityProviders],
    defaultCapacityProviderStrategy: cluster.defaultCapacityProviderStrategy.map((s) => ({ ...s })),
  };
}

/**
 * Describes clusters by name or ARN (`default` when none are named). Unknown clusters come back in
 * `failures` with reason MISSING; deleted clusters are still described, with status INACTIVE.
 */
export const DescribeClusters = defineOperation<DescribeClustersInput, DescribeClustersOutput>({
  schema: describeClustersSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const refs = input.clusters && input.clusters.length > 0 ? input.clusters : ['default'];
    const include = input.include ?? [];
    const clusters: ClusterOutput[] = [];
    const failures: Array<{ arn: string; reason: string }> = [];
    for (const ref of refs) {
      const arn = clusterArn(ctx.state, ref.startsWith('arn:') ? arnName(ref) : ref);
      const cluster = ctx.state.ecs.clusters[arn];
      if (cluster) clusters.push(clusterOutput(ctx.state, cluster, include));
      else failures.push({ arn, reason: 'MISSING' });
    }
    return { clusters, failures };
  },
});
