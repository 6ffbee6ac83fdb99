import type { EngineContext } from '../../context';
import type { InstanceId } from '../../model/ids';

/** Seconds from launch to `running`: 5–15, seeded (the agent boots later, 30–90 s after launch). */
export const runningDelay = (ctx: EngineContext): number => 5 + ctx.randomInt(11);
/** Seconds from `shutting-down` to `terminated`: 20–40, seeded. */
export const terminationDelay = (ctx: EngineContext): number => 20 + ctx.randomInt(21);

/**
 * The `ec2.instanceState` timer: an instance finishes a state change it started (pending → running,
 * shutting-down → terminated). A timer that no longer fits the instance's state is ignored.
 */
export function finishInstanceStateChange(
  ctx: EngineContext,
  instanceId: InstanceId,
  to: 'running' | 'terminated',
): void {
  const instance = ctx.state.ec2.instances[instanceId];
  if (!instance) return;
  const from = to === 'running' ? 'pending' : 'shutting-down';
  if (instance.State !== from) return;
  ctx.tx.set(ctx.state.ec2.instances, instanceId, { ...instance, State: to });
  if (to === 'terminated') ctx.emit({ type: 'InstanceTerminated', at: ctx.now, instanceId });
}
