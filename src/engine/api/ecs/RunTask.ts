import { requireCluster } from '../../arns';
import { chooseLaunch, launchTypeOf, type LaunchChoice } from '../../capacityProviders/providers';
import { launchWithStrategy } from '../../capacityProviders/launch';
import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import { registeredInstancesOf } from '../../indexes';
import type { ContainerInstance } from '../../model/ecs';
import type { PlacementStrategy } from '../../model/taskDefinition';
import { checkStrategies, combineConstraints } from '../../placement/rules';
import { runTaskSchema } from '../../schema/runTask';
import {
  placeFargateLaunch,
  placeLaunch,
  prepareLaunch,
  taskOutput,
  type Launch,
  type TaskOutput,
} from '../../tasks';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { FARGATE_NO_CAPACITY } from '../../faults/zoneState';
import { laterHooks } from '../../laterHooks';
import { defineOperation } from '../operation';

export type RunTaskInput = Infer<typeof runTaskSchema>;

export interface Failure {
  readonly arn?: string;
  readonly reason: string;
  readonly detail?: string;
}

export interface RunTaskOutput {
  readonly tasks: ReadonlyArray<TaskOutput>;
  readonly failures: ReadonlyArray<Failure>;
}

/** Fargate platform versions a task can ask for; LATEST means 1.4.0 (ecs-reference §11). */
const PLATFORM_VERSIONS: Readonly<Record<string, string>> = {
  LATEST: '1.4.0',
  '1.4.0': '1.4.0',
  '1.3.0': '1.3.0',
};

/** RunTask's default when the request lists no strategy: any qualifying instance (ecs-reference §3.2). */
const DEFAULT_STRATEGY: ReadonlyArray<PlacementStrategy> = [{ type: 'random' }];

/** The instances registered to the cluster (deregistered ones are gone from it), in a stable order. */
export const registeredInstances = (ctx: EngineContext, launch: Launch): ContainerInstance[] =>
  registeredInstancesOf(ctx.state, launch.cluster.clusterArn);

/**
 * The two launch types of the model the sandbox has no capacity for. EXTERNAL tasks run on servers registered with
 * ECS Anywhere, and a cluster here never has one; Managed Instances are reached through a capacity provider with
 * launchType left out (the model says so), and Managed Instances providers are not simulated.
 */
function unsimulatedLaunchType(launchType: 'EXTERNAL' | 'MANAGED_INSTANCES'): AwsError {
  return launchType === 'EXTERNAL'
    ? new AwsError(
        'InvalidParameterException',
        'No Container Instances were found in your cluster. launchType EXTERNAL runs tasks on your own servers ' +
          'registered with ECS Anywhere, which this sandbox does not simulate: use EC2 or FARGATE.',
        'launchType',
      )
    : new AwsError(
        'InvalidParameterException',
        'launchType MANAGED_INSTANCES is not set directly: Amazon ECS Managed Instances are used through a ' +
          'capacity provider in capacityProviderStrategy, with launchType left out. This sandbox does not simulate ' +
          'them; use EC2 or FARGATE.',
        'launchType',
      );
}

/** Fargate chooses where tasks run, so a request that tries to steer it is refused (ecs-reference §3.1). */
function refuseFargatePlacement(input: RunTaskInput): void {
  if (input.placementConstraints?.length) {
    throw new AwsError(
      'InvalidParameterException',
      'Placement constraints are not supported with FARGATE launch type. Fargate chooses where each task runs; ' +
        'remove placementConstraints.',
      'placementConstraints',
    );
  }
  if (input.placementStrategy?.length) {
    throw new AwsError(
      'InvalidParameterException',
      'Placement strategies are not supported with FARGATE launch type. Fargate spreads tasks across the AZs ' +
        'of your subnets; remove placementStrategy.',
      'placementStrategy',
    );
  }
}

function fargatePlatform(input: RunTaskInput): string {
  const platformVersion = PLATFORM_VERSIONS[input.platformVersion ?? 'LATEST'];
  if (!platformVersion) {
    throw new AwsError(
      'PlatformUnknownException',
      `The platform version '${input.platformVersion}' does not exist. Use LATEST, 1.4.0 or 1.3.0.`,
      'platformVersion',
    );
  }
  return platformVersion;
}

function runFargate(ctx: EngineContext, input: RunTaskInput, launch: Launch, count: number) {
  return placeFargateLaunch(ctx, launch, count, fargatePlatform(input));
}

function refuseEc2PlatformVersion(input: RunTaskInput): void {
  if (input.platformVersion !== undefined) {
    throw new AwsError(
      'InvalidParameterException',
      'platformVersion applies only to launchType FARGATE; remove it for EC2 tasks.',
      'platformVersion',
    );
  }
}

/**
 * Tasks launched through a capacity provider strategy (the request's or the cluster's default): split by base
 * and weight, on Fargate or on the instances of each Auto Scaling group provider, where those that find no room
 * wait in PROVISIONING when the provider has managed scaling (capacityProviders/launch.ts).
 */
function runWithStrategy(
  ctx: EngineContext,
  input: RunTaskInput,
  launch: Launch,
  count: number,
  choice: Extract<LaunchChoice, { kind: 'strategy' }>,
) {
  const fargate = choice.providers === 'FARGATE';
  if (!fargate) {
    refuseEc2PlatformVersion(input);
    checkStrategies(input.placementStrategy ?? []);
  }
  const asked = input.placementStrategy ?? [];
  return launchWithStrategy(ctx, launch, {
    providers: choice.providers,
    items: choice.items,
    count,
    constraints: fargate
      ? []
      : combineConstraints(launch.definition.placementConstraints, input.placementConstraints ?? []),
    strategies: asked.length ? asked : DEFAULT_STRATEGY,
    asked,
    platformVersion: fargate ? fargatePlatform(input) : '',
  });
}

function runEc2(ctx: EngineContext, input: RunTaskInput, launch: Launch, count: number) {
  refuseEc2PlatformVersion(input);
  const constraints = combineConstraints(
    launch.definition.placementConstraints,
    input.placementConstraints ?? [],
  );
  const requested = input.placementStrategy ?? [];
  checkStrategies(requested);
  const instances = registeredInstances(ctx, launch);
  if (instances.length === 0) {
    throw new AwsError(
      'InvalidParameterException',
      `No Container Instances were found in your cluster. ${launch.cluster.clusterName} has no registered ` +
        `container instance: launch EC2 instances with the ECS agent configured for it, or use launchType FARGATE.`,
      'cluster',
    );
  }
  const strategies = requested.length ? requested : DEFAULT_STRATEGY;
  return placeLaunch(ctx, launch, count, instances, constraints, strategies, requested);
}

/**
 * ecs RunTask: places `count` tasks of a task definition. EC2 tasks go through the placement pipeline (filters,
 * constraints, strategies; one trace per task); Fargate tasks are spread across the subnets' AZs. Tasks that
 * find no instance are reported in `failures`, one entry per instance that turned the task down.
 */
export const RunTask = defineOperation<RunTaskInput, RunTaskOutput>({
  schema: runTaskSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const requested = input.launchType;
    if (requested === 'EXTERNAL' || requested === 'MANAGED_INSTANCES') throw unsimulatedLaunchType(requested);
    const cluster = requireCluster(ctx.state, input.cluster);
    const choice = chooseLaunch(ctx.state, cluster, requested, input.capacityProviderStrategy);
    const launchType = launchTypeOf(choice);
    if (launchType === 'FARGATE') refuseFargatePlacement(input);
    const launch = prepareLaunch(ctx.state, input, launchType);
    // a task is never started without its start-up checks (startup/guard.ts)
    laterHooks.guardStartup(launch.definition, input.overrides);
    const count = input.count ?? 1;
    if (choice.kind === 'strategy') {
      // a Fargate provider with no AZ left reports its own failures, one per task it could not start
      const result = runWithStrategy(ctx, input, launch, count, choice);
      return {
        tasks: result.tasks.map((t) => taskOutput(ctx, ctx.state.ecs.tasks[t.taskArn] ?? t)),
        failures: result.failures,
      };
    }
    if (launchType === 'FARGATE') {
      const tasks = runFargate(ctx, input, launch, count);
      return {
        tasks: tasks.map((t) => taskOutput(ctx, ctx.state.ecs.tasks[t.taskArn] ?? t)),
        // every AZ of the subnets failed (sim FailAvailabilityZone): one failure per task not started
        failures: Array.from({ length: count - tasks.length }, () => ({ reason: FARGATE_NO_CAPACITY })),
      };
    }
    const result = runEc2(ctx, input, launch, count);
    return {
      tasks: result.tasks.map((t) => taskOutput(ctx, ctx.state.ecs.tasks[t.taskArn] ?? t)),
      failures: result.failures,
    };
  },
});
