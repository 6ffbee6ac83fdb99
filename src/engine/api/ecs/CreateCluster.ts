import { clusterArn } from '../../arns';
import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import { checkAssociation } from '../../capacityProviders/associate';
import { laterHooks } from '../../laterHooks';
import { effectiveSetting } from '../../network/accountSettings';
import { startMinuteClock } from '../../scaling/minute';
import type { Cluster } from '../../model/ecs';
import { createClusterSchema } from '../../schema/clusters';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { clusterOutput, type ClusterOutput } from './DescribeClusters';

export type CreateClusterInput = Infer<typeof createClusterSchema>;

export interface CreateClusterOutput {
  readonly cluster: ClusterOutput;
}

/** ECS quota: clusters per Region. */
export const MAX_CLUSTERS = 10000;

/**
 * Stores a new ACTIVE cluster named `name` (replacing an INACTIVE one of that name) and emits ClusterCreated.
 * Shared by CreateCluster and by the ECS agent, which creates `default` when no ECS_CLUSTER is set.
 */
export function putCluster(
  ctx: EngineContext,
  name: string,
  input: Omit<CreateClusterInput, 'clusterName'>,
): Cluster {
  const arn = clusterArn(ctx.state, name);
  const cluster: Cluster = {
    clusterArn: arn,
    clusterName: name,
    status: 'ACTIVE',
    createdAt: ctx.now,
    // without settings, the account's containerInsights setting decides (it is off unless the account opted in)
    settings: input.settings ?? [
      { name: 'containerInsights', value: effectiveSetting(ctx.state, 'containerInsights') },
    ],
    tags: (input.tags ?? []).map((t) => ({ key: t.key, value: t.value ?? '' })),
    capacityProviders: input.capacityProviders ?? [],
    defaultCapacityProviderStrategy: input.defaultCapacityProviderStrategy ?? [],
  };
  ctx.tx.set(ctx.state.ecs.clusters, arn, cluster);
  ctx.emit({ type: 'ClusterCreated', at: ctx.now, clusterArn: arn });
  return cluster;
}

/** The cluster about to be created, for checking its providers before it is stored. */
const provisional = (ctx: EngineContext, name: string): Cluster => ({
  clusterArn: clusterArn(ctx.state, name),
  clusterName: name,
  status: 'ACTIVE',
  createdAt: ctx.now,
  settings: [],
  tags: [],
  capacityProviders: [],
  defaultCapacityProviderStrategy: [],
});

/**
 * Creates a cluster. Idempotent like ECS: asking for a cluster that is already ACTIVE returns it unchanged.
 * Rejects unknown capacity providers, a strategy naming providers the cluster does not have or breaking the
 * strategy rules (capacityProviders/associate.ts), and an 10,001st cluster.
 */
export const CreateCluster = defineOperation<CreateClusterInput, CreateClusterOutput>({
  schema: createClusterSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const name = input.clusterName ?? 'default';
    const existing = ctx.state.ecs.clusters[clusterArn(ctx.state, name)];
    if (existing?.status === 'ACTIVE')
      return { cluster: clusterOutput(ctx.state, existing, ['SETTINGS', 'TAGS']) };
    checkAssociation(
      ctx.state,
      { ...provisional(ctx, name), capacityProviders: input.capacityProviders ?? [] },
      input.capacityProviders ?? [],
      input.defaultCapacityProviderStrategy ?? [],
    );
    const active = Object.values(ctx.state.ecs.clusters).filter((c) => c.status === 'ACTIVE').length;
    if (active >= MAX_CLUSTERS) {
      throw new AwsError(
        'LimitExceededException',
        `This account already has ${MAX_CLUSTERS} clusters, the most ECS allows in a Region. Delete one first.`,
      );
    }
    const { clusterName: _name, ...rest } = input;
    const cluster = putCluster(ctx, name, rest);
    for (const cp of cluster.capacityProviders) {
      const provider = ctx.state.ecs.capacityProviders[cp];
      if (provider) laterHooks.syncManagedScaling(ctx, provider);
    }
    if (cluster.capacityProviders.some((cp) => ctx.state.ecs.capacityProviders[cp])) startMinuteClock(ctx);
    return { cluster: clusterOutput(ctx.state, cluster, ['SETTINGS', 'TAGS']) };
  },
});
