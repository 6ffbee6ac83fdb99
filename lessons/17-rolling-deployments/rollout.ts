import { tasksWhere } from '../../src/course/goals';
import { arnName } from '../../src/lib/arn';
import { deploymentBounds, type Simulation, type Task } from '../../src/engine/index';

/** What lesson 17 watches: the service, its size, the floor it must keep and the room the cluster has. */
export const CLUSTER = 'shop';
export const SERVICE = 'web';
export const DESIRED = 4;
export const FLOOR = 3;
export const ROOM = 5;
export const BROKEN_IMAGE = 'public.ecr.aws/ecs-sandbox/web:crash';

/** The service `web` in `shop` as the engine holds it. */
export function webService(sim: Simulation) {
  return Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );
}

/** Every task the service has started (stopped ones included, while the engine keeps them). */
export const serviceTasks = (sim: Simulation): ReadonlyArray<Task> =>
  tasksWhere(sim, { cluster: CLUSTER }).filter((t) => t.group === `service:${SERVICE}`);

/** When a task stopped counting for the service: the moment it was asked to stop (or stopped on its own). */
const leftAt = (t: Task) => t.stoppingAt ?? t.executionStoppedAt ?? t.stoppedAt ?? Infinity;

/** Whether the task was RUNNING and still wanted at time `at`. */
const runningAt = (t: Task, at: number) => t.startedAt !== undefined && t.startedAt <= at && at < leftAt(t);

/** Whether the task was in flight (PENDING or RUNNING, still wanted) at time `at`. */
const liveAt = (t: Task, at: number) => t.createdAt <= at && at < leftAt(t);

/**
 * The fewest RUNNING tasks and the most tasks in flight the service had between `from` and `to`, read off the
 * tasks' own timestamps (every count changes only at one of them, so those are the moments to look at).
 */
export function countsBetween(sim: Simulation, from: number, to: number) {
  const tasks = serviceTasks(sim);
  const moments = new Set([from]);
  for (const t of tasks) {
    for (const at of [t.createdAt, t.startedAt, leftAt(t)]) {
      if (at !== undefined && at > from && at <= to) moments.add(at);
    }
  }
  let fewestRunning = Infinity;
  let mostLive = 0;
  let lowAt = from;
  for (const at of moments) {
    const running = tasks.filter((t) => runningAt(t, at)).length;
    if (running < fewestRunning) [fewestRunning, lowAt] = [running, at];
    mostLive = Math.max(mostLive, tasks.filter((t) => liveAt(t, at)).length);
  }
  return { fewestRunning, mostLive, lowAt };
}

interface Percents {
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
}

/** The deploymentConfiguration percentages a CreateService or UpdateService call of `web` sets, if any. */
function percentsSetBy(call: Simulation['history'][number]): Partial<Percents> | undefined {
  if (call.service !== 'ecs') return undefined;
  if (call.operation !== 'CreateService' && call.operation !== 'UpdateService') return undefined;
  const input = call.input as {
    serviceName?: string;
    service?: string;
    cluster?: string;
    deploymentConfiguration?: Partial<Percents>;
  };
  const name = arnName(input.serviceName ?? input.service ?? '');
  if (name !== SERVICE || arnName(input.cluster ?? 'default') !== CLUSTER) return undefined;
  return input.deploymentConfiguration ?? {};
}

/**
 * Every minimum/maximum pair that governed the service from `from` on: the one in effect at `from` and each
 * one set after it. UpdateService keeps the members a request leaves out, as the engine does; 100/200 is the
 * REPLICA default.
 */
export function percentsSince(sim: Simulation, from: number): ReadonlyArray<Percents> {
  let current: Percents = { minimumHealthyPercent: 100, maximumPercent: 200 };
  const seen: Percents[] = [];
  for (const call of sim.history) {
    const set = percentsSetBy(call);
    if (!set) continue;
    if (call.at > from && seen.length === 0) seen.push(current);
    current = {
      minimumHealthyPercent: set.minimumHealthyPercent ?? current.minimumHealthyPercent,
      maximumPercent: set.maximumPercent ?? current.maximumPercent,
    };
    if (call.at > from) seen.push(current);
  }
  return seen.length ? seen : [current];
}

/** Why a minimum/maximum pair does not fit the lesson's requirement, or undefined when it does. */
export function boundsProblem({
  minimumHealthyPercent: min,
  maximumPercent: max,
}: Percents): string | undefined {
  const { lower, upper } = deploymentBounds(DESIRED, min, max);
  if (lower < FLOOR) {
    return `minimumHealthyPercent ${min} lets ECS go down to ceil(4 × ${min} %) = ${lower} healthy tasks; the floor is ${FLOOR}.`;
  }
  if (upper > ROOM) {
    return (
      `maximumPercent ${max} lets ECS run floor(4 × ${max} %) = ${upper} tasks at once, but the cluster has room ` +
      `for ${ROOM}: the extra launches find no instance (see the "unable to place" events).`
    );
  }
  return undefined;
}

/** Whether a task runs the broken build (web:crash). */
export function isBroken(sim: Simulation, t: Task): boolean {
  const td = sim.state.ecs.taskDefinitions[t.taskDefinitionArn];
  return td?.containerDefinitions.some((c) => c.image === BROKEN_IMAGE) ?? false;
}

/** `web:2` from a task definition ARN. */
export const revisionName = (taskDefinitionArn: string) => arnName(taskDefinitionArn);
