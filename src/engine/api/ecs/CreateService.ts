import { requireCluster } from '../../arns';
import { invalidParameter } from '../../errors';
import type { Service } from '../../model/service';
import { createServiceSchema } from '../../schema/services';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import {
  newDeployment,
  saveService,
  scheduleReconcile,
  serviceArnOf,
  serviceOutput,
  type ServiceOutput,
} from '../../services';
import {
  checkDeploymentSpec,
  checkLoadBalancers,
  checkPlacement,
  KEPT_AS_GIVEN,
  resolveDeploymentConfiguration,
  serviceLaunchType,
  unsimulatedMembers,
} from '../../services/configure';
import { startMinuteClock } from '../../scaling/minute';
import { defineOperation } from '../operation';
import { resolveServiceConnect } from '../../serviceConnect/configure';
import { chooseLaunch, launchTypeOf } from '../../capacityProviders/providers';
import { checkFargateSpot } from '../../capacityProviders/launch';

export type CreateServiceInput = Infer<typeof createServiceSchema>;

export interface CreateServiceOutput {
  readonly service: ServiceOutput;
}

/** The DAEMON rules a schema cannot say (ecs-reference §5.1, §5.2). */
function checkScheduling(input: CreateServiceInput, launchType: 'EC2' | 'FARGATE'): void {
  const daemon = input.schedulingStrategy === 'DAEMON';
  if (daemon && input.desiredCount !== undefined) {
    throw invalidParameter(
      'The daemon scheduling strategy does not support a desired count for services. Remove the desired count value and try again',
      'desiredCount',
    );
  }
  if (daemon && launchType === 'FARGATE') {
    throw invalidParameter(
      'The DAEMON scheduling strategy is not supported with the FARGATE launch type: a daemon runs one task on ' +
        'each container instance, and Fargate has none. Use launchType EC2 or the REPLICA strategy.',
      'schedulingStrategy',
    );
  }
  if (!daemon && input.desiredCount === undefined) {
    throw invalidParameter(
      'desiredCount is required for a REPLICA service: say how many tasks the scheduler should keep running.',
      'desiredCount',
    );
  }
  if (input.deploymentController && input.deploymentController.type !== 'ECS') {
    throw invalidParameter(
      `deploymentController.type ${input.deploymentController.type} is not simulated: this sandbox runs the ECS ` +
        'rolling update controller. Remove deploymentController or set its type to ECS.',
      'deploymentController.type',
    );
  }
  if (input.taskDefinition === undefined) {
    throw invalidParameter('taskDefinition is required for the ECS deployment controller.', 'taskDefinition');
  }
}

/**
 * ecs CreateService: a service that keeps `desiredCount` tasks of a task definition running (REPLICA), or one
 * task on every instance (DAEMON). The first deployment starts at once; the scheduler places the tasks on its
 * timer, right after the call.
 */
export const CreateService = defineOperation<CreateServiceInput, CreateServiceOutput>({
  schema: createServiceSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    serviceLaunchType(input.launchType, (input.capacityProviderStrategy?.length ?? 0) > 0);
    const choice = chooseLaunch(
      ctx.state,
      cluster,
      input.launchType as 'EC2' | 'FARGATE' | undefined,
      input.capacityProviderStrategy,
    );
    const launchType = launchTypeOf(choice);
    const strategy = choice.kind === 'strategy' ? choice.items.map((i) => ({ ...i })) : undefined;
    if (strategy && input.schedulingStrategy === 'DAEMON') {
      throw invalidParameter(
        'A DAEMON service runs one task on each container instance and cannot use a capacity provider strategy. ' +
          'Give launchType EC2 (or leave both out on a cluster without a default strategy).',
        'capacityProviderStrategy',
      );
    }
    checkScheduling(input, launchType);
    const scheduling = input.schedulingStrategy ?? 'REPLICA';
    const arn = serviceArnOf(ctx.state, cluster.clusterName, input.serviceName);
    const existing = ctx.state.ecs.services[arn];
    if (existing?.status === 'ACTIVE') {
      throw invalidParameter(
        `Creation of service was not idempotent. ${cluster.clusterName} already has a service named ` +
          `'${input.serviceName}': change it with UpdateService, or choose another name.`,
        'serviceName',
      );
    }
    if (existing?.status === 'DRAINING') {
      throw invalidParameter(
        `Unable to Start a service that is still Draining. '${input.serviceName}' was deleted and its tasks are ` +
          'still stopping; wait until it is INACTIVE, then create it again.',
        'serviceName',
      );
    }
    checkPlacement(scheduling, launchType, input.placementConstraints, input.placementStrategy);
    const deploymentConfiguration = resolveDeploymentConfiguration(scheduling, input.deploymentConfiguration);
    const td = checkDeploymentSpec(ctx.state, cluster, {
      taskDefinition: input.taskDefinition!,
      launchType,
      ...(input.networkConfiguration ? { networkConfiguration: input.networkConfiguration } : {}),
    });
    if (strategy) checkFargateSpot(td, strategy);
    const loadBalancers = input.loadBalancers ?? [];
    checkLoadBalancers(ctx.state, td, loadBalancers);
    const created = newDeployment(ctx, {
      taskDefinition: td.taskDefinitionArn,
      launchType,
      ...(strategy ? { capacityProviderStrategy: strategy } : {}),
      ...(launchType === 'FARGATE' ? { platformVersion: input.platformVersion ?? 'LATEST' } : {}),
      ...(input.networkConfiguration ? { networkConfiguration: input.networkConfiguration } : {}),
    });
    // Service Connect: checked against the task definition and the namespace; the deployment's tasks get the proxy
    const serviceConnect = input.serviceConnectConfiguration
      ? resolveServiceConnect(ctx.state, input.serviceConnectConfiguration, td, undefined, ctx.now)
      : undefined;
    const deployment = serviceConnect ? { ...created, serviceConnect } : created;
    const service: Service = {
      serviceArn: arn,
      serviceName: input.serviceName,
      clusterArn: cluster.clusterArn,
      status: 'ACTIVE',
      schedulingStrategy: scheduling,
      desiredCount: input.desiredCount ?? 0,
      deploymentConfiguration,
      placementConstraints: input.placementConstraints ?? [],
      placementStrategy: input.placementStrategy ?? [],
      healthCheckGracePeriodSeconds: input.healthCheckGracePeriodSeconds ?? 0,
      loadBalancers,
      tags: (input.tags ?? []).map((t) => ({ key: t.key, value: t.value ?? '' })),
      propagateTags: input.propagateTags ?? 'NONE',
      enableECSManagedTags: input.enableECSManagedTags ?? false,
      enableExecuteCommand: input.enableExecuteCommand ?? false,
      availabilityZoneRebalancing: input.availabilityZoneRebalancing ?? 'DISABLED',
      createdAt: ctx.now,
      deployments: [deployment],
      events: [],
      steady: false,
      launchFailures: 0,
      unsimulated: unsimulatedMembers(input, KEPT_AS_GIVEN),
    };
    saveService(ctx, service);
    scheduleReconcile(ctx, arn);
    // CloudWatch publishes the service's metrics every minute from now on
    startMinuteClock(ctx);
    return { service: serviceOutput(ctx, service) };
  },
});
