import { arnName } from '../lib/arn';
import { AwsError, invalidParameter } from './errors';
import type { Cluster, Task } from './model/ecs';
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

/**
 * Finds a task by ARN or id in a cluster (given by name or ARN, `default` when omitted), as the operations on
 * one task do (StopTask, sim ExitContainer). Throws ClusterNotFoundException, or InvalidParameterException
 * with ECS's "The referenced task was not found" when the cluster has no such task.
 */
export function requireTaskIn(
  state: SimState,
  clusterRef: string | undefined,
  ref: string,
): { readonly cluster: Cluster; readonly task: Task } {
  const cluster = requireCluster(state, clusterRef);
  const task = state.ecs.tasks[taskArnIn(state, cluster, ref)];
  if (!task || task.clusterArn !== cluster.clusterArn) {
    throw invalidParameter(
      `The referenced task was not found: no task '${ref}' in cluster '${cluster.clusterName}' (stopped tasks ` +
        'disappear about an hour after they stop).',
      'task',
    );
  }
  return { cluster, task };
}

/** Resolves a container instance reference (full ARN or id) inside a cluster. */
export const containerInstanceArnIn = (
  state: SimState,
  cluster: Cluster,
  ref: string,
): ContainerInstanceArn =>
  ref.startsWith('arn:')
    ? (ref as ContainerInstanceArn)
    : containerInstanceArn(state, cluster.clusterName, ref);
