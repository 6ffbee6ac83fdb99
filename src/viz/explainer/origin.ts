import type { DeepReadonly, PlacementTrace, SimState } from '../../engine/index';

const SERVICE_GROUP = 'service:';

/**
 * Who asked for the placement, in words: the service scheduler (and under which rules) for a service's task,
 * nothing for a RunTask request (the request line says enough). Reads the service as it is now; a service
 * deleted since is named as such.
 */
export function placementOrigin(state: DeepReadonly<SimState>, trace: PlacementTrace): string | undefined {
  if (!trace.group.startsWith(SERVICE_GROUP)) return undefined;
  const name = trace.group.slice(SERVICE_GROUP.length);
  const service = Object.values(state.ecs.services).find(
    (s) => s.clusterArn === trace.clusterArn && s.serviceName === name && s.status !== 'INACTIVE',
  );
  if (!service)
    return `The service scheduler placed this task for service ${name}, which has since been deleted.`;
  if (service.schedulingStrategy === 'DAEMON' && !trace.failure) {
    return (
      `The DAEMON service ${name} placed this task: it runs one task on every active instance that meets its ` +
      'constraints, so only this instance was considered and no strategy ranks anything.'
    );
  }
  const head = trace.failure
    ? `The service scheduler tried to start a task for service ${name} and found no instance for it; it keeps ` +
      'trying (in the sandbox, once a minute) and logs the reason as a service event.'
    : `The service scheduler placed this task to bring service ${name} to its desired count.`;
  if (trace.launchType === 'FARGATE') return head;
  return service.placementStrategy.length
    ? `${head} The strategies are the service's own placementStrategy.`
    : `${head} The service names no placementStrategy, so ECS used the service default: spread across ` +
        'Availability Zones, then across instances (the fewest tasks of the service first).';
}
