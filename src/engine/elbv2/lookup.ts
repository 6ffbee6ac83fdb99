import { AwsError, type AwsErrorName } from '../errors';
import type { Listener, ListenerAction, LoadBalancer, RegisteredTarget, TargetGroup } from '../model/elbv2';
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

/** The target group ARNs a list of actions forwards to, in order, each once. */
export function forwardedBy(actions: ReadonlyArray<ListenerAction>): string[] {
  const arns = actions.flatMap((a) =>
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

/** The target group ARNs a listener's default actions forward to, in order, each once. */
export const forwardedTargetGroups = (listener: Listener): string[] => forwardedBy(listener.DefaultActions);

/** Whether the listener sends the target group traffic: by its default actions or by one of its rules. */
export const listenerForwardsTo = (state: SimState, listener: Listener, targetGroupArn: string): boolean =>
  forwardedTargetGroups(listener).includes(targetGroupArn) ||
  Object.values(state.elbv2.rules).some(
    (r) => r.ListenerArn === listener.ListenerArn && forwardedBy(r.Actions).includes(targetGroupArn),
  );

/** The listeners that forward to the target group (by their default actions or a rule). */
export const listenersUsing = (state: SimState, targetGroupArn: string): Listener[] =>
  Object.values(state.elbv2.listeners).filter((l) => listenerForwardsTo(state, l, targetGroupArn));

/** The load balancers that send the target group traffic (through a listener), each once. */
export const loadBalancersOf = (state: SimState, targetGroupArn: string): string[] => [
  ...new Set(listenersUsing(state, targetGroupArn).map((l) => l.LoadBalancerArn as string)),
];

/** The targets registered in the group (draining ones included), in registration order. */
export const targetsOf = (state: SimState, targetGroupArn: string): RegisteredTarget[] =>
  Object.values(state.elbv2.targets).filter((t) => t.targetGroupArn === targetGroupArn);
