import type { EngineContext } from '../context';
import type { ContainerInstance } from '../model/ecs';

/**
 * Records that `ci`'s agent is (dis)connected from ECS and logs the change; returns the record now stored. A
 * disconnected agent takes no new tasks (placement rejects it with AGENT); the tasks already there are the
 * caller's business.
 */
export function setAgentConnection(
  ctx: EngineContext,
  ci: ContainerInstance,
  connected: boolean,
): ContainerInstance {
  if (ci.agentConnected === connected) return ci;
  const next = { ...ci, agentConnected: connected, version: ci.version + 1 };
  ctx.tx.set(ctx.state.ecs.containerInstances, next.containerInstanceArn, next);
  ctx.emit({
    type: 'ContainerInstanceStateChanged',
    at: ctx.now,
    containerInstanceArn: next.containerInstanceArn,
    status: next.status,
    agentConnected: connected,
  });
  return next;
}
