import { onTimer } from '../timerHandlers';
import { noteStoppedTask } from './breaker';
import { reconcileService } from './reconcile';

/** Registers the service scheduler's timers: a reconcile, and a service task that reached STOPPED. */
export function registerServiceTimers(): void {
  onTimer('service.reconcile', (ctx, t) => reconcileService(ctx, t.serviceArn));
  onTimer('service.taskStopped', (ctx, t) => {
    const service = ctx.state.ecs.services[t.serviceArn];
    const task = ctx.state.ecs.tasks[t.stoppedTaskArn];
    if (service && task) noteStoppedTask(ctx, service, task);
    reconcileService(ctx, t.serviceArn);
  });
}
