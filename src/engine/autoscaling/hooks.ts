import type { EngineContext } from '../context';
import type { AutoScalingGroup } from '../model/autoscaling';
import type { InstanceId } from '../model/ids';

/**
 * The termination lifecycle hook seam. Before a group terminates an instance it asks every registered handler;
 * one answering 'wait' keeps the instance in `Terminating:Wait` (ECS managed draining uses this to drain the
 * container instance first) and the group asks again every 30 s. A held instance is let go after the hook's
 * heartbeat timeout (3,600 s, the lifecycle hook default) whatever the handlers say, as the default result
 * CONTINUE would.
 */
export type TerminationDecision = 'proceed' | 'wait';
export type TerminationHandler = (
  ctx: EngineContext,
  group: AutoScalingGroup,
  instanceId: InstanceId,
) => TerminationDecision;

/** Seconds between two asks while an instance is held. */
export const HOOK_RECHECK_SECONDS = 30;
/** The lifecycle hook's default heartbeat timeout. */
export const HOOK_TIMEOUT_SECONDS = 3600;

const handlers: TerminationHandler[] = [];

/** Registers a termination handler (idempotent). */
export function onGroupTermination(handler: TerminationHandler): void {
  if (!handlers.includes(handler)) handlers.push(handler);
}

/** Asks every handler (each may start its own work, such as draining); 'wait' if any of them waits. */
export function askTerminationHandlers(
  ctx: EngineContext,
  group: AutoScalingGroup,
  instanceId: InstanceId,
): TerminationDecision {
  let decision: TerminationDecision = 'proceed';
  for (const handler of handlers) if (handler(ctx, group, instanceId) === 'wait') decision = 'wait';
  return decision;
}
