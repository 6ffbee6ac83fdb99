import type { EngineContext } from '../context';
import type { Task } from '../model/ecs';
import type { DeploymentShift, Service, ServiceDeployment } from '../model/service';
import type { SimState } from '../state';
import type { Plan } from './plan';

/**
 * The seam between the scheduler (first page) and blue/green, linear and canary deployments (blueGreen.ts, in the
 * later part with CreateService and UpdateService). A shifting deployment exists only once UpdateService has run,
 * so until `installShiftHooks` the scheduler never needs them.
 */
export interface ShiftHooks {
  advanceShift(ctx: EngineContext, service: Service, tasks: ReadonlyArray<Task>): Service;
  planShift(state: SimState, service: Service, tasks: ReadonlyArray<Task>, now: number): Plan;
  shiftWake(service: Service, now: number): number | undefined;
}

export const shiftHooks: ShiftHooks = {
  advanceShift: (_ctx, service) => service,
  planShift: () => {
    throw new Error('A blue/green deployment exists only once the later part has loaded.');
  },
  shiftWake: () => undefined,
};

export function installShiftHooks(hooks: ShiftHooks): void {
  Object.assign(shiftHooks, hooks);
}

/** Whether the deployment is a blue/green-family one still moving (not rolled back, not done). */
export const isShifting = (
  d: ServiceDeployment | undefined,
): d is ServiceDeployment & { shift: DeploymentShift } =>
  d?.shift !== undefined && d.rolloutState === 'IN_PROGRESS' && d.shift.rollbackReason === undefined;
