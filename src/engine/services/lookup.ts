import { requireCluster } from '../arns';
import { AwsError } from '../errors';
import type { Service } from '../model/service';
import type { SimState } from '../state';
import { serviceArnIn } from './arn';

/** Finds a service by name or ARN in a cluster; ServiceNotFoundException when there is none. */
export function requireService(state: SimState, clusterRef: string | undefined, ref: string): Service {
  const cluster = requireCluster(state, clusterRef);
  const service = state.ecs.services[serviceArnIn(state, cluster.clusterName, ref)];
  if (!service || service.clusterArn !== cluster.clusterArn) {
    throw new AwsError(
      'ServiceNotFoundException',
      `Service not found. ${cluster.clusterName} has no service '${ref}'; ListServices shows the ones it has.`,
      'service',
    );
  }
  return service;
}

/** Finds a service that is ACTIVE; ServiceNotActiveException for one that was deleted. */
export function requireActiveService(state: SimState, clusterRef: string | undefined, ref: string): Service {
  const service = requireService(state, clusterRef, ref);
  if (service.status !== 'ACTIVE') {
    throw new AwsError(
      'ServiceNotActiveException',
      `Service was not ACTIVE. '${service.serviceName}' is ${service.status} (deleted); create it again to use it.`,
      'service',
    );
  }
  return service;
}
