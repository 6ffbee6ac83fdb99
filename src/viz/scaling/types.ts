/**
 * What the scaling chart draws: one service and its cluster on one time axis of whole minutes — the load, the
 * scaling metric against its target, alarm states, task counts, instances, and the scaling activities with their
 * causes. `src/app/scalingChart.ts` builds data of this shape from the engine state (the app layer cannot be
 * imported here, so the chart states what it needs).
 */

export type ScalingPanelKey = 'load' | 'metric' | 'tasks' | 'instances';

/** How a series' line is drawn; the dash pattern, not the colour, tells series of one panel apart. */
export type ScalingLineStyle = 'solid' | 'dashed' | 'dotted' | 'dashdot';

export interface ScalingChartSeries {
  /** stable across frames: `load`, `metric`, `desired`, `running`, `pending`, `provisioning`, `instances`, … */
  readonly key: string;
  readonly panel: ScalingPanelKey;
  /** the legend's and the readout's name ("running tasks") */
  readonly label: string;
  readonly style: ScalingLineStyle;
  /** counts are drawn as steps (each minute's value holds for the minute); rates and percentages as lines */
  readonly step: boolean;
  /** appended to values in the readout ("%", "req/s"); none for counts */
  readonly unit?: string;
  /** one value per minute of the window, minute `i` starting at `from + 60 i`; NaN where there is no datapoint */
  readonly values: ReadonlyArray<number>;
}

export type AlarmBandState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface ScalingChartAlarm {
  /** the alarm's name (unique) */
  readonly key: string;
  /** a short name for the row ("CPU high") */
  readonly label: string;
  readonly tier: 'service' | 'cluster';
  /** consecutive, covering [from, now], oldest first */
  readonly segments: ReadonlyArray<{
    readonly from: number;
    readonly to: number;
    readonly state: AlarmBandState;
  }>;
}

export interface ScalingChartActivity {
  readonly key: string;
  readonly at: number;
  /** tasks (Application Auto Scaling) or instances (an Auto Scaling group) */
  readonly tier: 'service' | 'cluster';
  readonly direction: 'out' | 'in' | 'set';
  /** the scaling did not happen (a cooldown, a bound, a deployment…) or failed */
  readonly blocked: boolean;
  /** short: "out 2→4: alarm high (CPU 78 % > 60 %)", "in blocked: cooldown" */
  readonly label: string;
}

export interface ScalingChartData {
  readonly serviceName: string;
  readonly clusterName: string;
  /** the window's first minute (a whole minute), and where the axis ends: `now` */
  readonly from: number;
  readonly now: number;
  /** minutes in the window: every series has this many values */
  readonly minutes: number;
  /** the scaling metric: what the metric panel shows and its target line */
  readonly metric: {
    readonly name: string;
    /** "CPU", "memory", "requests per target" */
    readonly short: string;
    readonly unit: string;
    readonly target?: number;
    /** where the metric comes from ("target tracking policy cpu60"; "no scaling policy: CPU shown") */
    readonly source: string;
  };
  readonly series: ReadonlyArray<ScalingChartSeries>;
  readonly alarms: ReadonlyArray<ScalingChartAlarm>;
  /** oldest first; the chart numbers them 1, 2, … in this order */
  readonly activities: ReadonlyArray<ScalingChartActivity>;
  /** the text alternative: one paragraph for screen readers */
  readonly summary: string;
}
