import type { EngineContext } from '../context';
import { invalidParameter } from '../errors';
import { FARGATE_NO_CAPACITY } from '../faults/zoneState';
import { registeredInstancesOf } from '../indexes';
import type { Task } from '../model/ecs';
import type { PlacementConstraint, PlacementStrategy, TaskDefinition } from '../model/taskDefinition';
import type { PlacementFailure } from '../placement/pipeline';
import { placeFargateLaunch, placeLaunch, type Launch } from '../tasks';
import { capacityProviderArn, groupProvider } from './providers';
import { laterHooks } from '../laterHooks';
import { distribute, type ProviderKind, type StrategyItem } from './strategy';

/** What a launch through a strategy needs besides the Launch itself. */
export interface StrategyLaunch {
  readonly providers: ProviderKind;
  readonly items: ReadonlyArray<StrategyItem>;
  readonly count: number;
  /** tasks already running per provider (a service's), counted by the base and weight split */
  readonly existing?: Readonly<Record<string, number>>;
  /** EC2: constraints and strategies placement applies, and the strategies the request asked for */
  readonly constraints: ReadonlyArray<PlacementConstraint>;
  readonly strategies: ReadonlyArray<PlacementStrategy>;
  readonly asked: ReadonlyArray<PlacementStrategy>;
  /** Fargate: the platform version tasks run on */
  readonly platformVersion: string;
}

export interface StrategyLaunchResult {
  readonly tasks: ReadonlyArray<Task>;
  readonly failures: ReadonlyArray<PlacementFailure>;
  readonly traceIds: ReadonlyArray<string>;
}

/** ECS's reason for a provider with no instance registered (the service event aws/containers-roadmap #653 shows). */
export const NO_INSTANCES_IN_PROVIDER = 'No Container Instances were found in your capacity provider.';

/** Fargate Spot runs Linux tasks only (ecs-reference §8.4): a Windows task definition is refused. */
export function checkFargateSpot(definition: TaskDefinition, items: ReadonlyArray<StrategyItem>): void {
  const family = definition.runtimePlatform?.operatingSystemFamily;
  const spot = items.some(
    (i) => i.capacityProvider === 'FARGATE_SPOT' && ((i.weight ?? 0) > 0 || (i.base ?? 0) > 0),
  );
  if (spot && family !== undefined && family !== 'LINUX') {
    throw invalidParameter(
      `FARGATE_SPOT runs Linux tasks only, and ${definition.family}:${definition.revision} asks for ` +
        `runtimePlatform.operatingSystemFamily ${family}. Use the FARGATE capacity provider for Windows tasks.`,
      'capacityProviderStrategy',
    );
  }
}

/** The counts per provider in strategy order, from `distribute`'s launch order. */
function countsInOrder(
  items: ReadonlyArray<StrategyItem>,
  order: ReadonlyArray<string>,
): Array<[string, number]> {
  return items
    .map((item): [string, number] => [
      item.capacityProvider,
      order.filter((n) => n === item.capacityProvider).length,
    ])
    .filter(([, n]) => n > 0);
}

/**
 * Launches `count` tasks of `launch` through a capacity provider strategy, split by base and weight
 * (`distribute`). Fargate providers: each task runs on FARGATE with its provider's name. Auto Scaling group
 * providers: each provider's share is placed on the cluster's instances that carry its name; what finds no room
 * waits in PROVISIONING when the provider has managed scaling, and is reported in `failures` when it has not.
 * Throws ClientException when the waiting tasks would pass the cluster's PROVISIONING quota.
 */
export function launchWithStrategy(
  ctx: EngineContext,
  launch: Launch,
  how: StrategyLaunch,
): StrategyLaunchResult {
  const order = distribute(how.items, how.count, how.existing);
  const tasks: Task[] = [];
  const failures: PlacementFailure[] = [];
  const traceIds: string[] = [];
  if (how.providers === 'FARGATE') {
    checkFargateSpot(launch.definition, how.items);
    for (const [name, n] of countsInOrder(how.items, order)) {
      const placed = placeFargateLaunch(ctx, launch, n, how.platformVersion, name);
      tasks.push(...placed);
      // fewer when every AZ of the subnets is failed (sim FailAvailabilityZone)
      for (let i = placed.length; i < n; i++)
        failures.push({ arn: capacityProviderArn(ctx.state, name), reason: FARGATE_NO_CAPACITY });
    }
    return { tasks, failures, traceIds };
  }
  const instances = registeredInstancesOf(ctx.state, launch.cluster.clusterArn);
  for (const [name, n] of countsInOrder(how.items, order)) {
    const own = instances.filter((ci) => ci.capacityProviderName === name);
    const result = own.length
      ? placeLaunch(ctx, launch, n, own, how.constraints, how.strategies, how.asked, name)
      : { tasks: [], failures: [], traceIds: [] };
    tasks.push(...result.tasks);
    traceIds.push(...result.traceIds);
    const unplaced = n - result.tasks.length;
    if (unplaced === 0) continue;
    const provider = groupProvider(ctx.state, name);
    if (provider?.autoScalingGroupProvider.managedScaling.status === 'ENABLED') {
      tasks.push(
        ...laterHooks.waitForCapacity(
          ctx,
          launch,
          unplaced,
          name,
          how.constraints,
          how.strategies,
          how.asked,
        ),
      );
    } else if (result.failures.length) {
      failures.push(...result.failures);
    } else {
      failures.push({ arn: capacityProviderArn(ctx.state, name), reason: NO_INSTANCES_IN_PROVIDER });
    }
  }
  return { tasks, failures, traceIds };
}
