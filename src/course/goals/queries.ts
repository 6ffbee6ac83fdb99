import type { Simulation, Task, TaskStatus } from '../../engine/index';
import { arnName } from '../../lib/arn';

/** Reads used by goals: plain views over the engine's public state. */

/** The family of a task definition ARN (`…:task-definition/web:3` → `web`). */
export const familyOf = (taskDefinitionArn: string) => arnName(taskDefinitionArn).split(':')[0]!;
export const revisionOf = (taskDefinitionArn: string) => Number(arnName(taskDefinitionArn).split(':')[1]);

export interface TaskFilter {
  readonly cluster?: string;
  readonly family?: string;
  readonly status?: TaskStatus | ReadonlyArray<TaskStatus>;
  readonly launchType?: 'EC2' | 'FARGATE';
}

/** Tasks matching every given field. */
export function tasksWhere(sim: Simulation, filter: TaskFilter = {}): ReadonlyArray<Task> {
  const statuses = filter.status === undefined ? undefined : ([] as TaskStatus[]).concat(filter.status);
  return (Object.values(sim.state.ecs.tasks) as Task[]).filter(
    (t) =>
      (filter.cluster === undefined || arnName(t.clusterArn) === filter.cluster) &&
      (filter.family === undefined || familyOf(t.taskDefinitionArn) === filter.family) &&
      (statuses === undefined || statuses.includes(t.lastStatus)) &&
      (filter.launchType === undefined || t.launchType === filter.launchType),
  );
}

/** Container instances of a cluster with a given status (ACTIVE by default). */
export function instancesOf(sim: Simulation, cluster: string, status: string = 'ACTIVE') {
  return Object.values(sim.state.ecs.containerInstances).filter(
    (ci) => arnName(ci.clusterArn) === cluster && ci.status === status,
  );
}

/** The value of an attribute on a container instance ('' for name-only attributes). */
export function attributeOf(
  ci: { readonly attributes: ReadonlyArray<{ readonly name: string; readonly value?: string }> },
  name: string,
): string | undefined {
  const a = ci.attributes.find((x) => x.name === name);
  return a ? (a.value ?? '') : undefined;
}

/** Registered revisions of a family, newest last. */
export function revisionsOf(sim: Simulation, family: string) {
  return Object.values(sim.state.ecs.taskDefinitions)
    .filter((td) => td.family === family)
    .sort((a, b) => a.revision - b.revision);
}

/** Groups values and counts them: `countBy(tasks, t => t.availabilityZone)`. */
export function countBy<T>(items: ReadonlyArray<T>, key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}
