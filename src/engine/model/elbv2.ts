import type { Brand } from '../../lib/brand';
import type { SimTime, TaskArn } from './ids';

export type LoadBalancerArn = Brand<string, 'LoadBalancerArn'>;
export type TargetGroupArn = Brand<string, 'TargetGroupArn'>;
export type ListenerArn = Brand<string, 'ListenerArn'>;

/** An Application Load Balancer (the only type the sandbox simulates). */
export interface LoadBalancer {
  readonly LoadBalancerArn: LoadBalancerArn;
  readonly LoadBalancerName: string;
  readonly DNSName: string;
  readonly CanonicalHostedZoneId: string;
  readonly createdAt: SimTime;
  readonly Scheme: 'internet-facing' | 'internal';
  readonly VpcId: string;
  /** provisioning for a short while after creation, then active */
  readonly state: 'provisioning' | 'active';
  readonly Type: 'application';
  readonly AvailabilityZones: ReadonlyArray<{ readonly ZoneName: string; readonly SubnetId: string }>;
  readonly SecurityGroups: ReadonlyArray<string>;
}

/** The health check of a target group, in the API's member names. */
export interface HealthCheckSettings {
  readonly HealthCheckProtocol: 'HTTP' | 'HTTPS';
  /** `traffic-port` (the port each target receives traffic on) or a port number */
  readonly HealthCheckPort: string;
  readonly HealthCheckEnabled: boolean;
  readonly HealthCheckIntervalSeconds: number;
  readonly HealthCheckTimeoutSeconds: number;
  readonly HealthyThresholdCount: number;
  readonly UnhealthyThresholdCount: number;
  readonly HealthCheckPath: string;
  /** the HTTP codes that count as a pass: `200`, `200,202`, `200-299` */
  readonly Matcher: { readonly HttpCode: string };
}

export type TargetType = 'instance' | 'ip';

export interface TargetGroup extends HealthCheckSettings {
  readonly TargetGroupArn: TargetGroupArn;
  readonly TargetGroupName: string;
  readonly Protocol: 'HTTP' | 'HTTPS';
  readonly Port: number;
  readonly VpcId: string;
  readonly TargetType: TargetType;
  readonly ProtocolVersion: string;
  /** the target group attributes by key, every default included (`deregistration_delay.timeout_seconds`, …) */
  readonly attributes: Readonly<Record<string, string>>;
}

/** A listener action as given; only `forward` sends traffic to target groups in the sandbox. */
export interface ListenerAction {
  readonly Type: string;
  readonly TargetGroupArn?: string;
  readonly Order?: number;
  readonly ForwardConfig?: {
    readonly TargetGroups?: ReadonlyArray<{ readonly TargetGroupArn?: string; readonly Weight?: number }>;
  };
  readonly [other: string]: unknown;
}

/** A listener rule condition as given (`Field` with `Values`, or its `…Config`); the sandbox routes no requests by it. */
export interface RuleCondition {
  readonly Field?: string;
  readonly Values?: ReadonlyArray<string>;
  readonly [config: string]: unknown;
}

/**
 * A listener rule other than the default one (the default rule is the listener's DefaultActions; see
 * elbv2/listenerRules.ts). Rules are evaluated lowest priority first, the default rule last.
 */
export interface ListenerRule {
  readonly RuleArn: string;
  readonly ListenerArn: ListenerArn;
  /** 1–50000, unique on its listener */
  readonly Priority: number;
  readonly Conditions: ReadonlyArray<RuleCondition>;
  readonly Actions: ReadonlyArray<ListenerAction>;
}

export interface Listener {
  readonly ListenerArn: ListenerArn;
  readonly LoadBalancerArn: LoadBalancerArn;
  readonly Port: number;
  readonly Protocol: 'HTTP' | 'HTTPS';
  readonly DefaultActions: ReadonlyArray<ListenerAction>;
}

/** TargetHealthStateEnum of the AWS model. */
export type TargetHealthState =
  'initial' | 'healthy' | 'unhealthy' | 'unhealthy.draining' | 'unused' | 'draining' | 'unavailable';

/** TargetHealthReasonEnum of the AWS model. */
export type TargetHealthReason =
  | 'Elb.RegistrationInProgress'
  | 'Elb.InitialHealthChecking'
  | 'Target.ResponseCodeMismatch'
  | 'Target.Timeout'
  | 'Target.FailedHealthChecks'
  | 'Target.NotRegistered'
  | 'Target.NotInUse'
  | 'Target.DeregistrationInProgress'
  | 'Target.InvalidState'
  | 'Target.IpUnusable'
  | 'Target.HealthCheckDisabled'
  | 'Elb.InternalError';

/** What DescribeTargetHealth says of a target: its state and, unless healthy, why. */
export interface TargetHealth {
  readonly State: TargetHealthState;
  readonly Reason?: TargetHealthReason;
  readonly Description?: string;
}

/** A target (instance id or IPv4 address, and port) registered in a target group, with its health. */
export interface RegisteredTarget {
  readonly targetGroupArn: TargetGroupArn;
  readonly Id: string;
  readonly Port: number;
  readonly health: TargetHealth;
  /**
   * the task the service scheduler registered as this target: health checks of an ip target look there first
   * instead of searching the account's tasks for the address (absent for targets from RegisterTargets)
   */
  readonly taskArn?: TaskArn;
  /** consecutive passed and failed health checks (one of the two is 0) */
  readonly passes: number;
  readonly failures: number;
  readonly registeredAt: SimTime;
  /** when a draining target leaves the group */
  readonly drainingUntil?: SimTime;
  /** bumped on every registration and deregistration; a timer of an older version is stale */
  readonly version: number;
}
