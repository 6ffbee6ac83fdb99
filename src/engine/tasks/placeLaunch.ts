import type { EngineContext } from '../context';
import type { ContainerInstance, Task } from '../model/ecs';
import type { PlacementConstraint, PlacementStrategy } from '../model/taskDefinition';
import { requirementOf } from '../placement/needs';
import { placeTasks, type PlacementResult } from '../placement/pipeline';
import { placeFargateTasks } from '../placement/fargate';
import { createTask } from './createTask';
import { createTaskOn, type Launch } from './launch';

/**
 * Places `count` tasks of `launch` on `instances` through the placement pipeline and creates each one where it
 * lands: what RunTask and the service scheduler share. `strategies` are the ones placement applies (defaults
 * filled in); each task records the constraints and the strategies that were `asked` for.
 */
export function placeLaunch(
  ctx: EngineContext,
  launch: Launch,
  count: number,
  instances: ReadonlyArray<ContainerInstance>,
  constraints: ReadonlyArray<PlacementConstraint>,
  strategies: ReadonlyArray<PlacementStrategy>,
  asked: ReadonlyArray<PlacementStrategy>,
  capacityProviderName?: string,
  /** a task that waited in PROVISIONING (count 1): placed, it keeps its ARN and creation time */
  waited?: Task,
): PlacementResult {
  return placeTasks(
    ctx,
    {
      cluster: launch.cluster,
      taskDefinition: launch.definition,
      requirement: requirementOf(
        launch.effective,
        launch.reservation,
        launch.subnets?.map((s) => s.AvailabilityZone),
      ),
      reservation: launch.reservation,
      group: launch.group,
      constraints,
      strategies,
      count,
      instances,
    },
    (instance, traceId, _index, held) =>
      createTaskOn(
        ctx,
        launch,
        instance,
        traceId,
        { constraints, strategies: asked },
        held,
        capacityProviderName,
        waited,
      ),
  );
}

/** The same for Fargate: `count` tasks of `launch` spread over its subnets' AZs, on `platformVersion`. */
export function placeFargateLaunch(
  ctx: EngineContext,
  launch: Launch,
  count: number,
  platformVersion: string,
  capacityProviderName?: string,
) {
  return placeFargateTasks(
    ctx,
    {
      cluster: launch.cluster,
      taskDefinition: launch.definition,
      requirement: requirementOf(launch.effective, launch.reservation, undefined),
      group: launch.group,
      count,
      subnets: launch.subnets!,
    },
    (subnet, traceId) =>
      createTask(
        ctx,
        {
          ...launch.spec,
          launchType: 'FARGATE',
          placementConstraints: [],
          placementStrategy: [],
          platformVersion,
          ...(capacityProviderName !== undefined ? { capacityProviderName } : {}),
        },
        { kind: 'fargate', subnet },
        traceId,
      ),
  );
}
