import type { EngineContext } from '../context';
import type { Task } from '../model/ecs';
import type { TaskArn } from '../model/ids';
import { serviceArnOfTask } from './arn';
import { scheduleReconcile } from './record';

/**
 * The lifecycle's hook into the scheduler: called after every write of a task record. A service task that
 * changed state or health makes the scheduler look again (a timer at the current instant, so it runs after the
 * lifecycle step is done); one that stopped is reported first, so failures are counted once.
 */
export function noteTaskChange(ctx: EngineContext, before: Task, after: Task): void {
  if (before.lastStatus === after.lastStatus && before.healthStatus === after.healthStatus) return;
  const serviceArn = serviceArnOfTask(ctx.state, after);
  if (!serviceArn) return;
  if (after.lastStatus === 'STOPPED') {
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
