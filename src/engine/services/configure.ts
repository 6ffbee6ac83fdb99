import type { Cluster } from '../model/ecs';
import { requireTargetGroupFor } from '../elbv2';
import { listenersUsing } from '../elbv2/lookup';
import { AwsError } from '../errors';
import type {
  CircuitBreakerConfiguration,
  ServiceDeploymentConfiguration,
  ServiceLoadBalancer,
} from '../model/service';
import type { PlacementConstraint, PlacementStrategy, TaskDefinition } from '../model/taskDefinition';
import { checkConstraint, checkStrategies } from '../placement/rules';
import type { SimState } from '../state';
import { prepareLaunch } from '../tasks';
import type { DeploymentSpec } from '../model/service';
import { DEFAULT_PERCENTS } from './bounds';
import { resolveShift, type ShiftInput } from './shiftConfig';

const invalid = (message: string, field?: string) =>
  new AwsError('InvalidParameterException', message, field);

export type Scheduling = 'REPLICA' | 'DAEMON';

export interface DeploymentConfigurationInput {
  readonly deploymentCircuitBreaker?: CircuitBreakerConfiguration;
  readonly maximumPercent?: number;
  readonly minimumHealthyPercent?: number;
  readonly strategy?: 'ROLLING' | 'BLUE_GREEN' | 'LINEAR' | 'CANARY';
  readonly [other: string]: unknown;
}

const BREAKER_OFF: CircuitBreakerConfiguration = { enable: false, rollback: false };

/**
 * The deployment configuration with the defaults of the scheduling strategy filled in (ecs-reference §5.2,
 * §5.3); on update, what the request leaves out keeps its current value. BLUE_GREEN, LINEAR and CANARY resolve
 * their settings in shiftConfig.ts; a DAEMON's maximumPercent must stay 100.
 */
export function resolveDeploymentConfiguration(
  scheduling: Scheduling,
  input: DeploymentConfigurationInput | undefined,
  current?: ServiceDeploymentConfiguration,
): ServiceDeploymentConfiguration {
  const { deploymentCircuitBreaker, maximumPercent, minimumHealthyPercent, strategy, ...rest } = input ?? {};
  const shift = resolveShift((input ?? {}) as ShiftInput, current);
  if (shift && scheduling === 'DAEMON') {
    throw invalid(
      `deploymentConfiguration.strategy ${shift.strategy} is not supported for a DAEMON service: a daemon runs ` +
        'one task per instance, so it has no room for a green copy. Use ROLLING.',
      'deploymentConfiguration.strategy',
    );
  }
  const defaults = DEFAULT_PERCENTS[scheduling];
  const resolved: ServiceDeploymentConfiguration = {
    minimumHealthyPercent:
      minimumHealthyPercent ?? current?.minimumHealthyPercent ?? defaults.minimumHealthyPercent,
    maximumPercent: maximumPercent ?? current?.maximumPercent ?? defaults.maximumPercent,
    deploymentCircuitBreaker: deploymentCircuitBreaker ?? current?.deploymentCircuitBreaker ?? BREAKER_OFF,
    unsimulated: { ...(current?.unsimulated ?? {}), ...rest, ...(strategy ? { strategy } : {}) },
    ...(shift ? { shift } : {}),
  };
  if (scheduling === 'DAEMON' && resolved.maximumPercent !== 100) {
    throw invalid(
      `deploymentConfiguration.maximumPercent must be 100 for a DAEMON service (it was ${resolved.maximumPercent}): ` +
        'a daemon runs one task per instance, so it cannot start a second one beside the old. Remove maximumPercent.',
      'deploymentConfiguration.maximumPercent',
    );
  }
  if (resolved.minimumHealthyPercent > 100) {
    throw invalid(
      `deploymentConfiguration.minimumHealthyPercent is ${resolved.minimumHealthyPercent}, above 100: the service ` +
        'can never keep more healthy tasks than it wants. Use a value from 0 to 100.',
      'deploymentConfiguration.minimumHealthyPercent',
    );
  }
  return resolved;
}

/** Checks placement members as RunTask does; DAEMON refuses strategies (ecs-reference §5.1). */
export function checkPlacement(
  scheduling: Scheduling,
  launchType: 'EC2' | 'FARGATE',
  constraints: ReadonlyArray<PlacementConstraint> | undefined,
  strategies: ReadonlyArray<PlacementStrategy> | undefined,
): void {
  if (scheduling === 'DAEMON' && strategies?.length) {
    throw invalid(
      'The daemon scheduling strategy does not support placement strategies. Remove the placement strategy and try again',
      'placementStrategy',
    );
  }
  if (launchType === 'FARGATE' && constraints?.length) {
    throw invalid(
      'Placement constraints are not supported with FARGATE launch type. Fargate chooses where each task runs; ' +
        'remove placementConstraints.',
      'placementConstraints',
    );
  }
  if (launchType === 'FARGATE' && strategies?.length) {
    throw invalid(
      'Placement strategies are not supported with FARGATE launch type. Fargate spreads tasks across the AZs ' +
        'of your subnets; remove placementStrategy.',
      'placementStrategy',
    );
  }
  (constraints ?? []).forEach((c, i) => checkConstraint(c, `placementConstraints[${i}]`));
  checkStrategies(strategies ?? []);
}

/**
 * A service's target group must exist, have a load balancer (a listener forwarding to it) and suit the task
 * definition's network mode: `ip` for awsvpc, `instance` for bridge and host (ecs-reference §5.8).
 */
function checkTargetGroup(state: SimState, td: TaskDefinition, arn: string, field: string): void {
  if (!state.elbv2.targetGroups[arn]) {
    throw invalid(
      `Unable to validate the specified targetGroupArn: ${arn} is not a target group of this account and ` +
        'Region. Create it with elbv2 CreateTargetGroup, or copy its ARN from DescribeTargetGroups.',
      field,
    );
  }
  if (listenersUsing(state, arn).length === 0) {
    throw invalid(
      `The target group with targetGroupArn ${arn} does not have an associated load balancer. ` +
        'Create a listener (elbv2 CreateListener) that forwards to it first.',
      field,
    );
  }
  requireTargetGroupFor(state, arn, td.networkMode, field);
}

/**
 * Each load balancer's target group must be usable (`checkTargetGroup`), and its container and port must be
 * in the task definition (ecs-reference §5.8).
 */
export function checkLoadBalancers(
  state: SimState,
  td: TaskDefinition,
  loadBalancers: ReadonlyArray<ServiceLoadBalancer>,
): void {
  loadBalancers.forEach((lb, i) => {
    checkContainerPort(td, lb, i);
    if (lb.targetGroupArn !== undefined)
      checkTargetGroup(state, td, lb.targetGroupArn, `loadBalancers[${i}].targetGroupArn`);
  });
}

/** The load balancer's container and port must be in the task definition. */
function checkContainerPort(td: TaskDefinition, lb: ServiceLoadBalancer, i: number): void {
  if (lb.containerName === undefined) return;
  const container = td.containerDefinitions.find((c) => c.name === lb.containerName);
  if (!container) {
    throw invalid(
      `loadBalancers[${i}].containerName: ${td.family}:${td.revision} has no container named '${lb.containerName}'. ` +
        `Its containers are ${td.containerDefinitions.map((c) => c.name).join(', ')}.`,
      `loadBalancers[${i}].containerName`,
    );
  }
  if (
    lb.containerPort !== undefined &&
    !(container.portMappings ?? []).some((p) => p.containerPort === lb.containerPort)
  ) {
    throw invalid(
      `The container ${lb.containerName} did not have a container port ${lb.containerPort} defined. ` +
        `Add the port to its portMappings in ${td.family}, or use one of its mapped ports.`,
      `loadBalancers[${i}].containerPort`,
    );
  }
}

/** The launch type a service runs with: EXTERNAL and MANAGED_INSTANCES have no capacity in the sandbox. */
export function serviceLaunchType(
  launchType: 'EC2' | 'FARGATE' | 'EXTERNAL' | 'MANAGED_INSTANCES' | undefined,
  hasCapacityProviders: boolean,
): 'EC2' | 'FARGATE' {
  if (launchType !== undefined && hasCapacityProviders) {
    throw invalid(
      'Specifying both a launchType and capacityProviderStrategy is not supported. Remove one of them.',
      'capacityProviderStrategy',
    );
  }
  if (launchType === 'EXTERNAL' || launchType === 'MANAGED_INSTANCES') {
    throw invalid(
      `launchType ${launchType} is not simulated: services here run on EC2 container instances or on FARGATE.`,
      'launchType',
    );
  }
  return launchType ?? 'EC2';
}

/**
 * Checks a deployment's launch against the account as RunTask checks a request (task definition found, ACTIVE
 * and compatible; network configuration present for awsvpc, absent otherwise; subnets known) and returns the
 * task definition.
 */
export function checkDeploymentSpec(
  state: SimState,
  cluster: Cluster,
  spec: Omit<DeploymentSpec, 'taskDefinition'> & { readonly taskDefinition: string },
): TaskDefinition {
  return prepareLaunch(
    state,
    {
      cluster: cluster.clusterArn,
      taskDefinition: spec.taskDefinition,
      ...(spec.networkConfiguration ? { networkConfiguration: spec.networkConfiguration } : {}),
    },
    spec.launchType,
  ).definition;
}

/** The members the sandbox keeps without acting on them, as the request gave them. */
export function unsimulatedMembers(input: Readonly<Record<string, unknown>>, names: ReadonlyArray<string>) {
  return Object.fromEntries(names.filter((n) => input[n] !== undefined).map((n) => [n, input[n]]));
}

/** Members shown back by DescribeServices that the scheduler does not use. */
export const KEPT_AS_GIVEN = ['serviceRegistries', 'volumeConfigurations', 'vpcLatticeConfigurations'];
