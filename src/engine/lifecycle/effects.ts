import type { EngineContext } from '../context';
import { laterHooks } from '../laterHooks';
import type { Task, TaskContainer } from '../model/ecs';
import { releaseFromInstance, type TaskReservation } from '../resources';
import { containerAt, taskPlans } from './containers';
import { aggregateTaskHealth } from './health';
import { pullFailure, type ContainerSpec } from './specs';
import type { TaskActionName, TaskMachineEvent } from './task.machine';

/** Exit code of a process killed with SIGKILL after its stopTimeout ran out. */
export const SIGKILL_EXIT_CODE = 137;
export const ESSENTIAL_EXITED_REASON = 'Essential container in task exited';

/** What an effect gets: the context, the task record so far, its container specs, and the event. */
export interface EffectInput {
  readonly ctx: EngineContext;
  readonly task: Task;
  readonly specs: ReadonlyArray<ContainerSpec>;
  readonly event: TaskMachineEvent;
}

type Effect = (input: EffectInput) => Task;

const NOTHING_HELD: TaskReservation = { cpu: 0, memory: 0, ports: [], portsUdp: [], eni: false };

const withHealth = (
  task: Task,
  specs: ReadonlyArray<ContainerSpec>,
  containers: ReadonlyArray<TaskContainer>,
): Task => ({
  ...task,
  containers,
  healthStatus: aggregateTaskHealth(
    containers.map((c) => ({ ...c, checked: specs.some((s) => s.name === c.name && s.healthCheck) })),
  ),
});

/** Brings the container records up to `now` from their plan (no-op before the images are pulled). */
function syncContainers({ ctx, task, specs }: EffectInput): Task {
  if (task.pullStoppedAt === undefined) return task;
  const plans = taskPlans(task, specs);
  const containers = task.containers.map((c) => {
    const plan = plans.find((p) => p.name === c.name);
    return plan ? containerAt(c, plan, ctx.now) : c;
  });
  return withHealth(task, specs, containers);
}

/** Marks the task stopping: desired STOPPED now, with the first reason given (later requests keep it). */
const stopping = (task: Task, now: number, stopCode: Task['stopCode'], reason: string): Task => ({
  ...task,
  desiredStatus: 'STOPPED',
  stoppingAt: task.stoppingAt ?? now,
  stopCode: task.stopCode ?? stopCode,
  stoppedReason: task.stoppedReason ?? reason,
});

/**
 * Gives `part` of what the task holds back to its instance and records the rest as still held. Because the
 * record then no longer holds `part`, a second release gives nothing back.
 */
function release(ctx: EngineContext, task: Task, part: TaskReservation, rest: TaskReservation): Task {
  if (task.containerInstanceArn) releaseFromInstance(ctx, task.containerInstanceArn, part);
  return { ...task, reserved: rest };
}

const effects: Record<TaskActionName, Effect> = {
  // entering PENDING: the start-up work (credentials, secrets, files, logs, volumes) is done now (startup/*)
  startPull: ({ ctx, task }) =>
    laterHooks.startTask(ctx, { ...task, pullStartedAt: task.pullStartedAt ?? ctx.now }),
  markEniAttached: ({ task }) => (task.eni ? { ...task, eni: { ...task.eni, status: 'ATTACHED' } } : task),
  recordPulled: ({ ctx, task }) => ({ ...task, pullStoppedAt: ctx.now }),
  failPull: ({ ctx, task, specs }) => {
    const failure = pullFailure(task, specs);
    const message = failure?.message ?? 'CannotPullContainerError: the image could not be pulled';
    const containers = task.containers.map((c): TaskContainer => ({
      ...c,
      lastStatus: 'STOPPED',
      ...(c.name === failure?.container ? { reason: message } : {}),
    }));
    return {
      ...stopping({ ...task, containers, pullStoppedAt: ctx.now }, ctx.now, 'TaskFailedToStart', message),
      executionStoppedAt: ctx.now,
    };
  },
  syncContainers,
  markConnected: ({ ctx, task }) => ({ ...task, connectivityAt: ctx.now }),
  markRunning: ({ ctx, task }) => ({ ...task, startedAt: ctx.now }),
  recordStop: ({ ctx, task, event }) => {
    if (event.type !== 'stop.requested') return task;
    const next = stopping(task, ctx.now, event.stopCode, event.reason);
    // StopTask deletes the task's tags (ecs-reference §6.3)
    return event.stopCode === 'UserInitiated' ? { ...next, tags: [] } : next;
  },
  recordEssentialExit: ({ ctx, task }) =>
    stopping(task, ctx.now, 'EssentialContainerExited', ESSENTIAL_EXITED_REASON),
  stopContainers: ({ ctx, task, specs }) => {
    const plans = taskPlans(task, specs);
    const containers = task.containers.map((c): TaskContainer => {
      if (c.lastStatus !== 'RUNNING') return { ...c, lastStatus: 'STOPPED' };
      const killed = plans.find((p) => p.name === c.name)?.ignoresSigterm ?? false;
      return { ...c, lastStatus: 'STOPPED', exitCode: killed ? SIGKILL_EXIT_CODE : 0 };
    });
    return { ...withHealth(task, specs, containers), executionStoppedAt: ctx.now };
  },
  detachEni: ({ task }) => (task.eni ? { ...task, eni: { ...task.eni, status: 'DETACHING' } } : task),
  releaseEni: ({ ctx, task }) => {
    const detached = task.eni ? { ...task, eni: { ...task.eni, status: 'DELETED' as const } } : task;
    // the deleted ENI gives its address back to the subnet
    if (task.eni) laterHooks.releaseSubnetAddress(ctx, task.eni.subnetId, task.eni.privateIPv4Address);
    if (!task.reserved.eni) return detached;
    return release(ctx, detached, { ...NOTHING_HELD, eni: true }, { ...task.reserved, eni: false });
  },
  finishStop: ({ ctx, task }) => {
    const containers = task.containers.map((c): TaskContainer => ({ ...c, lastStatus: 'STOPPED' }));
    const done = release(ctx, { ...task, containers }, task.reserved, NOTHING_HELD);
    ctx.emit({
      type: 'TaskStopped',
      at: ctx.now,
      taskArn: task.taskArn,
      stopCode: done.stopCode ?? 'UserInitiated',
      stoppedReason: done.stoppedReason ?? '',
    });
    return { ...done, stoppedAt: ctx.now, executionStoppedAt: task.executionStoppedAt ?? ctx.now };
  },
};

/** Runs the named actions in order against the task record; returns the new record (not yet stored). */
export function runEffects(
  input: Omit<EffectInput, 'task'> & { readonly task: Task },
  names: ReadonlyArray<string>,
): Task {
  let task = input.task;
  for (const name of names) {
    const effect = effects[name as TaskActionName];
    if (effect) task = effect({ ...input, task });
  }
  return task;
}
