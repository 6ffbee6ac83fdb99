import type { InputOf, LoadShape } from '../engine/index';

/**
 * The service page's "Load and auto scaling" forms: what they hold and the requests they send. Pure, so the
 * requests are tested without a screen; the page shows the same requests as `aws` commands.
 */

export type LoadKind = LoadShape['kind'];

/** What the load form holds (requests per second; minutes for times, as a learner thinks of them). */
export interface LoadForm {
  readonly kind: LoadKind;
  /** constant: the rate; ramp: the end rate; spike: the peak; daily: the high */
  readonly level: number;
  /** ramp: the start rate; spike: the base; daily: the low (unused for constant) */
  readonly baseline: number;
  /** ramp and spike: minutes from now until it starts */
  readonly startInMinutes: number;
  /** ramp: how long it climbs; spike: how long the peak lasts (minutes) */
  readonly durationMinutes: number;
  /** daily: the peak hour (0–23) */
  readonly peakHour: number;
  /** percent of random wobble per minute (0–50) */
  readonly noisePercent: number;
}

export const LOAD_KINDS: ReadonlyArray<{ readonly id: LoadKind; readonly label: string }> = [
  { id: 'constant', label: 'Constant' },
  { id: 'ramp', label: 'Ramp' },
  { id: 'spike', label: 'Spike' },
  { id: 'daily', label: 'Daily curve' },
];

export const DEFAULT_LOAD_FORM: LoadForm = {
  kind: 'constant',
  level: 100,
  baseline: 20,
  startInMinutes: 0,
  durationMinutes: 15,
  peakHour: 14,
  noisePercent: 0,
};

function shapeOf(form: LoadForm): NonNullable<InputOf<'sim', 'SetLoad'>['shape']> {
  const startInSeconds = Math.round(form.startInMinutes * 60);
  const durationSeconds = Math.round(form.durationMinutes * 60);
  switch (form.kind) {
    case 'constant':
      return { kind: 'constant', requestsPerSecond: form.level };
    case 'ramp':
      return { kind: 'ramp', from: form.baseline, to: form.level, startInSeconds, durationSeconds };
    case 'spike':
      return { kind: 'spike', base: form.baseline, peak: form.level, startInSeconds, durationSeconds };
    case 'daily':
      return { kind: 'daily', low: form.baseline, high: form.level, peakHour: form.peakHour };
  }
}

/** The sim SetLoad request the load form describes. */
export function setLoadInput(form: LoadForm, cluster: string, service: string): InputOf<'sim', 'SetLoad'> {
  return {
    cluster,
    service,
    shape: shapeOf(form),
    ...(form.noisePercent > 0 ? { noise: form.noisePercent / 100 } : {}),
  };
}

export type TrackedMetric =
  'ECSServiceAverageCPUUtilization' | 'ECSServiceAverageMemoryUtilization' | 'ALBRequestCountPerTarget';

export const TRACKED_METRICS: ReadonlyArray<{
  readonly id: TrackedMetric;
  readonly label: string;
  readonly unit: string;
}> = [
  { id: 'ECSServiceAverageCPUUtilization', label: 'Average CPU utilization', unit: '%' },
  { id: 'ECSServiceAverageMemoryUtilization', label: 'Average memory utilization', unit: '%' },
  { id: 'ALBRequestCountPerTarget', label: 'Requests per target (per minute)', unit: 'requests' },
];

/** What the auto scaling form holds: the scalable target's bounds and one target tracking policy. */
export interface AutoScalingForm {
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly policyName: string;
  readonly metric: TrackedMetric;
  readonly targetValue: number;
  readonly scaleOutCooldown: number;
  readonly scaleInCooldown: number;
  readonly disableScaleIn: boolean;
}

export const DEFAULT_AUTO_SCALING_FORM: AutoScalingForm = {
  minCapacity: 1,
  maxCapacity: 10,
  policyName: 'cpu-target',
  metric: 'ECSServiceAverageCPUUtilization',
  targetValue: 60,
  scaleOutCooldown: 300,
  scaleInCooldown: 300,
  disableScaleIn: false,
};

/** Application Auto Scaling's name for a service: `service/<cluster>/<service>`. */
export const serviceResourceId = (cluster: string, service: string) => `service/${cluster}/${service}`;

/**
 * The two requests the form sends, in order: register the service as a scalable target with its bounds, then put
 * the target tracking policy. `resourceLabel` (`app/<lb>/<id>/targetgroup/<tg>/<id>`) is needed for
 * ALBRequestCountPerTarget.
 */
export function autoScalingRequests(
  form: AutoScalingForm,
  cluster: string,
  service: string,
  resourceLabel?: string,
): {
  readonly target: InputOf<'application-autoscaling', 'RegisterScalableTarget'>;
  readonly policy: InputOf<'application-autoscaling', 'PutScalingPolicy'>;
} {
  const ResourceId = serviceResourceId(cluster, service);
  const common = {
    ServiceNamespace: 'ecs',
    ResourceId,
    ScalableDimension: 'ecs:service:DesiredCount',
  } as const;
  return {
    target: { ...common, MinCapacity: form.minCapacity, MaxCapacity: form.maxCapacity },
    policy: {
      ...common,
      PolicyName: form.policyName,
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: form.targetValue,
        PredefinedMetricSpecification: {
          PredefinedMetricType: form.metric,
          ...(form.metric === 'ALBRequestCountPerTarget' && resourceLabel
            ? { ResourceLabel: resourceLabel }
            : {}),
        },
        ScaleOutCooldown: form.scaleOutCooldown,
        ScaleInCooldown: form.scaleInCooldown,
        DisableScaleIn: form.disableScaleIn,
      },
    },
  };
}
