import { onTimer } from '../timerHandlers';
import { finishDraining, runHealthCheck } from './health';
import { activateLoadBalancer } from './loadBalancers';

/** Registers the load balancer timers: provisioning ending, target health checks, deregistration delays. */
export function registerElbTimers(): void {
  onTimer('elbv2.loadBalancerActive', (ctx, timer) => activateLoadBalancer(ctx, timer.loadBalancerArn));
  onTimer('elbv2.healthCheck', (ctx, timer) => runHealthCheck(ctx, timer.targetKey, timer.version));
  onTimer('elbv2.drained', (ctx, timer) => finishDraining(ctx, timer.targetKey, timer.version));
}
