import { transition } from 'xstate';
import type { EngineContext } from '../context';
import { laterHooks } from '../laterHooks';
import type { Task, TaskStatus } from '../model/ecs';
import { noteTaskChange } from '../services/notify';
import { runEffects } from './effects';
import { scheduleNext, type TaskStepEvent } from './schedule';
import { containerSpecs } from './specs';
import { taskMachine, type TaskMachineEvent } from './task.machine';

/** Where the machine takes a task on an event: the next state and the names of the actions to run. */
interface Step {
  readonly to: TaskStatus;
  readonly actions: ReadonlyArray<string>;
}

/**
 * The machine's answers, memoized. Its guards read only `hasEni` and its actions are names, so the state, the
 * ENI flag and the event type decide a step; each combination goes through xstate's `transition()` once.
 * Running the machine for every timer was about half of `advance`'s time (issue 9).
 */
const steps = new Map<string, Step | null>();

function machineStep(task: Task, event: TaskMachineEvent): Step | undefined {
  const hasEni = task.eni !== undefined;
  const key = `${task.lastStatus}|${hasEni}|${event.type}`;
  let step = steps.get(key);
  if (step === undefined) {
    const snapshot = taskMachine.resolveState({ value: task.lastStatus, context: { hasEni } });
    if (snapshot.can(event)) {
      const [next, actions] = transition(taskMachine, snapshot, event);
      step = { to: next.value as TaskStatus, actions: actions.map((a) => a.type) };
    } else step = null;
    steps.set(key, step);
  }
  return step ?? undefined;
}

/**
 * Feeds one event to a task: the machine decides the next state and names the actions, the effects write
 * the new record (version + 1), and the next timer is scheduled. Returns false when the machine does not
 * accept the event in the task's state (nothing is written).
 */
export function applyTaskEvent(ctx: EngineContext, task: Task, event: TaskMachineEvent): boolean {
  const step = machineStep(task, event);
  if (!step) return false;
  const { to } = step;
  const specs = containerSpecs(ctx.state, task);
  const moved: Task = { ...task, lastStatus: to, version: task.version + 1 };
  const record = runEffects({ ctx, task: moved, specs, event }, step.actions);
  ctx.tx.set(ctx.state.ecs.tasks, task.taskArn, record);
  if (to !== task.lastStatus) {
    ctx.emit({ type: 'TaskStateChanged', at: ctx.now, taskArn: task.taskArn, from: task.lastStatus, to });
  }
  // the start-up work may have set the images the containers run as (private ECR images)
  scheduleNext(ctx, record, record.runImages === task.runImages ? specs : containerSpecs(ctx.state, record));
  noteTaskChange(ctx, task, record);
  laterHooks.taskWritten(ctx, task, record);
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
