import { setup } from 'xstate';
import type { StopCode, TaskStatus } from '../model/ecs';

/**
 * The task lifecycle (ecs-reference §6.1): the states are the AWS `lastStatus` values. The machine only
 * routes events and names what happens; the engine runs the named actions (effects.ts) against the task
 * record and schedules the next event on its own clock (schedule.ts). No delays live here.
 */
export type TaskMachineEvent =
  /** a task that needs no ENI finished its pre-launch work */
  | { readonly type: 'provisioned' }
  | { readonly type: 'eni.attached' }
  | { readonly type: 'image.pulled' }
  | { readonly type: 'pull.failed' }
  /** a container started, exited or changed health status */
  | { readonly type: 'container.changed' }
  | { readonly type: 'containers.started' }
  | { readonly type: 'activated' }
  | { readonly type: 'stop.requested'; readonly stopCode: StopCode; readonly reason: string }
  | { readonly type: 'essential.exited' }
  | { readonly type: 'deactivated' }
  | { readonly type: 'containers.stopped' }
  | { readonly type: 'eni.detached' };

export type TaskMachineEventType = TaskMachineEvent['type'];

export interface TaskMachineContext {
  /** the task has its own ENI (awsvpc) that must be detached before it is STOPPED */
  readonly hasEni: boolean;
}

/** The names of the machine's actions; effects.ts implements each one. */
export const TASK_ACTIONS = [
  'startPull',
  'markEniAttached',
  'recordPulled',
  'failPull',
  'syncContainers',
  'markConnected',
  'markRunning',
  'recordStop',
  'recordEssentialExit',
  'stopContainers',
  'detachEni',
  'releaseEni',
  'finishStop',
] as const;
export type TaskActionName = (typeof TASK_ACTIONS)[number];

/** The engine executes actions itself (by name), so the machine's own implementations do nothing. */
const named = Object.fromEntries(TASK_ACTIONS.map((name) => [name, () => undefined])) as Record<
  TaskActionName,
  () => undefined
>;

const stop = (target: TaskStatus) => ({ target, actions: ['syncContainers', 'recordStop'] as const });
const essentialExit = (target: TaskStatus) => ({
  target,
  actions: ['syncContainers', 'recordEssentialExit'] as const,
});
const sync = { actions: 'syncContainers' } as const;

export const taskMachine = setup({
  types: {
    context: {} as TaskMachineContext,
    events: {} as TaskMachineEvent,
    input: {} as TaskMachineContext,
  },
  guards: {
    hasEni: ({ context }) => context.hasEni,
  },
  actions: named,
}).createMachine({
  id: 'task',
  context: ({ input }) => input,
  initial: 'PROVISIONING',
  states: {
    PROVISIONING: {
      on: {
        'eni.attached': { target: 'PENDING', actions: 'markEniAttached' },
        provisioned: 'PENDING',
        'stop.requested': [
          { guard: 'hasEni', target: 'DEPROVISIONING', actions: 'recordStop' },
          { target: 'STOPPED', actions: 'recordStop' },
        ],
      },
    },
    PENDING: {
      entry: 'startPull',
      on: {
        'image.pulled': { actions: 'recordPulled' },
        'pull.failed': [
          { guard: 'hasEni', target: 'DEPROVISIONING', actions: 'failPull' },
          { target: 'STOPPED', actions: 'failPull' },
        ],
        'container.changed': sync,
        'containers.started': { target: 'ACTIVATING', actions: 'syncContainers' },
        'essential.exited': essentialExit('STOPPING'),
        'stop.requested': stop('STOPPING'),
      },
    },
    ACTIVATING: {
      entry: 'markConnected',
      on: {
        activated: { target: 'RUNNING', actions: 'syncContainers' },
        'container.changed': sync,
        'essential.exited': essentialExit('DEACTIVATING'),
        'stop.requested': stop('DEACTIVATING'),
      },
    },
    RUNNING: {
      entry: 'markRunning',
      on: {
        'container.changed': sync,
        'essential.exited': essentialExit('DEACTIVATING'),
        'stop.requested': stop('DEACTIVATING'),
      },
    },
    DEACTIVATING: {
      on: { deactivated: 'STOPPING' },
    },
    STOPPING: {
      on: {
        'containers.stopped': [
          { guard: 'hasEni', target: 'DEPROVISIONING', actions: 'stopContainers' },
          { target: 'STOPPED', actions: 'stopContainers' },
        ],
      },
    },
    DEPROVISIONING: {
      entry: 'detachEni',
      on: { 'eni.detached': { target: 'STOPPED', actions: 'releaseEni' } },
    },
    STOPPED: {
      type: 'final',
      entry: 'finishStop',
    },
  },
});

export type TaskMachine = typeof taskMachine;
