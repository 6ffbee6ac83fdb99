import { invalidParameter } from '../errors';
import { FARGATE_PROVIDERS, type CapacityProvider } from '../model/capacityProvider';
import type { Cluster } from '../model/ecs';
import type { SimState } from '../state';
import { checkStrategyShape, type ProviderKind, type StrategyItem } from './strategy';

type Where = Pick<SimState, 'region' | 'accountId'>;

export const capacityProviderArn = (s: Where, name: string): string =>
  `arn:aws:ecs:${s.region}:${s.accountId}:capacity-provider/${name}`;

export const isFargateProvider = (name: string): boolean =>
  (FARGATE_PROVIDERS as ReadonlyArray<string>).includes(name);

/** The Auto Scaling group provider of that name, when it exists and is not deleted. */
export function groupProvider(state: SimState, name: string): CapacityProvider | undefined {
  const cp = state.ecs.capacityProviders[name];
  return cp && cp.status === 'ACTIVE' ? cp : undefined;
}

export const kindOf = (name: string): ProviderKind => (isFargateProvider(name) ? 'FARGATE' : 'ASG');

/** AWS's wording for a strategy naming a provider the cluster does not have (CreateCluster, RunTask, services). */
export const notAssociated = (name: string, cluster: Cluster, field: string) =>
  invalidParameter(
    'The specified capacity provider strategy cannot contain a capacity provider that is not associated with ' +
      `the cluster. '${name}' is not in capacityProviders of cluster ${cluster.clusterName} ` +
      `(${cluster.capacityProviders.join(', ') || 'it has none'}): associate it with PutClusterCapacityProviders ` +
      'or use another provider.',
    field,
  );

/**
 * Checks a strategy for use on `cluster` (ecs-reference §8.1, §8.2): its shape (`checkStrategyShape`), and every
 * provider associated with the cluster and, for an Auto Scaling group provider, existing and ACTIVE.
 */
export function checkStrategy(
  state: SimState,
  cluster: Cluster,
  items: ReadonlyArray<StrategyItem>,
  field: string,
): ProviderKind {
  items.forEach((item, i) => {
    const name = item.capacityProvider;
    if (!cluster.capacityProviders.includes(name))
      throw notAssociated(name, cluster, `${field}[${i}].capacityProvider`);
    if (!isFargateProvider(name) && !groupProvider(state, name)) {
      throw invalidParameter(
        `The capacity provider '${name}' is not ACTIVE: it was deleted, so no task can be launched through it. ` +
          'Remove it from the strategy.',
        `${field}[${i}].capacityProvider`,
      );
    }
  });
  checkStrategyShape(items, kindOf, field);
  return kindOf(items[0]!.capacityProvider);
}

/** How a launch gets its capacity: a launch type, or a capacity provider strategy of one kind. */
export type LaunchChoice =
  | { readonly kind: 'launchType'; readonly launchType: 'EC2' | 'FARGATE' }
  | {
      readonly kind: 'strategy';
      readonly providers: ProviderKind;
      readonly items: ReadonlyArray<StrategyItem>;
    };

/**
 * What RunTask, CreateService and UpdateService launch with (ecs-reference §8.1): a launch type or a strategy,
 * never both; the request's strategy, else its launch type, else the cluster's default strategy, else EC2.
 * A launch through Fargate providers runs on FARGATE, one through Auto Scaling group providers on EC2.
 */
export function chooseLaunch(
  state: SimState,
  cluster: Cluster,
  launchType: 'EC2' | 'FARGATE' | undefined,
  strategy: ReadonlyArray<StrategyItem> | undefined,
): LaunchChoice {
  if (launchType !== undefined && strategy?.length) {
    throw invalidParameter(
      'Specifying both a launchType and capacityProviderStrategy is not supported. Remove one of them.',
      'capacityProviderStrategy',
    );
  }
  if (strategy?.length) {
    const providers = checkStrategy(state, cluster, strategy, 'capacityProviderStrategy');
    return { kind: 'strategy', providers, items: strategy };
  }
  if (launchType !== undefined) return { kind: 'launchType', launchType };
  const fallback = cluster.defaultCapacityProviderStrategy;
  if (fallback.length) {
    const providers = checkStrategy(state, cluster, fallback, 'defaultCapacityProviderStrategy');
    return { kind: 'strategy', providers, items: fallback };
  }
  return { kind: 'launchType', launchType: 'EC2' };
}

/** The launch type tasks of a choice run with. */
export const launchTypeOf = (choice: LaunchChoice): 'EC2' | 'FARGATE' =>
  choice.kind === 'launchType' ? choice.launchType : choice.providers === 'FARGATE' ? 'FARGATE' : 'EC2';
