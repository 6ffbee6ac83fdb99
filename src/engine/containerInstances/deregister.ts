import type { EngineContext } from '../context';
import { requestTaskStop } from '../lifecycle';
import type { ContainerInstance, StopCode } from '../model/ecs';
import { occupancyOf } from './occupancy';

/**
 * Takes a container instance out of its cluster: status INACTIVE, agent disconnected, no new tasks. Tasks
 * still on it are asked to stop with `why` (their resources return to the record as they stop). The EC2
 * instance keeps running, but its agent stops. Emits ContainerInstanceDeregistered.
 */
export function deregisterContainerInstance(
  ctx: EngineContext,
  ci: ContainerInstance,
  why: { readonly stopCode: StopCode; readonly reason: string },
): void {
  const tasks = occupancyOf(ctx.state, ci).tasks;
  ctx.tx.set(ctx.state.ecs.containerInstances, ci.containerInstanceArn, {
    ...ci,
    status: 'INACTIVE',
    agentConnected: false,
    version: ci.version + 1,
  });
  const host = ctx.state.ec2.instances[ci.ec2InstanceId];
  // ECS tells the agent it was deregistered, and the agent stops for good
  if (host?.agent.phase === 'registered')
    ctx.tx.set(ctx.state.ec2.instances, host.InstanceId, { ...host, agent: { phase: 'stopped' } });
  for (const task of tasks) requestTaskStop(ctx, task.taskArn, why);
  ctx.emit({
    type: 'ContainerInstanceDeregistered',
    at: ctx.now,
    containerInstanceArn: ci.containerInstanceArn,
  });
}
