import { onTimer } from '../timerHandlers';
import type { TaskStepEvent } from './schedule';
import { runTaskStep } from './step';

/**
 * Registers the task lifecycle's timers. Each carries the task version it was scheduled at; a timer whose task
 * has been written since is stale and does nothing. Container exits and health changes step the machine with
 * 'container.changed' (the container records are brought up to date from their plan).
 */
export function registerTaskTimers(): void {
  onTimer('task.step', (ctx, t) => runTaskStep(ctx, t.taskArn, t.version, t.event as TaskStepEvent));
  onTimer('container.exit', (ctx, t) => runTaskStep(ctx, t.taskArn, t.version, 'container.changed'));
  onTimer('container.health', (ctx, t) => runTaskStep(ctx, t.taskArn, t.version, 'container.changed'));
}
