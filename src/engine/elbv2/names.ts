import type { LoadBalancerArn, ListenerArn, TargetGroupArn } from '../model/elbv2';
import type { SimState } from '../state';

type Where = Pick<SimState, 'region' | 'accountId'>;

const elbPrefix = (s: Where) => `arn:aws:elasticloadbalancing:${s.region}:${s.accountId}`;

/** `…:loadbalancer/app/<name>/<16 hex>`: ALB ARNs carry `app/`. */
export const loadBalancerArn = (s: Where, name: string, id: string) =>
  `${elbPrefix(s)}:loadbalancer/app/${name}/${id}` as LoadBalancerArn;

export const targetGroupArn = (s: Where, name: string, id: string) =>
  `${elbPrefix(s)}:targetgroup/${name}/${id}` as TargetGroupArn;

/** A listener's ARN is its load balancer's with `listener/` in place of `loadbalancer/` and its own id. */
export const listenerArn = (lb: LoadBalancerArn, id: string) =>
  `${lb.replace(':loadbalancer/', ':listener/')}/${id}` as ListenerArn;

/** A listener rule's ARN is its listener's with `listener-rule/` in place of `listener/` and its own id. */
export const ruleArn = (listener: string, id: string) =>
  `${listener.replace(':listener/', ':listener-rule/')}/${id}`;

/** The load balancer's public DNS name; an internal one starts with `internal-`. */
export const dnsName = (s: Where, name: string, number: string, scheme: 'internet-facing' | 'internal') =>
  `${scheme === 'internal' ? 'internal-' : ''}${name}-${number}.${s.region}.elb.amazonaws.com`;

/** The Route 53 hosted zone of ALBs in us-east-1 (what an alias record points at). */
export const ALB_HOSTED_ZONE_ID = 'Z35SXDOTRQ7X7K';

/** The key of a registered target in `state.elbv2.targets`: a target is its group, its id and its port. */
export const targetKey = (targetGroupArn: string, id: string, port: number) =>
  `${targetGroupArn} ${id} ${port}`;
