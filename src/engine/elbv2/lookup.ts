import { AwsError, type AwsErrorName } from '../errors';
import type { Listener, LoadBalancer, RegisteredTarget, TargetGroup } from '../model/elbv2';
import type { SimState } from '../state';

/** The record under `arn` in `table`; `error` naming what was not found and where to list them when none. */
function requireIn<T>(
  table: Record<string, T>,
  arn: string,
  error: AwsErrorName,
  what: string,
  lister: string,
  field: string,
): T {
  const found = table[arn];
  if (!found) throw new AwsError(error, `${what} '${arn}' not found. ${lister}`, field);
  return found;
}

/** The load balancer with this ARN; LoadBalancerNotFound when there is none. */
export const requireLoadBalancer = (state: SimState, arn: string, field = 'LoadBalancerArn'): LoadBalancer =>
  requireIn(
    state.elbv2.loadBalancers,
    arn,
    'LoadBalancerNotFound',
    'Load balancer',
    'DescribeLoadBalancers lists the load balancers there are.',
    field,
  );

/** The target group with this ARN; TargetGroupNotFound when there is none. */
export const requireTargetGroup = (state: SimState, arn: string, field = 'TargetGroupArn'): TargetGroup =>
  requireIn(
    state.elbv2.targetGroups,
    arn,
    'TargetGroupNotFound',
    'Target group',
    'DescribeTargetGroups lists the target groups there are.',
    field,
  );

/** The listener with this ARN; ListenerNotFound when there is none. */
export const requireListener = (state: SimState, arn: string, field = 'ListenerArn'): Listener =>
  requireIn(
    state.elbv2.listeners,
    arn,
    'ListenerNotFound',
    'Listener',
    'DescribeListeners lists the listeners of a load balancer.',
    field,
  );

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
