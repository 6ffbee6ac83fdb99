import type { EngineContext } from '../context';
import {
  deregisterServiceTarget,
  registerServiceTarget,
  serviceTargetFor,
  targetHealth,
  type ServiceTarget,
  type TargetHealth,
} from '../elbv2';
import type { RegisteredTarget } from '../model/elbv2';
import type { Task } from '../model/ecs';
import type { Service, ServiceDeployment, ServiceLoadBalancer } from '../model/service';
import type { SimState } from '../state';
import { deregisteredTargets, registeredTargets } from './messages';
import { withEvent } from './record';

/**
 * The service's side of its load balancers (ecs-reference §5.8): which targets its tasks register as, their
 * health, and registering and deregistering them with the service events. Classic load balancers
 * (`loadBalancerName`) are not simulated and have no targets.
 */

/** A `loadBalancers[]` entry the scheduler acts on: a target group, and the container port it sends to. */
export interface TargetGroupUse {
  readonly targetGroupArn: string;
  readonly containerName: string;
  readonly containerPort: number;
}

/** Per `loadBalancers` list (kept by every copy of a service record, never mutated): its target groups. */
const usesOf = new WeakMap<ReadonlyArray<ServiceLoadBalancer>, ReadonlyArray<TargetGroupUse>>();

/** The service's target groups, with the container and port each one reaches (asked for per task). */
export function targetGroupsOf(service: Service): ReadonlyArray<TargetGroupUse> {
  let uses = usesOf.get(service.loadBalancers);
  if (!uses) {
    uses = service.loadBalancers.flatMap((lb) =>
      lb.targetGroupArn !== undefined && lb.containerName !== undefined && lb.containerPort !== undefined
        ? [
            {
              targetGroupArn: lb.targetGroupArn,
              containerName: lb.containerName,
              containerPort: lb.containerPort,
            },
          ]
        : [],
    );
    usesOf.set(service.loadBalancers, uses);
  }
  return uses;
}

/** The target group a deployment's tasks join, for one `loadBalancers[]` target group. */
export const groupOf = (d: ServiceDeployment | undefined, targetGroupArn: string): string =>
  d?.targetGroups?.[targetGroupArn] ?? targetGroupArn;

/**
 * The task's target groups: a blue/green-family deployment's tasks join the group its `targetGroups` maps each
 * service target group to (the alternate one for green, blueGreen.ts).
 */
export function taskTargetGroups(service: Service, task: Task): ReadonlyArray<TargetGroupUse> {
  const uses = targetGroupsOf(service);
  const deployment = service.deployments.find((d) => d.id === task.startedBy);
  if (!deployment?.targetGroups) return uses;
  return uses.map((use) => ({ ...use, targetGroupArn: groupOf(deployment, use.targetGroupArn) }));
}

/** A task's target in one of the groups, and its health now (undefined while the task has no address). */
function targetIn(
  state: SimState,
  task: Task,
  use: TargetGroupUse,
): { target: ServiceTarget; health: TargetHealth } | undefined {
  const target = serviceTargetFor(state, task, use.containerName, use.containerPort);
  return target && { target, health: targetHealth(state, use.targetGroupArn, target) };
}

/** Whether every target of the task is `healthy` (true for a service without target groups). */
export const targetsHealthy = (state: SimState, service: Service, task: Task): boolean =>
  taskTargetGroups(service, task).every((use) => targetIn(state, task, use)?.health.State === 'healthy');

/** The task's targets the load balancer found `unhealthy`, with the group and why. */
export function unhealthyTargets(
  state: SimState,
  service: Service,
  task: Task,
): Array<{ targetGroupArn: string; target: ServiceTarget; health: TargetHealth }> {
  return taskTargetGroups(service, task).flatMap((use) => {
    const found = targetIn(state, task, use);
    return found?.health.State === 'unhealthy' ? [{ targetGroupArn: use.targetGroupArn, ...found }] : [];
  });
}

/** Adds one event per target group that `count` targets of the service joined or left. */
function withCountEvents(
  ctx: EngineContext,
  service: Service,
  counts: ReadonlyMap<string, number>,
  message: (service: string, count: number, targetGroupArn: string) => string,
): Service {
  let next = service;
  for (const [arn, count] of counts) next = withEvent(ctx, next, message(next.serviceName, count, arn));
  return next;
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Registers the targets of the service's RUNNING tasks that are not in their groups yet (a task that just
 * reached RUNNING), with the event per group. `serving` are the tasks the service keeps (not stopping).
 */
export function registerRunningTasks(
  ctx: EngineContext,
  service: Service,
  serving: ReadonlyArray<Task>,
): Service {
  const counts = new Map<string, number>();
  for (const task of serving) {
    if (task.lastStatus !== 'RUNNING') continue;
    for (const use of taskTargetGroups(service, task)) {
      if (!ctx.state.elbv2.targetGroups[use.targetGroupArn]) continue;
      const found = targetIn(ctx.state, task, use);
      if (!found || (found.health.Reason !== 'Target.NotRegistered' && found.health.State !== 'draining'))
        continue;
      registerServiceTarget(ctx, use.targetGroupArn, found.target);
      bump(counts, use.targetGroupArn);
    }
  }
  return withCountEvents(ctx, service, counts, registeredTargets);
}

/**
 * The targets the scheduler registered for each of the tasks (draining ones too), in any group: after an
 * update that changed the load balancers, older tasks are still in the groups they joined. One pass over
 * the account's targets.
 */
function recordsOf(state: SimState, tasks: ReadonlyArray<Task>): Map<string, RegisteredTarget[]> {
  const byTask = new Map<string, RegisteredTarget[]>();
  const asked = new Set<string>(tasks.map((t) => t.taskArn));
  for (const target of Object.values(state.elbv2.targets)) {
    if (target.taskArn === undefined || !asked.has(target.taskArn)) continue;
    const records = byTask.get(target.taskArn);
    if (records) records.push(target);
    else byTask.set(target.taskArn, [target]);
  }
  return byTask;
}

/**
 * Deregisters the tasks' targets that are still in service, with the event per group. Returns the service
 * and, per task, when its last target has drained (the task may stop then; `now` when nothing drains).
 */
export function deregisterTasks(
  ctx: EngineContext,
  service: Service,
  tasks: ReadonlyArray<Task>,
): { service: Service; drainedAt: Map<Task, number> } {
  const counts = new Map<string, number>();
  const drainedAt = new Map<Task, number>();
  if (!tasks.length) return { service, drainedAt };
  const before = recordsOf(ctx.state, tasks);
  for (const task of tasks) {
    for (const record of before.get(task.taskArn) ?? []) {
      if (record.health.State === 'draining') continue;
      deregisterServiceTarget(ctx, record.targetGroupArn, record);
      bump(counts, record.targetGroupArn);
    }
  }
  // nothing deregistered: the records are as they were
  const after = counts.size ? recordsOf(ctx.state, tasks) : before;
  for (const task of tasks) {
    let until = ctx.now;
    for (const r of after.get(task.taskArn) ?? []) until = Math.max(until, r.drainingUntil ?? ctx.now);
    drainedAt.set(task, until);
  }
  return { service: withCountEvents(ctx, service, counts, deregisteredTargets), drainedAt };
}
