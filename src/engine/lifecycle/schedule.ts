import type { EngineContext } from '../context';
import type { Task } from '../model/ecs';
import type { SimTime } from '../model/ids';
import type { TimerPayload } from '../model/timers';
import { allStartedAt, essentialExitAt, nextContainerChange, taskPlans } from './containers';
import { pullFailure, pullSeconds, type ContainerSpec } from './specs';
import type { TaskMachineEventType } from './task.machine';

/** How long a STOPPED task stays visible before it disappears (ecs-reference §6.1: at least an hour). */
export const STOPPED_RETENTION_SECONDS = 3600;
/** ACTIVATING is brief: load balancer and Cloud Map registration. */
export const ACTIVATION_SECONDS = 1;

/** Event names a `task.step` timer can carry: the machine's events plus the end of STOPPED retention. */
export type TaskStepEvent = Exclude<TaskMachineEventType, 'stop.requested'> | 'expired';

/** `low` + up to `spread` seconds, from the seeded generator. */
const jitter = (ctx: EngineContext, low: number, spread: number) => low + ctx.random() * spread;

interface Next {
  readonly at: SimTime;
  readonly payload: TimerPayload;
}

/**
 * Schedules the one timer that moves `task` on. Called after every write to a task, with the new version,
 * so any timer scheduled before is stale. Phases nothing can interrupt but a stop draw their duration now;
 * while containers run, the next step comes from the container plans, which are fixed once the pull is done.
 */
export function scheduleNext(ctx: EngineContext, task: Task, specs: ReadonlyArray<ContainerSpec>): void {
  const next = nextStep(ctx, task, specs);
  if (next) ctx.schedule(next.at - ctx.now, next.payload);
}

/** A `task.step` timer for `task` at `at` (never before `now`). A plain function: it runs at every task step. */
function taskStep(task: Task, now: SimTime, at: SimTime, event: TaskStepEvent): Next {
  return {
    at: Math.max(at, now),
    payload: { kind: 'task.step', taskArn: task.taskArn, version: task.version, event },
  };
}

function nextStep(ctx: EngineContext, task: Task, specs: ReadonlyArray<ContainerSpec>): Next | undefined {
  const now = ctx.now;
  switch (task.lastStatus) {
    case 'PROVISIONING':
      return task.eni
        ? taskStep(task, now, now + jitter(ctx, 2, 3), 'eni.attached')
        : taskStep(task, now, now + jitter(ctx, 0.5, 1), 'provisioned');
    case 'PENDING':
      if (task.pullStoppedAt !== undefined) return containerStep(task, specs, now, 'containers.started');
      return pullFailure(task, specs)
        ? taskStep(task, now, now + jitter(ctx, 2, 2), 'pull.failed')
        : taskStep(task, now, now + pullSeconds(specs) * jitter(ctx, 0.8, 0.4), 'image.pulled');
    case 'ACTIVATING': {
      const activated = taskStep(task, now, (task.connectivityAt ?? now) + ACTIVATION_SECONDS, 'activated');
      const other = containerStep(task, specs, now, undefined);
      return other && other.at < activated.at ? other : activated;
    }
    case 'RUNNING':
      return containerStep(task, specs, now, undefined);
    case 'DEACTIVATING':
      return taskStep(task, now, now + jitter(ctx, 0.5, 1), 'deactivated');
    case 'STOPPING':
      return taskStep(task, now, now + stopSeconds(ctx, task, specs), 'containers.stopped');
    case 'DEPROVISIONING':
      return taskStep(task, now, now + jitter(ctx, 1, 2), 'eni.detached');
    case 'STOPPED':
      return taskStep(task, now, (task.stoppedAt ?? now) + STOPPED_RETENTION_SECONDS, 'expired');
  }
}

/**
 * The next container-driven step: an essential exit first, then (in PENDING) all containers started, then the
 * next start, exit or health change. Nothing when the task is already on its way to STOPPED.
 */
function containerStep(
  task: Task,
  specs: ReadonlyArray<ContainerSpec>,
  now: SimTime,
  whenAllStarted: 'containers.started' | undefined,
): Next | undefined {
  if (task.pullStoppedAt === undefined || task.desiredStatus === 'STOPPED') return undefined;
  const { taskArn, version } = task;
  const plans = taskPlans(task, specs);
  const candidates: Next[] = [];
  const exit = essentialExitAt(plans);
  if (exit < Infinity) candidates.push(taskStep(task, now, exit, 'essential.exited'));
  const started = allStartedAt(plans);
  if (whenAllStarted && started < Infinity) candidates.push(taskStep(task, now, started, whenAllStarted));
  const change = nextContainerChange(plans, now);
  if (change) {
    const base = { taskArn, version, containerName: change.name };
    candidates.push({
      at: change.at,
      payload:
        change.kind === 'exit' && change.exitCode !== undefined
          ? { kind: 'container.exit', ...base, exitCode: change.exitCode }
          : change.kind === 'health'
            ? { kind: 'container.health', ...base }
            : { kind: 'task.step', taskArn, version, event: 'container.changed' },
    });
  }
  // earliest first; on a tie the order above wins (an exit beats "all started" beats a single change)
  return candidates.reduce<Next | undefined>((best, c) => (!best || c.at < best.at ? c : best), undefined);
}

/** How long STOPPING takes: each running container stops in 1–2 s after SIGTERM, or waits out its stopTimeout. */
function stopSeconds(ctx: EngineContext, task: Task, specs: ReadonlyArray<ContainerSpec>): number {
  const plans = taskPlans(task, specs);
  const running = plans.filter((p) =>
    task.containers.some((c) => c.name === p.name && c.lastStatus === 'RUNNING'),
  );
  const graceful = jitter(ctx, 1, 1);
  return Math.max(0.5, ...running.map((p) => (p.ignoresSigterm ? p.stopTimeout : graceful)));
}
