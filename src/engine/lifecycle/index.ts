import type { EngineContext } from '../context';
import { laterHooks } from '../laterHooks';
import type { ForcedExit, StopCode, Task } from '../model/ecs';
import type { TaskArn } from '../model/ids';
import { scheduleNext } from './schedule';
import { containerSpecs } from './specs';
import { applyTaskEvent } from './step';

/**
 * The task lifecycle's entry points for other engine modules. Only the lifecycle writes a task record after
 * placement: every write bumps `version` and schedules the task's next timer, which makes older timers stale.
 * A module that must change a task some other way has to go through these functions.
 */

export { taskMachine } from './task.machine';
export type { TaskMachine, TaskMachineEvent } from './task.machine';

/**
 * Starts a freshly placed task (record already stored, lastStatus PROVISIONING or PENDING) on its way. A
 * PENDING task starts pulling its images now; an awsvpc task (one with an `eni`) attaches it in PROVISIONING.
 */
export function beginTaskLifecycle(ctx: EngineContext, taskArn: TaskArn): void {
  const stored = ctx.state.ecs.tasks[taskArn];
  if (!stored) throw new Error(`beginTaskLifecycle: no task ${taskArn}`);
  const begun: Task = {
    ...stored,
    ...(stored.lastStatus === 'PENDING' && stored.pullStartedAt === undefined
      ? { pullStartedAt: ctx.now }
      : {}),
    ...(stored.eni?.status === 'PRECREATED' ? { eni: { ...stored.eni, status: 'ATTACHING' } } : {}),
    version: stored.version + 1,
  };
  // a task placed straight into PENDING does its start-up work now, as the machine's PENDING entry does
  const task =
    begun.lastStatus === 'PENDING' && stored.pullStartedAt === undefined
      ? laterHooks.startTask(ctx, begun)
      : begun;
  ctx.tx.set(ctx.state.ecs.tasks, taskArn, task);
  scheduleNext(ctx, task, containerSpecs(ctx.state, task));
}

/**
 * Asks a task to stop: desiredStatus becomes STOPPED now, lastStatus follows through STOPPING… STOPPED as
 * the lifecycle runs, and resources are released when it reaches STOPPED. No-op for a task that is already
 * stopped or stopping (the first stop code and reason stay).
 */
export function requestTaskStop(
  ctx: EngineContext,
  taskArn: TaskArn,
  why: { readonly stopCode: StopCode; readonly reason: string },
): void {
  const task = ctx.state.ecs.tasks[taskArn];
  if (!task || task.desiredStatus === 'STOPPED' || task.lastStatus === 'STOPPED') return;
  applyTaskEvent(ctx, task, { type: 'stop.requested', ...why });
}

/**
 * Makes one container of a RUNNING task exit now, whatever its image would do (sim ExitContainer). The exit
 * joins the container's plan and the task takes the step a `container.exit` timer takes, so the usual rules
 * follow: the container record shows the exit at once; an essential container's exit stops the task
 * (EssentialContainerExited) at this instant's next step; any other container's exit leaves the task running.
 * The caller checks that the task is RUNNING and the container still running.
 */
export function forceContainerExit(ctx: EngineContext, taskArn: TaskArn, exit: Omit<ForcedExit, 'at'>): void {
  const task = ctx.state.ecs.tasks[taskArn];
  if (!task || task.lastStatus !== 'RUNNING')
    throw new Error(`forceContainerExit: no RUNNING task ${taskArn}`);
  const forcedExits = [...(task.forcedExits ?? []), { ...exit, at: ctx.now }];
  applyTaskEvent(ctx, { ...task, forcedExits }, { type: 'container.changed' });
}
