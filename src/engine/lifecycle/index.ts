import type { EngineContext } from '../context';
import type { StopCode } from '../model/ecs';
import type { TaskArn } from '../model/ids';

/**
 * The task lifecycle's entry points for other engine modules. STUB: the task machine replaces the bodies.
 */

/** Starts a freshly placed task (record already stored, lastStatus PROVISIONING or PENDING) on its way. */
export function beginTaskLifecycle(_ctx: EngineContext, _taskArn: TaskArn): void {}

/**
 * Asks a task to stop: desiredStatus becomes STOPPED now, lastStatus follows through STOPPING… STOPPED as
 * the lifecycle runs, and resources are released when it reaches STOPPED. No-op for a stopped task.
 */
export function requestTaskStop(
  _ctx: EngineContext,
  _taskArn: TaskArn,
  _why: { readonly stopCode: StopCode; readonly reason: string },
): void {}
