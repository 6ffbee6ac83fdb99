import { tasksWhere } from '../../src/course/goals';
import { arnName } from '../../src/lib/arn';
import type { Service, Simulation, Task } from '../../src/engine/index';

/** What lesson 06 watches: the service, its size, the on-demand floor, the split and the shutdown time. */
export const CLUSTER = 'media';
export const SERVICE = 'worker';
export const DESIRED = 10;
/** tasks that must stay on regular Fargate, out of Spot's reach */
export const ON_DEMAND_FLOOR = 2;
/** the share of the tasks above the floor that should run on Fargate Spot */
export const SPOT_SHARE = { min: 0.7, max: 0.8 } as const;
/** how long a worker needs after SIGTERM to finish the photo in hand and hand its jobs back */
export const SHUTDOWN_SECONDS = 90;
/** Fargate's ceiling for stopTimeout, and the length of the Spot warning (ecs-reference §8.4, §11) */
export const FARGATE_STOP_TIMEOUT_MAX = 120;
/** what a container gets when its definition sets no stopTimeout (ecs-reference §1.2) */
export const DEFAULT_STOP_TIMEOUT = 30;

/** The service worker in media as the engine holds it (not a deleted one). */
export function workerService(sim: Simulation): Service | undefined {
  return (Object.values(sim.state.ecs.services) as Service[]).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );
}

/** Every task the service has started (stopped ones included while the engine keeps them). */
export const workerTasks = (sim: Simulation): ReadonlyArray<Task> =>
  tasksWhere(sim, { cluster: CLUSTER }).filter((t) => t.group === `service:${SERVICE}`);

/** The capacity a task runs on: its capacity provider, or FARGATE for a task started with that launch type. */
export const providerOf = (t: Task): string => t.capacityProviderName ?? t.launchType;

/** A task RUNNING that nobody has asked to stop. */
export const isLive = (t: Task): boolean => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING';

/** A task Fargate Spot took back (its stop code, whichever of the two the API uses). */
export const wasReclaimed = (t: Task): boolean =>
  t.stopCode === 'SpotInterruption' || t.stopCode === 'TerminationNotice';

/** When a task stopped counting as serving: the moment it was told to stop (or stopped on its own). */
export const leftAt = (t: Task): number => t.stoppingAt ?? t.executionStoppedAt ?? t.stoppedAt ?? Infinity;

/** Live tasks per capacity: how many on regular Fargate, how many on Spot, and the Spot share above the floor. */
export function splitOf(tasks: ReadonlyArray<Task>) {
  const onDemand = tasks.filter((t) => providerOf(t) === 'FARGATE').length;
  const spot = tasks.filter((t) => providerOf(t) === 'FARGATE_SPOT').length;
  const aboveFloor = onDemand + spot - ON_DEMAND_FLOOR;
  return { onDemand, spot, spotShare: aboveFloor > 0 ? spot / aboveFloor : 0 };
}

/** The stopTimeout each container of a task definition gets (the default where it sets none). */
export function stopTimeoutsOf(sim: Simulation, taskDefinitionArn: string): ReadonlyArray<number> {
  const td = sim.state.ecs.taskDefinitions[taskDefinitionArn as keyof typeof sim.state.ecs.taskDefinitions];
  return (td?.containerDefinitions ?? []).map((c) => c.stopTimeout ?? DEFAULT_STOP_TIMEOUT);
}

/** Whether every container of the definition may take the shutdown time and no more than Fargate allows. */
export const usesWarning = (sim: Simulation, taskDefinitionArn: string): boolean => {
  const timeouts = stopTimeoutsOf(sim, taskDefinitionArn);
  return timeouts.length > 0 && timeouts.every((s) => s >= SHUTDOWN_SECONDS && s <= FARGATE_STOP_TIMEOUT_MAX);
};

/** The fewest of the service's tasks RUNNING (and wanted) at any moment from `from` to `to`. */
export function fewestRunningBetween(sim: Simulation, from: number, to: number): number {
  const tasks = workerTasks(sim);
  const moments = new Set([from]);
  for (const t of tasks)
    for (const at of [t.startedAt, leftAt(t)]) if (at !== undefined && at > from && at <= to) moments.add(at);
  const runningAt = (t: Task, at: number) => t.startedAt !== undefined && t.startedAt <= at && at < leftAt(t);
  return Math.min(...[...moments].map((at) => tasks.filter((t) => runningAt(t, at)).length));
}

/** `worker:2` from a task definition ARN. */
export const revisionName = (taskDefinitionArn: string): string => arnName(taskDefinitionArn);
