/**
 * What the rollout chart draws: a service's deployments as tasks in flight over virtual time, the bounds they
 * move between, and numbered steps. `src/app/rollout.ts` builds a timeline of this shape from the engine state
 * (the app layer cannot be imported here, so the chart states what it needs).
 */

export interface RolloutChartSeries {
  /** the deployment id */
  readonly key: string;
  readonly role: 'new' | 'old';
  /** `family:revision` */
  readonly taskDefinition: string;
  readonly status: string;
  /** a step function: from `t` on, `count` tasks in flight */
  readonly points: ReadonlyArray<{ readonly t: number; readonly count: number }>;
}

export type RolloutStepKind = 'start' | 'stop' | 'replace' | 'fail' | 'stuck' | 'breaker';

export interface RolloutChartStep {
  readonly key: string;
  readonly at: number;
  readonly kind: RolloutStepKind;
  readonly label: string;
}

export interface RolloutChartData {
  readonly desiredCount: number;
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  readonly lower: number;
  readonly upper: number;
  readonly from: number;
  /** where the time axis ends: `now`, or earlier when the last rollout settled long ago */
  readonly until: number;
  readonly now: number;
  /** newest deployment first */
  readonly series: ReadonlyArray<RolloutChartSeries>;
  /** oldest first; the chart numbers them 1, 2, … in this order */
  readonly steps: ReadonlyArray<RolloutChartStep>;
  /** the text alternative (the picture's aria-label) */
  readonly summary: string;
}
