import type { EngineContext } from '../context';
import type { Task } from '../model/ecs';
import type { TaskArn } from '../model/ids';
import { serviceArnOfTask } from './arn';
import { scheduleReconcile } from './record';

/**
 * Whether a task's change is one the scheduler acts on (reaching STOPPED aside): it reached RUNNING (it may
 * count as healthy and its targets register), its container health changed, or it was told to stop by anyone
 * but the scheduler (a crash, StopTask, a failed instance: it no longer counts, so a replacement may start).
 * The steps in between (PENDING, ACTIVATING, DEACTIVATING, …) change nothing the scheduler reads, and its own
 * stops are already in the plan that made them.
 */
const wakesScheduler = (before: Task, after: Task) =>
  (after.lastStatus === 'RUNNING' && before.lastStatus !== 'RUNNING') ||
  after.healthStatus !== before.healthStatus ||
  (after.desiredStatus === 'STOPPED' &&
    before.desiredStatus !== 'STOPPED' &&
    after.stopCode !== 'ServiceSchedulerInitiated');

/**
 * The lifecycle's hook into the scheduler: called after every write of a task record. A service task whose
 * change the scheduler acts on makes it look again (a timer at the current instant, so it runs after the
 * lifecycle step is done); one that stopped is reported first, so failures are counted once.
 */
export function noteTaskChange(ctx: EngineContext, before: Task, after: Task): void {
  const stopped = after.lastStatus === 'STOPPED' && before.lastStatus !== 'STOPPED';
  if (!stopped && !wakesScheduler(before, after)) return;
  const serviceArn = serviceArnOfTask(ctx.state, after);
  if (!serviceArn) return;
  if (stopped) {
    ctx.schedule(0, { kind: 'service.taskStopped', serviceArn, stoppedTaskArn: after.taskArn });
  } else scheduleReconcile(ctx, serviceArn);
}

/**
 * The load balancer's hook into the scheduler: a service task's target changed health (it turned healthy, so
 * a deployment may go on, or unhealthy, so the task may be replaced). The scheduler looks again.
 */
export function noteTargetHealthChange(ctx: EngineContext, taskArn: TaskArn | undefined): void {
  const task = taskArn === undefined ? undefined : ctx.state.ecs.tasks[taskArn];
  const serviceArn = task && task.lastStatus !== 'STOPPED' ? serviceArnOfTask(ctx.state, task) : undefined;
  if (serviceArn) scheduleReconcile(ctx, serviceArn);
}
