import { finishInstanceStateChange } from '../api/ec2/instanceLifecycle';
import { onTimer } from '../timerHandlers';
import { attemptRegistration } from './register';

/**
 * Registers the timers of the EC2 host side: the ECS agent's registration attempts (boot → register, retry
 * while credentials or the cluster are missing) and the instance's own state changes (pending → running,
 * shutting-down → terminated).
 */
export function registerAgentTimers(): void {
  onTimer('agent.register', (ctx, timer) => attemptRegistration(ctx, timer.instanceId));
  onTimer('ec2.instanceState', (ctx, timer) => finishInstanceStateChange(ctx, timer.instanceId, timer.to));
}
