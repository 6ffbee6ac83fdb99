import { arnName } from '../lib/arn';
import { AwsError } from './errors';
import type { Cluster } from './model/ecs';
import type { ClusterArn, ContainerInstanceArn, TaskArn, TaskDefinitionArn } from './model/ids';
import type { SimState } from './state';

type Where = Pick<SimState, 'region' | 'accountId'>;

const ecsPrefix = (s: Where) => `arn:aws:ecs:${s.region}:${s.accountId}`;

export const clusterArn = (s: Where, name: string) => `${ecsPrefix(s)}:cluster/${name}` as ClusterArn;
export const taskDefinitionArn = (s: Where, family: string, revision: number) =>
  `${ecsPrefix(s)}:task-definition/${family}:${revision}` as TaskDefinitionArn;
export const taskArn = (s: Where, clusterName: string, id: string) =>
  `${ecsPrefix(s)}:task/${clusterName}/${id}` as TaskArn;
export const containerInstanceArn = (s: Where, clusterName: string, id: string) =>
  `${ecsPrefix(s)}:container-instance/${clusterName}/${id}` as ContainerInstanceArn;

/**
 * Finds a cluster by name or ARN (`default` when omitted), as every ECS operation with a `cluster` member does.
 * Throws ClusterNotFoundException when there is none or it is INACTIVE.
 */
export function requireCluster(state: SimState, ref: string | undefined): Cluster {
  const name = ref === undefined || ref === '' ? 'default' : ref.startsWith('arn:') ? arnName(ref) : ref;
  const cluster = state.ecs.clusters[clusterArn(state, name)];
  if (!cluster || cluster.status === 'INACTIVE') {
    throw new AwsError(
      'ClusterNotFoundException',
      `Cluster not found: '${name}'. Create it with CreateCluster first.`,
      'cluster',
    );
  }
  return cluster;
}

/** Resolves a task reference (full ARN or task id) inside a cluster. */
export const taskArnIn = (state: SimState, cluster: Cluster, ref: string): TaskArn =>
  ref.startsWith('arn:') ? (ref as TaskArn) : taskArn(state, cluster.clusterName, ref);

/** Resolves a container instance reference (full ARN or id) inside a cluster. */
export const containerInstanceArnIn = (
  state: SimState,
  cluster: Cluster,
  ref: string,
): ContainerInstanceArn =>
  ref.startsWith('arn:')
    ? (ref as ContainerInstanceArn)
    : containerInstanceArn(state, cluster.clusterName, ref);
