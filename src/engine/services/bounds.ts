/**
 * The rolling-update bounds (ecs-reference §5.3): the fewest healthy tasks a deployment must keep and the most
 * tasks it may have in flight. The minimum rounds up and the maximum rounds down, so 2 tasks at 75 % keep 2
 * and 3 tasks at 125 % may never add one.
 */
export interface DeploymentBounds {
  readonly lower: number;
  readonly upper: number;
}

export function deploymentBounds(
  desiredCount: number,
  minimumHealthyPercent: number,
  maximumPercent: number,
): DeploymentBounds {
  return {
    lower: Math.ceil((desiredCount * minimumHealthyPercent) / 100),
    upper: Math.floor((desiredCount * maximumPercent) / 100),
  };
}

/** The bounds and the default percentages per scheduling strategy (ecs-reference §5.2, §5.3). */
export const DEFAULT_PERCENTS = {
  REPLICA: { minimumHealthyPercent: 100, maximumPercent: 200 },
  DAEMON: { minimumHealthyPercent: 0, maximumPercent: 100 },
} as const;

/** The circuit breaker's threshold type and value when the service names none. */
const DEFAULT_THRESHOLD = { type: 'BOUNDED_PERCENT', value: 50 } as const;

/**
 * How many consecutive task failures fail a deployment (ecs-reference §5.6). The default, 50 % bounded, is
 * min(200, max(3, ceil(0.5 × desired))); the current API reference gives 3 as the floor (the 2020 guide said 10).
 * UNBOUNDED_PERCENT skips the clamp (at least 1, so a service of 0 tasks still has a threshold); COUNT is the
 * value itself.
 */
export function circuitBreakerThreshold(
  desiredCount: number,
  config: {
    readonly type: 'COUNT' | 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT';
    readonly value: number;
  } = DEFAULT_THRESHOLD,
): number {
  if (config.type === 'COUNT') return Math.max(1, config.value);
  const share = Math.ceil((desiredCount * config.value) / 100);
  return config.type === 'UNBOUNDED_PERCENT' ? Math.max(1, share) : Math.min(200, Math.max(3, share));
}
