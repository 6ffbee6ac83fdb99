import { laterHooks } from '../../laterHooks';
import { deregisterContainerInstance } from '../../containerInstances';
import type { EngineContext } from '../../context';
import type { Ec2Instance } from '../../model/ec2';
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
  laterHooks.instanceStateChanged(ctx, instanceId);
  if (to === 'terminated') ctx.emit({ type: 'InstanceTerminated', at: ctx.now, instanceId });
}

/**
 * Shuts one instance down (TerminateInstances, a reclaimed Spot Instance): `shutting-down` now, `terminated`
 * 20–40 s later; a registered container instance is deregistered at once (INACTIVE) and its tasks stop with
 * stopCode TerminationNotice. The caller checks that the instance is not already on its way out.
 */
export function shutDownInstance(ctx: EngineContext, instance: Ec2Instance): void {
  const ci =
    instance.agent.phase === 'registered'
      ? ctx.state.ecs.containerInstances[instance.agent.containerInstanceArn]
      : undefined;
  if (ci && ci.status !== 'INACTIVE') {
    deregisterContainerInstance(ctx, ci, {
      stopCode: 'TerminationNotice',
      reason: `Host EC2 (instance ${instance.InstanceId}) terminated.`,
    });
  }
  const current = ctx.state.ec2.instances[instance.InstanceId]!;
  const agent = current.agent.phase === 'none' ? current.agent : { phase: 'stopped' as const };
  ctx.tx.set(ctx.state.ec2.instances, instance.InstanceId, { ...current, State: 'shutting-down', agent });
  laterHooks.instanceStateChanged(ctx, instance.InstanceId);
  ctx.schedule(terminationDelay(ctx), {
    kind: 'ec2.instanceState',
    instanceId: instance.InstanceId,
    to: 'terminated',
  });
}
