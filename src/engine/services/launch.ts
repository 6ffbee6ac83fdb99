import { arnName } from '../../lib/arn';
import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import { registeredInstancesOf, tasksInGroup } from '../indexes';
import { launchWithStrategy } from '../capacityProviders/launch';
import { kindOf } from '../capacityProviders/providers';
import type { ContainerInstance, Task } from '../model/ecs';
import type { Service, ServiceDeployment } from '../model/service';
import type { PlacementStrategy } from '../model/taskDefinition';
import { combineConstraints } from '../placement/rules';
import { placeFargateLaunch, placeLaunch, prepareLaunch, type Launch } from '../tasks';
import { serviceGroup } from './arn';
import { fargateUnableToPlace, noContainerInstances, unableToPlace } from './messages';
import { FARGATE_NO_CAPACITY } from '../faults/zoneState';

/**
 * A service's default placement on EC2 when it names no strategy: even across AZs, then the fewest tasks of
 * the service per instance (ecs-reference §3.2).
 */
export const DEFAULT_SERVICE_STRATEGY: ReadonlyArray<PlacementStrategy> = [
  { type: 'spread', field: 'attribute:ecs.availability-zone' },
  { type: 'spread', field: 'instanceId' },
];

/** Fargate platform versions as tasks show them; LATEST means 1.4.0 (ecs-reference §11). */
const FARGATE_PLATFORM: Readonly<Record<string, string>> = {
  LATEST: '1.4.0',
  '1.4.0': '1.4.0',
  '1.3.0': '1.3.0',
};

/** What an attempt to start tasks came to: the tasks started, and the event to log when some could not be. */
export interface StartResult {
  readonly started: ReadonlyArray<Task>;
  readonly problem?: string;
}

/** The launch of one deployment's tasks, checked as RunTask checks its request. */
export function deploymentLaunch(
  ctx: EngineContext,
  service: Service,
  deployment: ServiceDeployment,
): Launch {
  return prepareLaunch(
    ctx.state,
    {
      cluster: service.clusterArn,
      taskDefinition: deployment.taskDefinition,
      group: serviceGroup(service.serviceName),
      startedBy: deployment.id,
      ...(deployment.networkConfiguration ? { networkConfiguration: deployment.networkConfiguration } : {}),
      ...(service.propagateTags === 'SERVICE' ? { tags: service.tags } : {}),
      propagateTags: service.propagateTags,
      enableECSManagedTags: service.enableECSManagedTags,
    },
    deployment.launchType,
  );
}

/** The placement event for a request that left tasks unplaced, from the first failed attempt's trace. */
function placementProblem(
  ctx: EngineContext,
  service: Service,
  traceIds: ReadonlyArray<string>,
  failures: ReadonlyArray<{ readonly arn: string; readonly reason: string }>,
): string {
  const trace = traceIds.map((id) => ctx.state.traces[id]).find((t) => t?.failure);
  const reason = trace?.failure?.reason ?? failures[0]?.reason ?? 'RESOURCE:CPU';
  const closest = failures.find((f) => f.reason === reason) ?? failures[0];
  return unableToPlace(service.serviceName, closest ? arnName(closest.arn) : 'unknown', reason);
}

function startOnEc2(
  ctx: EngineContext,
  service: Service,
  launch: Launch,
  count: number,
  instances: ReadonlyArray<ContainerInstance>,
): StartResult {
  if (instances.length === 0) return { started: [], problem: noContainerInstances(service.serviceName) };
  const constraints = combineConstraints(
    launch.definition.placementConstraints,
    service.placementConstraints,
  );
  const strategies =
    service.schedulingStrategy === 'DAEMON'
      ? []
      : service.placementStrategy.length
        ? service.placementStrategy
        : DEFAULT_SERVICE_STRATEGY;
  const result = placeLaunch(
    ctx,
    launch,
    count,
    instances,
    constraints,
    strategies,
    service.placementStrategy,
  );
  return result.tasks.length < count
    ? { started: result.tasks, problem: placementProblem(ctx, service, result.traceIds, result.failures) }
    : { started: result.tasks };
}

function startOnFargate(
  ctx: EngineContext,
  service: Service,
  launch: Launch,
  deployment: ServiceDeployment,
  count: number,
): StartResult {
  const started = placeFargateLaunch(
    ctx,
    launch,
    count,
    FARGATE_PLATFORM[deployment.platformVersion ?? 'LATEST'] ?? '1.4.0',
  );
  // fewer when every AZ of the subnets is failed (sim FailAvailabilityZone)
  return started.length < count
    ? { started, problem: fargateUnableToPlace(service.serviceName, FARGATE_NO_CAPACITY) }
    : { started };
}

/** The deployment's tasks that still run or are about to, per capacity provider (what base and weight count). */
function tasksPerProvider(
  ctx: EngineContext,
  service: Service,
  deployment: ServiceDeployment,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of tasksInGroup(ctx.state, service.clusterArn, serviceGroup(service.serviceName)).values()) {
    if (t.startedBy !== deployment.id || t.lastStatus === 'STOPPED' || t.desiredStatus === 'STOPPED')
      continue;
    if (t.capacityProviderName !== undefined)
      counts[t.capacityProviderName] = (counts[t.capacityProviderName] ?? 0) + 1;
  }
  return counts;
}

/**
 * Starts tasks through the deployment's capacity provider strategy (capacityProviders/launch.ts): the split
 * counts the tasks the deployment already has per provider; on an Auto Scaling group provider with managed
 * scaling, tasks that find no room wait in PROVISIONING instead of being reported as unplaceable.
 */
function startWithStrategy(
  ctx: EngineContext,
  service: Service,
  launch: Launch,
  deployment: ServiceDeployment,
  count: number,
): StartResult {
  const items = deployment.capacityProviderStrategy!;
  const providers = kindOf(items[0]!.capacityProvider);
  const strategies =
    providers === 'FARGATE'
      ? []
      : service.placementStrategy.length
        ? service.placementStrategy
        : DEFAULT_SERVICE_STRATEGY;
  let result;
  try {
    result = launchWithStrategy(ctx, launch, {
      providers,
      items,
      count,
      existing: tasksPerProvider(ctx, service, deployment),
      constraints:
        providers === 'FARGATE'
          ? []
          : combineConstraints(launch.definition.placementConstraints, service.placementConstraints),
      strategies,
      asked: service.placementStrategy,
      platformVersion: FARGATE_PLATFORM[deployment.platformVersion ?? 'LATEST'] ?? '1.4.0',
    });
  } catch (e) {
    if (e instanceof AwsError) return { started: [], problem: `service ${service.serviceName} ${e.message}` };
    throw e;
  }
  if (result.tasks.length >= count) return { started: result.tasks };
  if (providers === 'FARGATE') {
    return { started: result.tasks, problem: fargateUnableToPlace(service.serviceName, FARGATE_NO_CAPACITY) };
  }
  return {
    started: result.tasks,
    problem: result.failures.length
      ? placementProblem(ctx, service, result.traceIds, result.failures)
      : noContainerInstances(service.serviceName),
  };
}

/**
 * Starts `count` tasks of a deployment. REPLICA tasks go through placement over the cluster's instances (or
 * Fargate); `onInstance` pins a DAEMON task to its instance. A launch the account no longer allows (its task
 * definition deleted, say) starts nothing and says why.
 */
export function startServiceTasks(
  ctx: EngineContext,
  service: Service,
  deployment: ServiceDeployment,
  count: number,
  onInstance?: ContainerInstance,
): StartResult {
  if (count <= 0) return { started: [] };
  let launch: Launch;
  try {
    launch = deploymentLaunch(ctx, service, deployment);
  } catch (e) {
    if (e instanceof AwsError) return { started: [], problem: `service ${service.serviceName} ${e.message}` };
    throw e;
  }
  if (deployment.capacityProviderStrategy?.length && !onInstance) {
    return startWithStrategy(ctx, service, launch, deployment, count);
  }
  if (deployment.launchType === 'FARGATE') return startOnFargate(ctx, service, launch, deployment, count);
  const instances = onInstance ? [onInstance] : registeredInstancesOf(ctx.state, service.clusterArn);
  return startOnEc2(ctx, service, launch, count, instances);
}
