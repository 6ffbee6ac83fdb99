import { AwsError } from '../errors';
import type { HealthCheckSettings, TargetGroup } from '../model/elbv2';
import { requireHttpProtocol } from './rules';

/** The health check members a request may set (CreateTargetGroup, ModifyTargetGroup). */
export interface HealthCheckRequest {
  readonly HealthCheckProtocol?: string;
  readonly HealthCheckPort?: string;
  readonly HealthCheckEnabled?: boolean;
  readonly HealthCheckPath?: string;
  readonly HealthCheckIntervalSeconds?: number;
  readonly HealthCheckTimeoutSeconds?: number;
  readonly HealthyThresholdCount?: number;
  readonly UnhealthyThresholdCount?: number;
  readonly Matcher?: { readonly HttpCode?: string };
}

const CODES = /^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/;

/** `200`, `200,202`, `200-299`: HTTP codes from 200 to 499, each range low to high. */
function checkMatcher(httpCode: string): void {
  const valid =
    CODES.test(httpCode) &&
    httpCode.split(',').every((part) => {
      const [low, high = low] = part.split('-').map(Number);
      return low! >= 200 && high! <= 499 && low! <= high!;
    });
  if (!valid) {
    throw new AwsError(
      'ValidationError',
      `Matcher.HttpCode '${httpCode}' is not valid: give HTTP codes from 200 to 499 as '200', '200,202' or a range '200-299'.`,
      'Matcher.HttpCode',
    );
  }
}

function checkPort(port: string): void {
  const n = Number(port);
  if (port !== 'traffic-port' && !(/^\d+$/.test(port) && n >= 1 && n <= 65535)) {
    throw new AwsError(
      'ValidationError',
      `HealthCheckPort '${port}' is not valid: give 'traffic-port' (the port each target receives traffic on) or a port from 1 to 65535.`,
      'HealthCheckPort',
    );
  }
}

/**
 * `base` with the request's health check members applied, checked as an ALB target group of type instance or
 * ip needs them: HTTP or HTTPS, health checks always on, the timeout shorter than the interval.
 */
export function applyHealthCheck(
  base: HealthCheckSettings,
  request: HealthCheckRequest,
  targetType: TargetGroup['TargetType'],
): HealthCheckSettings {
  if (request.HealthCheckEnabled === false) {
    throw new AwsError(
      'InvalidConfigurationRequest',
      `Health checks cannot be turned off for a target group of target type '${targetType}': leave HealthCheckEnabled out or set it to true.`,
      'HealthCheckEnabled',
    );
  }
  if (request.HealthCheckPort !== undefined) checkPort(request.HealthCheckPort);
  if (request.Matcher?.HttpCode !== undefined) checkMatcher(request.Matcher.HttpCode);
  const settings: HealthCheckSettings = {
    HealthCheckProtocol:
      request.HealthCheckProtocol === undefined
        ? base.HealthCheckProtocol
        : requireHttpProtocol(request.HealthCheckProtocol, 'HealthCheckProtocol', 'health check'),
    HealthCheckPort: request.HealthCheckPort ?? base.HealthCheckPort,
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: request.HealthCheckIntervalSeconds ?? base.HealthCheckIntervalSeconds,
    HealthCheckTimeoutSeconds: request.HealthCheckTimeoutSeconds ?? base.HealthCheckTimeoutSeconds,
    HealthyThresholdCount: request.HealthyThresholdCount ?? base.HealthyThresholdCount,
    UnhealthyThresholdCount: request.UnhealthyThresholdCount ?? base.UnhealthyThresholdCount,
    HealthCheckPath: request.HealthCheckPath ?? base.HealthCheckPath,
    Matcher: { HttpCode: request.Matcher?.HttpCode ?? base.Matcher.HttpCode },
  };
  if (settings.HealthCheckTimeoutSeconds >= settings.HealthCheckIntervalSeconds) {
    throw new AwsError(
      'ValidationError',
      `HealthCheckTimeoutSeconds (${settings.HealthCheckTimeoutSeconds}) must be less than HealthCheckIntervalSeconds (${settings.HealthCheckIntervalSeconds}).`,
      'HealthCheckTimeoutSeconds',
    );
  }
  return settings;
}
