import { arnName } from '../../lib/arn';
import type { EngineContext } from '../context';
import { requestTaskStop } from '../lifecycle';
import type { Task } from '../model/ecs';
import type { Service } from '../model/service';
import { TIME_EPSILON } from './health';
import { beganDraining, stoppedTasks } from './messages';
import type { PlannedStop } from './plan';
import { withEvent } from './record';
import { deregisterTasks } from './targets';

/**
 * How the scheduler stops its tasks behind a load balancer (ecs-reference §5.8): it deregisters their targets
 * first, and a task whose targets drain gets its stop only when the target group's deregistration delay is
 * over. A task without targets (or with a delay of 0) stops at once. The draining tasks are kept in the
 * service record (`draining`), with the reason their stop will carry.
 */

/** Stops the tasks now, with the "has stopped" event. */
function stopNow(ctx: EngineContext, service: Service, stops: ReadonlyArray<PlannedStop>): Service {
  if (!stops.length) return service;
  for (const { task, reason } of stops) {
    requestTaskStop(ctx, task.taskArn, { stopCode: 'ServiceSchedulerInitiated', reason });
  }
  return withEvent(
    ctx,
    service,
    stoppedTasks(
      service.serviceName,
      stops.map((s) => arnName(s.task.taskArn)),
    ),
  );
}

/** Carries out a plan's stops: their events, the deregistrations, then the stops or the draining. */
export function stopServiceTasks(
  ctx: EngineContext,
  service: Service,
  stops: ReadonlyArray<PlannedStop>,
): Service {
  let next = service;
  for (const stop of stops) if (stop.event) next = withEvent(ctx, next, stop.event);
  const deregistered = deregisterTasks(
    ctx,
    next,
    stops.map((s) => s.task),
  );
  next = deregistered.service;
  const later = stops.filter((s) => deregistered.drainedAt.get(s.task)! > ctx.now + TIME_EPSILON);
  next = stopNow(
    ctx,
    next,
    stops.filter((s) => !later.includes(s)),
  );
  if (!later.length) return next;
  next = withEvent(ctx, next, beganDraining(next.serviceName, later.length));
  const draining = later.map(({ task, reason }) => ({
    taskArn: task.taskArn,
    until: deregistered.drainedAt.get(task)!,
    reason,
  }));
  return { ...next, draining: [...(next.draining ?? []), ...draining] };
}

/**
 * Stops the draining tasks whose deregistration delay is over, and forgets those that stopped meanwhile (a
 * crash, StopTask).
 */
export function finishDrainedTasks(ctx: EngineContext, service: Service): Service {
  const draining = service.draining ?? [];
  if (!draining.length) return service;
  const tasks = ctx.state.ecs.tasks;
  const gone = (arn: string) => {
    const t = tasks[arn as Task['taskArn']];
    return !t || t.desiredStatus === 'STOPPED' || t.lastStatus === 'STOPPED';
  };
  const due = draining.filter((d) => !gone(d.taskArn) && d.until <= ctx.now + TIME_EPSILON);
  const left = draining.filter((d) => !gone(d.taskArn) && !due.includes(d));
  const next = stopNow(
    ctx,
    service,
    due.map((d) => ({ task: tasks[d.taskArn]!, reason: d.reason })),
  );
  return left.length ? { ...next, draining: left } : { ...next, draining: undefined };
}

/** When the next draining task may stop, if any is draining. */
export const nextDrainedAt = (service: Service): number | undefined =>
  service.draining?.length ? Math.min(...service.draining.map((d) => d.until)) : undefined;

/**
 * Deregisters at once the targets of the service's tasks that stopped or are stopping by other means than
 * the scheduler's draining (a crash, StopTask), with the event.
 */
export function releaseStoppedTargets(
  ctx: EngineContext,
  service: Service,
  tasks: ReadonlyArray<Task>,
): Service {
  const draining = new Set((service.draining ?? []).map((d) => d.taskArn as string));
  const stopping = tasks.filter(
    (t) => (t.desiredStatus === 'STOPPED' || t.lastStatus === 'STOPPED') && !draining.has(t.taskArn),
  );
  return stopping.length ? deregisterTasks(ctx, service, stopping).service : service;
}
