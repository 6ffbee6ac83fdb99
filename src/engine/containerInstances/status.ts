import type { EngineContext } from '../context';
import type { ContainerInstance } from '../model/ecs';

/**
 * Moves an ACTIVE or DRAINING container instance to `to` and logs the change; returns the record now stored
 * (the same one when it is already there). The caller checks the move is allowed and wakes the cluster's
 * services (UpdateContainerInstancesState, the agent's Spot draining).
 */
export function setContainerInstanceStatus(
  ctx: EngineContext,
  ci: ContainerInstance,
  to: 'ACTIVE' | 'DRAINING',
): ContainerInstance {
  if (ci.status === to) return ci;
  const next: ContainerInstance = { ...ci, status: to, version: ci.version + 1 };
  ctx.tx.set(ctx.state.ecs.containerInstances, ci.containerInstanceArn, next);
  ctx.emit({
    type: 'ContainerInstanceStateChanged',
    at: ctx.now,
    containerInstanceArn: ci.containerInstanceArn,
    status: to,
    agentConnected: ci.agentConnected,
  });
  return next;
}
