import { containerInstanceArnIn } from '../arns';
import { invalidParameter } from '../errors';
import type { Cluster, ContainerInstance } from '../model/ecs';
import type { SimState } from '../state';

/** A container instance of `cluster` by id or ARN (any status, INACTIVE included); undefined when there is none. */
export function findContainerInstance(
  state: SimState,
  cluster: Cluster,
  ref: string,
): ContainerInstance | undefined {
  const ci = state.ecs.containerInstances[containerInstanceArnIn(state, cluster, ref)];
  return ci && ci.clusterArn === cluster.clusterArn ? ci : undefined;
}

/** The same, throwing InvalidParameterException that names `field` when the instance is not in the cluster. */
export function requireContainerInstance(
  state: SimState,
  cluster: Cluster,
  ref: string,
  field = 'containerInstance',
): ContainerInstance {
  const ci = findContainerInstance(state, cluster, ref);
  if (!ci) {
    throw invalidParameter(
      `${field}: container instance '${ref}' was not found in cluster '${cluster.clusterName}'. ListContainerInstances shows the ones it has.`,
      field,
    );
  }
  return ci;
}
