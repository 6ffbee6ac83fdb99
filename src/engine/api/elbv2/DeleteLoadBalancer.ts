import { removeListener } from '../../elbv2/listenerRules';
import { deleteLoadBalancerSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteLoadBalancerInput = Infer<typeof deleteLoadBalancerSchema>;

/**
 * Deletes a load balancer and its listeners. Its target groups stay, with their targets registered; with no
 * listener forwarding to them their targets become `unused` at the next check. Deleting a load balancer that
 * does not exist (or no longer does) succeeds, as in AWS.
 */
export const DeleteLoadBalancer = defineOperation<DeleteLoadBalancerInput, Record<string, never>>({
  schema: deleteLoadBalancerSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const lb = ctx.state.elbv2.loadBalancers[input.LoadBalancerArn];
    if (!lb) return {};
    for (const listener of Object.values(ctx.state.elbv2.listeners)) {
      if (listener.LoadBalancerArn === lb.LoadBalancerArn) removeListener(ctx, listener);
    }
    ctx.tx.remove(ctx.state.elbv2.loadBalancers, lb.LoadBalancerArn);
    return {};
  },
});
