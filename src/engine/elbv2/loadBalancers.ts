import type { EngineContext } from '../context';
import type { LoadBalancerArn } from '../model/elbv2';

/** The `elbv2.loadBalancerActive` timer: provisioning is over (a deleted load balancer is left alone). */
export function activateLoadBalancer(ctx: EngineContext, arn: LoadBalancerArn): void {
  const lb = ctx.state.elbv2.loadBalancers[arn];
  if (lb?.state === 'provisioning')
    ctx.tx.set(ctx.state.elbv2.loadBalancers, arn, { ...lb, state: 'active' });
}
