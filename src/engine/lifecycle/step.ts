import { transition } from 'xstate';
import type { EngineContext } from '../context';
import type { Task, TaskStatus } from '../model/ecs';
import { runEffects } from './effects';
import { scheduleNext, type TaskStepEvent } from './schedule';
import { containerSpecs } from './specs';
import { taskMachine, type TaskMachineEvent } from './task.machine';

/** The machine snapshot a stored task is in (the record is the source of truth; the machine is rebuilt). */
export const snapshotOf = (task: Task) =>
  taskMachine.resolveState({ value: task.lastStatus, context: { hasEni: task.eni !== undefined } });

/**
 * Feeds one event to a task: the machine decides the next state and names the actions, the effects write
 * the new record (version + 1), and the next timer is scheduled. Returns false when the machine does not
 * accept the event in the task's state (nothing is written).
 */
export function applyTaskEvent(ctx: EngineContext, task: Task, event: TaskMachineEvent): boolean {
  const snapshot = snapshotOf(task);
  if (!snapshot.can(event)) return false;
  const [next, actions] = transition(taskMachine, snapshot, event);
  const to = next.value as TaskStatus;
  const specs = containerSpecs(ctx.state, task);
  const changed = runEffects(
    { ctx, task: { ...task, lastStatus: to }, specs, event },
    actions.map((a) => a.type),
  );
  const record: Task = { ...changed, version: task.version + 1 };
  ctx.tx.set(ctx.state.ecs.tasks, task.taskArn, record);
  if (to !== task.lastStatus) {
    ctx.emit({ type: 'TaskStateChanged', at: ctx.now, taskArn: task.taskArn, from: task.lastStatus, to });
  }
  scheduleNext(ctx, record, specs);
  return true;
}

/** Runs a `task.step` (or container) timer: ignored when the task is gone or has moved on (stale version). */
export function runTaskStep(
  ctx: EngineContext,
  taskArn: string,
  version: number,
  event: TaskStepEvent,
): void {
  const task = ctx.state.ecs.tasks[taskArn];
  if (!task || task.version !== version) return;
  if (event === 'expired') {
    if (task.lastStatus === 'STOPPED') ctx.tx.remove(ctx.state.ecs.tasks, taskArn);
    return;
  }
  applyTaskEvent(ctx, task, { type: event });
}
