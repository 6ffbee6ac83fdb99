import type { HealthCheckSettings } from '../model/elbv2';

/** ALB target group health check defaults for target types instance and ip (ecs-reference §5.8). */
export const ALB_HEALTH_CHECK_DEFAULTS: Omit<HealthCheckSettings, 'HealthCheckProtocol'> = {
  HealthCheckPort: 'traffic-port',
  HealthCheckEnabled: true,
  HealthCheckIntervalSeconds: 30,
  HealthCheckTimeoutSeconds: 5,
  HealthyThresholdCount: 5,
  UnhealthyThresholdCount: 2,
  HealthCheckPath: '/',
  Matcher: { HttpCode: '200' },
};

export const DEREGISTRATION_DELAY = 'deregistration_delay.timeout_seconds';

/**
 * The attributes a new ALB target group has, with their default values. Only the deregistration delay is
 * simulated; the others are kept and shown as set.
 */
export const DEFAULT_TARGET_GROUP_ATTRIBUTES: Readonly<Record<string, string>> = {
  [DEREGISTRATION_DELAY]: '300',
  'deregistration_delay.connection_termination.enabled': 'false',
  'stickiness.enabled': 'false',
  'stickiness.type': 'lb_cookie',
  'stickiness.lb_cookie.duration_seconds': '86400',
  'stickiness.app_cookie.cookie_name': '',
  'stickiness.app_cookie.duration_seconds': '86400',
  'load_balancing.algorithm.type': 'round_robin',
  'load_balancing.algorithm.anomaly_mitigation': 'off',
  'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration',
  'slow_start.duration_seconds': '0',
  'target_group_health.dns_failover.minimum_healthy_targets.count': '1',
  'target_group_health.dns_failover.minimum_healthy_targets.percentage': 'off',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count': '1',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage': 'off',
};

/** The seconds a deregistered target of the group stays `draining`. */
export const deregistrationDelayOf = (attributes: Readonly<Record<string, string>>): number =>
  Number(attributes[DEREGISTRATION_DELAY] ?? DEFAULT_TARGET_GROUP_ATTRIBUTES[DEREGISTRATION_DELAY]);

/** Seconds a new load balancer stays `provisioning` before it is `active`. */
export const PROVISIONING_SECONDS = 60;
