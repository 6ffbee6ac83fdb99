import type { EngineContext } from '../context';
import { AwsError, invalidParameter } from '../errors';
import type { Cluster } from '../model/ecs';
import type { SimState } from '../state';
import { startMinuteClock } from '../scaling/minute';
import { clustersUsing } from './groups';
import { laterHooks } from '../laterHooks';
import { checkStrategy, groupProvider, isFargateProvider } from './providers';
import type { StrategyItem } from './strategy';

/**
 * Checks the providers a cluster is to have and its default strategy (CreateCluster, PutClusterCapacityProviders;
 * ecs-reference §8.1): every name is FARGATE, FARGATE_SPOT or an ACTIVE Auto Scaling group provider not
 * associated with another cluster (a group provider serves one cluster); the strategy uses only those providers
 * and follows the strategy rules.
 */
export function checkAssociation(
  state: SimState,
  cluster: Cluster,
  names: ReadonlyArray<string>,
  strategy: ReadonlyArray<StrategyItem>,
): void {
  names.forEach((name, i) => {
    const field = `capacityProviders[${i}]`;
    if (names.indexOf(name) !== i) {
      throw invalidParameter(`${field}: '${name}' is listed twice. List each capacity provider once.`, field);
    }
    if (isFargateProvider(name)) return;
    if (!groupProvider(state, name)) {
      throw invalidParameter(
        `${field}: the specified capacity provider '${name}' does not exist or is not ACTIVE. Create it with ` +
          'CreateCapacityProvider first, or use FARGATE or FARGATE_SPOT.',
        field,
      );
    }
    const other = clustersUsing(state, name).find((c) => c.clusterArn !== cluster.clusterArn);
    if (other) {
      throw invalidParameter(
        `The capacity provider '${name}' is already associated with cluster ${other.clusterName}; an Auto Scaling ` +
          'group capacity provider serves one cluster. Remove it there first, or create another provider.',
        field,
      );
    }
  });
  if (strategy.length) {
    checkStrategy(
      state,
      { ...cluster, capacityProviders: names },
      strategy,
      'defaultCapacityProviderStrategy',
    );
  }
  if (names.length > 20) {
    throw invalidParameter(
      'The maximum number of capacity providers per cluster has been exceeded.',
      'capacityProviders',
    );
  }
}

/** Whether a provider is in use on a cluster: by a service's strategy or by a task that has not stopped. */
export function inUse(state: SimState, cluster: Cluster, name: string): boolean {
  const byService = Object.values(state.ecs.services).some(
    (s) =>
      s.clusterArn === cluster.clusterArn &&
      s.status !== 'INACTIVE' &&
      s.deployments.some((d) => d.capacityProviderStrategy?.some((i) => i.capacityProvider === name)),
  );
  if (byService) return true;
  return Object.values(state.ecs.tasks).some(
    (t) =>
      t.clusterArn === cluster.clusterArn && t.capacityProviderName === name && t.lastStatus !== 'STOPPED',
  );
}

/**
 * Replaces a cluster's providers and default strategy. A provider still in use cannot be removed: AWS answers
 * ResourceInUseException "The specified capacity provider is in use and cannot be removed." (reported in
 * pahud/cdk-fargate-patterns issue #71 and aws/aws-cdk issue #15366). Starts the minute clock when an Auto
 * Scaling group provider is associated (its managed scaling and waiting tasks run on it).
 */
export function associate(
  ctx: EngineContext,
  cluster: Cluster,
  names: ReadonlyArray<string>,
  strategy: ReadonlyArray<StrategyItem>,
): Cluster {
  checkAssociation(ctx.state, cluster, names, strategy);
  for (const name of cluster.capacityProviders) {
    if (names.includes(name) || !inUse(ctx.state, cluster, name)) continue;
    throw new AwsError(
      'ResourceInUseException',
      `The specified capacity provider is in use and cannot be removed. '${name}' still launches tasks for ` +
        `${cluster.clusterName} (a service's strategy, or tasks that have not stopped): move them off it first.`,
      'capacityProviders',
    );
  }
  const next: Cluster = {
    ...cluster,
    capacityProviders: [...names],
    defaultCapacityProviderStrategy: [...strategy],
  };
  ctx.tx.set(ctx.state.ecs.clusters, cluster.clusterArn, next);
  if (names.some((n) => !isFargateProvider(n))) startMinuteClock(ctx);
  for (const name of new Set([...cluster.capacityProviders, ...names])) {
    const cp = ctx.state.ecs.capacityProviders[name];
    if (cp) laterHooks.syncManagedScaling(ctx, cp);
  }
  return next;
}
