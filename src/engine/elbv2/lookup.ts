import { AwsError } from '../errors';
import type { Listener, LoadBalancer, RegisteredTarget, TargetGroup } from '../model/elbv2';
import type { SimState } from '../state';

/** The load balancer with this ARN; LoadBalancerNotFound when there is none. */
export function requireLoadBalancer(state: SimState, arn: string, field = 'LoadBalancerArn'): LoadBalancer {
  const lb = state.elbv2.loadBalancers[arn];
  if (!lb) {
    throw new AwsError(
      'LoadBalancerNotFound',
      `Load balancer '${arn}' not found. DescribeLoadBalancers lists the load balancers there are.`,
      field,
    );
  }
  return lb;
}

/** The target group with this ARN; TargetGroupNotFound when there is none. */
export function requireTargetGroup(state: SimState, arn: string, field = 'TargetGroupArn'): TargetGroup {
  const tg = state.elbv2.targetGroups[arn];
  if (!tg) {
    throw new AwsError(
      'TargetGroupNotFound',
      `Target group '${arn}' not found. DescribeTargetGroups lists the target groups there are.`,
      field,
    );
  }
  return tg;
}

/** The listener with this ARN; ListenerNotFound when there is none. */
export function requireListener(state: SimState, arn: string, field = 'ListenerArn'): Listener {
  const listener = state.elbv2.listeners[arn];
  if (!listener) {
    throw new AwsError(
      'ListenerNotFound',
      `Listener '${arn}' not found. DescribeListeners lists the listeners of a load balancer.`,
      field,
    );
  }
  return listener;
}

/** The target group ARNs a listener's default actions forward to, in order, each once. */
export function forwardedTargetGroups(listener: Listener): string[] {
  const arns = listener.DefaultActions.flatMap((a) =>
    a.Type !== 'forward'
      ? []
      : [
          ...(a.TargetGroupArn ? [a.TargetGroupArn] : []),
          ...(a.ForwardConfig?.TargetGroups ?? []).flatMap((t) =>
            t.TargetGroupArn ? [t.TargetGroupArn] : [],
          ),
        ],
  );
  return [...new Set(arns)];
}

/** The listeners that forward to the target group. */
export const listenersUsing = (state: SimState, targetGroupArn: string): Listener[] =>
  Object.values(state.elbv2.listeners).filter((l) => forwardedTargetGroups(l).includes(targetGroupArn));

/** The load balancers that send the target group traffic (through a listener), each once. */
export const loadBalancersOf = (state: SimState, targetGroupArn: string): string[] => [
  ...new Set(listenersUsing(state, targetGroupArn).map((l) => l.LoadBalancerArn as string)),
];

/** The targets registered in the group (draining ones included), in registration order. */
export const targetsOf = (state: SimState, targetGroupArn: string): RegisteredTarget[] =>
  Object.values(state.elbv2.targets).filter((t) => t.targetGroupArn === targetGroupArn);
