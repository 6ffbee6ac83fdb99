import type { EngineContext } from '../context';
import type { Task } from '../model/ecs';
import type { Service, ServiceDeployment } from '../model/service';
import { isLive } from './health';
import { tasksOfService } from './reconcile';

const isPending = (t: Task) => t.lastStatus !== 'RUNNING';

/** A deployment as DescribeServices shows it; task counts are read off the live tasks it started. */
function deploymentOutput(
  ctx: EngineContext,
  service: Service,
  d: ServiceDeployment,
  index: number,
  live: ReadonlyArray<Task>,
) {
  const mine = live.filter((t) => t.startedBy === d.id);
  return {
    id: d.id,
    status: index === 0 ? 'PRIMARY' : mine.length ? 'ACTIVE' : 'INACTIVE',
    taskDefinition: d.taskDefinition,
    // an older deployment wants what it still has: the scheduler only takes its tasks away
    desiredCount: index === 0 ? service.desiredCount : mine.length,
    pendingCount: mine.filter(isPending).length,
    runningCount: mine.filter((t) => !isPending(t)).length,
    failedTasks: d.failedTasks,
    createdAt: ctx.iso(d.createdAt),
    updatedAt: ctx.iso(d.updatedAt),
    // a deployment through capacity providers shows its strategy instead of a launch type
    ...(d.capacityProviderStrategy
      ? { capacityProviderStrategy: d.capacityProviderStrategy.map((i) => ({ ...i })) }
      : {}),
    ...(d.capacityProviderStrategy ? {} : { launchType: d.launchType }),
    ...(d.platformVersion !== undefined ? { platformVersion: d.platformVersion } : {}),
    ...(d.networkConfiguration ? { networkConfiguration: d.networkConfiguration } : {}),
    rolloutState: d.rolloutState,
    rolloutStateReason: d.rolloutStateReason,
  };
}

export type DeploymentOutput = ReturnType<typeof deploymentOutput>;

/** A service as the ECS API shows it (DescribeServices, CreateService, UpdateService, DeleteService). */
export function serviceOutput(ctx: EngineContext, service: Service) {
  const live = tasksOfService(ctx.state, service).filter(isLive);
  const c = service.deploymentConfiguration;
  return {
    serviceArn: service.serviceArn as string,
    serviceName: service.serviceName,
    clusterArn: service.clusterArn as string,
    loadBalancers: service.loadBalancers,
    serviceRegistries: [],
    status: service.status,
    desiredCount: service.desiredCount,
    runningCount: live.filter((t) => !isPending(t)).length,
    pendingCount: live.filter(isPending).length,
    ...(service.deployments[0]?.capacityProviderStrategy
      ? { capacityProviderStrategy: service.deployments[0].capacityProviderStrategy.map((i) => ({ ...i })) }
      : {}),
    ...(service.deployments[0]?.capacityProviderStrategy
      ? {}
      : { launchType: service.deployments[0]?.launchType ?? 'EC2' }),
    ...(service.deployments[0]?.platformVersion !== undefined
      ? { platformVersion: service.deployments[0].platformVersion }
      : {}),
    taskDefinition: (service.deployments[0]?.taskDefinition ??
      service.lastCompleted?.taskDefinition ??
      '') as string,
    deploymentConfiguration: {
      ...c.unsimulated,
      deploymentCircuitBreaker: c.deploymentCircuitBreaker,
      maximumPercent: c.maximumPercent,
      minimumHealthyPercent: c.minimumHealthyPercent,
    },
    deployments: service.deployments.map((d, i) => deploymentOutput(ctx, service, d, i, live)),
    events: service.events.map((e) => ({ id: e.id, createdAt: ctx.iso(e.createdAt), message: e.message })),
    createdAt: ctx.iso(service.createdAt),
    placementConstraints: service.placementConstraints,
    placementStrategy: service.placementStrategy,
    ...(service.deployments[0]?.networkConfiguration
      ? { networkConfiguration: service.deployments[0].networkConfiguration }
      : {}),
    healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
    schedulingStrategy: service.schedulingStrategy,
    deploymentController: { type: 'ECS' as const },
    tags: service.tags,
    createdBy: `arn:aws:iam::${ctx.state.accountId}:root`,
    enableECSManagedTags: service.enableECSManagedTags,
    propagateTags: service.propagateTags,
    enableExecuteCommand: service.enableExecuteCommand,
    availabilityZoneRebalancing: service.availabilityZoneRebalancing,
    ...service.unsimulated,
  };
}

export type ServiceOutput = ReturnType<typeof serviceOutput>;
