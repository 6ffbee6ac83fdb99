import { isoTime } from '../context';
import type {
  HealthCheckSettings,
  Listener,
  ListenerAction,
  LoadBalancer,
  TargetGroup,
} from '../model/elbv2';
import type { SimState } from '../state';
import { loadBalancersOf } from './lookup';

/** A load balancer as the API describes it (`LoadBalancer` of the model). */
export interface LoadBalancerOutput {
  readonly LoadBalancerArn: string;
  readonly DNSName: string;
  readonly CanonicalHostedZoneId: string;
  readonly CreatedTime: string;
  readonly LoadBalancerName: string;
  readonly Scheme: 'internet-facing' | 'internal';
  readonly VpcId: string;
  readonly State: { readonly Code: 'provisioning' | 'active' };
  readonly Type: 'application';
  readonly AvailabilityZones: ReadonlyArray<{
    readonly ZoneName: string;
    readonly SubnetId: string;
    readonly LoadBalancerAddresses: ReadonlyArray<never>;
  }>;
  readonly SecurityGroups: ReadonlyArray<string>;
  readonly IpAddressType: 'ipv4';
}

export const loadBalancerOutput = (state: SimState, lb: LoadBalancer): LoadBalancerOutput => ({
  LoadBalancerArn: lb.LoadBalancerArn,
  DNSName: lb.DNSName,
  CanonicalHostedZoneId: lb.CanonicalHostedZoneId,
  CreatedTime: isoTime(state, lb.createdAt),
  LoadBalancerName: lb.LoadBalancerName,
  Scheme: lb.Scheme,
  VpcId: lb.VpcId,
  State: { Code: lb.state },
  Type: lb.Type,
  AvailabilityZones: lb.AvailabilityZones.map((az) => ({ ...az, LoadBalancerAddresses: [] })),
  SecurityGroups: lb.SecurityGroups,
  IpAddressType: 'ipv4',
});

/** A target group as the API describes it (`TargetGroup` of the model). */
export interface TargetGroupOutput extends HealthCheckSettings {
  readonly TargetGroupArn: string;
  readonly TargetGroupName: string;
  readonly Protocol: 'HTTP' | 'HTTPS';
  readonly Port: number;
  readonly VpcId: string;
  readonly LoadBalancerArns: ReadonlyArray<string>;
  readonly TargetType: 'instance' | 'ip';
  readonly ProtocolVersion: string;
  readonly IpAddressType: 'ipv4';
}

export const targetGroupOutput = (state: SimState, tg: TargetGroup): TargetGroupOutput => ({
  TargetGroupArn: tg.TargetGroupArn,
  TargetGroupName: tg.TargetGroupName,
  Protocol: tg.Protocol,
  Port: tg.Port,
  VpcId: tg.VpcId,
  HealthCheckProtocol: tg.HealthCheckProtocol,
  HealthCheckPort: tg.HealthCheckPort,
  HealthCheckEnabled: tg.HealthCheckEnabled,
  HealthCheckIntervalSeconds: tg.HealthCheckIntervalSeconds,
  HealthCheckTimeoutSeconds: tg.HealthCheckTimeoutSeconds,
  HealthyThresholdCount: tg.HealthyThresholdCount,
  UnhealthyThresholdCount: tg.UnhealthyThresholdCount,
  HealthCheckPath: tg.HealthCheckPath,
  Matcher: tg.Matcher,
  LoadBalancerArns: loadBalancersOf(state, tg.TargetGroupArn),
  TargetType: tg.TargetType,
  ProtocolVersion: tg.ProtocolVersion,
  IpAddressType: 'ipv4',
});

/** A listener as the API describes it (`Listener` of the model). */
export interface ListenerOutput {
  readonly ListenerArn: string;
  readonly LoadBalancerArn: string;
  readonly Port: number;
  readonly Protocol: 'HTTP' | 'HTTPS';
  readonly DefaultActions: ReadonlyArray<ListenerAction>;
}

export const listenerOutput = (listener: Listener): ListenerOutput => ({
  ListenerArn: listener.ListenerArn,
  LoadBalancerArn: listener.LoadBalancerArn,
  Port: listener.Port,
  Protocol: listener.Protocol,
  DefaultActions: listener.DefaultActions,
});

/** The attributes of a target group as `Key`/`Value` pairs, sorted by key. */
export const attributesOutput = (tg: TargetGroup): Array<{ Key: string; Value: string }> =>
  Object.keys(tg.attributes)
    .sort()
    .map((Key) => ({ Key, Value: tg.attributes[Key]! }));
