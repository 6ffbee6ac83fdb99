import type { Service, ServiceDeployment, ShiftConfiguration } from '../../model/service';
import { greenDeployment, servingDeployment } from '../../services/blueGreen';
import { checkShiftLoadBalancers } from '../../services/shiftConfig';
import { requireCluster } from '../../arns';
import { invalidParameter } from '../../errors';
import { updateServiceSchema } from '../../schema/services';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import {
  newDeployment,
  saveService,
  scheduleReconcile,
  serviceOutput,
  type ServiceOutput,
} from '../../services';
import {
  checkDeploymentSpec,
  checkLoadBalancers,
  checkPlacement,
  KEPT_AS_GIVEN,
  resolveDeploymentConfiguration,
  unsimulatedMembers,
} from '../../services/configure';
import { requireActiveService } from '../../services/lookup';
import { defineOperation } from '../operation';
import {
  keptServiceConnect,
  resolveServiceConnect,
  serviceConnectChanged,
} from '../../serviceConnect/configure';
import { chooseLaunch, kindOf } from '../../capacityProviders/providers';
import { checkFargateSpot } from '../../capacityProviders/launch';

export type UpdateServiceInput = Infer<typeof updateServiceSchema>;

export interface UpdateServiceOutput {
  readonly service: ServiceOutput;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A new deployment of a blue/green-family service becomes green beside the deployment serving now (blueGreen.ts);
 * a ROLLING one keeps the target groups the serving deployment uses.
 */
function nextDeployment(
  service: Service,
  shift: ShiftConfiguration | undefined,
  fresh: ServiceDeployment,
): ServiceDeployment {
  const blue = servingDeployment(service);
  if (!blue) return fresh;
  if (shift) return greenDeployment(service, fresh, blue, shift);
  return blue.targetGroups ? { ...fresh, targetGroups: blue.targetGroups } : fresh;
}

/**
 * ecs UpdateService. A new deployment starts when the task definition or the network configuration changes,
 * or with forceNewDeployment; desired count, placement, grace period and deployment configuration change the
 * service in place (ecs-reference §5.1). Updating resets the launch throttle.
 */
export const UpdateService = defineOperation<UpdateServiceInput, UpdateServiceOutput>({
  schema: updateServiceSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const current = requireActiveService(ctx.state, input.cluster, input.service);
    const daemon = current.schedulingStrategy === 'DAEMON';
    if (daemon && input.desiredCount !== undefined) {
      throw invalidParameter(
        'The daemon scheduling strategy does not support a desired count for services. Remove the desired count value and try again',
        'desiredCount',
      );
    }
    if (input.deploymentController && input.deploymentController.type !== 'ECS') {
      throw invalidParameter(
        `deploymentController.type ${input.deploymentController.type} is not simulated: the sandbox runs the ECS ` +
          'controller only (strategies ROLLING, BLUE_GREEN, LINEAR, CANARY); CodeDeploy deployments are not simulated.',
        'deploymentController.type',
      );
    }
    const primary = current.deployments[0]!;
    // a new strategy may move the service between Fargate and Auto Scaling group providers (or off a launch type)
    const strategy = input.capacityProviderStrategy?.length
      ? (() => {
          if (current.schedulingStrategy === 'DAEMON') {
            throw invalidParameter(
              'A DAEMON service cannot use a capacity provider strategy: it runs one task on each container instance.',
              'capacityProviderStrategy',
            );
          }
          const choice = chooseLaunch(ctx.state, cluster, undefined, input.capacityProviderStrategy);
          return choice.kind === 'strategy' ? choice.items.map((i) => ({ ...i })) : undefined;
        })()
      : primary.capacityProviderStrategy;
    const launchType = input.capacityProviderStrategy?.length
      ? kindOf(input.capacityProviderStrategy[0]!.capacityProvider) === 'FARGATE'
        ? 'FARGATE'
        : 'EC2'
      : primary.launchType;
    checkPlacement(
      current.schedulingStrategy,
      launchType,
      input.placementConstraints,
      input.placementStrategy,
    );
    const deploymentConfiguration = resolveDeploymentConfiguration(
      current.schedulingStrategy,
      input.deploymentConfiguration,
      current.deploymentConfiguration,
    );
    const networkConfiguration = input.networkConfiguration ?? primary.networkConfiguration;
    const td = checkDeploymentSpec(ctx.state, cluster, {
      taskDefinition: input.taskDefinition ?? primary.taskDefinition,
      launchType,
      ...(networkConfiguration ? { networkConfiguration } : {}),
    });
    const loadBalancers = input.loadBalancers ?? current.loadBalancers;
    checkLoadBalancers(ctx.state, td, loadBalancers);
    const shift = deploymentConfiguration.shift;
    if (shift) checkShiftLoadBalancers(ctx.state, td, loadBalancers, shift.strategy);
    if (strategy) checkFargateSpot(td, strategy);
    const platformVersion =
      input.platformVersion ?? (launchType === 'FARGATE' ? (primary.platformVersion ?? 'LATEST') : undefined);
    // Service Connect: a new configuration (or a new task definition under the old one) is checked again; a change
    // starts a new deployment, as in ECS, since only new tasks get the new proxy configuration
    const serviceConnect = input.serviceConnectConfiguration
      ? resolveServiceConnect(ctx.state, input.serviceConnectConfiguration, td, current, ctx.now)
      : keptServiceConnect(ctx.state, primary.serviceConnect, td, current, ctx.now);
    const redeploy =
      serviceConnectChanged(serviceConnect, primary.serviceConnect) ||
      input.forceNewDeployment === true ||
      td.taskDefinitionArn !== primary.taskDefinition ||
      !sameJson(networkConfiguration, primary.networkConfiguration) ||
      platformVersion !== primary.platformVersion ||
      launchType !== primary.launchType ||
      !sameJson(strategy, primary.capacityProviderStrategy) ||
      (input.loadBalancers !== undefined && !sameJson(input.loadBalancers, current.loadBalancers));
    const deployments = redeploy
      ? [
          nextDeployment({ ...current, loadBalancers }, shift, {
            ...newDeployment(ctx, {
              taskDefinition: td.taskDefinitionArn,
              launchType,
              ...(strategy ? { capacityProviderStrategy: strategy } : {}),
              ...(platformVersion !== undefined ? { platformVersion } : {}),
              ...(networkConfiguration ? { networkConfiguration } : {}),
            }),
            ...(serviceConnect ? { serviceConnect } : {}),
          }),
          ...current.deployments,
        ]
      : current.deployments;
    const service: Service = {
      ...current,
      desiredCount: input.desiredCount ?? current.desiredCount,
      deploymentConfiguration,
      placementConstraints: input.placementConstraints ?? current.placementConstraints,
      placementStrategy: input.placementStrategy ?? current.placementStrategy,
      healthCheckGracePeriodSeconds:
        input.healthCheckGracePeriodSeconds ?? current.healthCheckGracePeriodSeconds,
      loadBalancers,
      propagateTags: input.propagateTags ?? current.propagateTags,
      enableECSManagedTags: input.enableECSManagedTags ?? current.enableECSManagedTags,
      enableExecuteCommand: input.enableExecuteCommand ?? current.enableExecuteCommand,
      availabilityZoneRebalancing: input.availabilityZoneRebalancing ?? current.availabilityZoneRebalancing,
      deployments,
      steady: false,
      launchFailures: 0,
      throttledUntil: undefined,
      unsimulated: { ...current.unsimulated, ...unsimulatedMembers(input, KEPT_AS_GIVEN) },
    };
    saveService(ctx, service);
    scheduleReconcile(ctx, service.serviceArn);
    return { service: serviceOutput(ctx, service) };
  },
});
