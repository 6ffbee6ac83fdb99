import type { SimTime } from './ids';

export interface Dimension {
  readonly Name: string;
  readonly Value: string;
}

/** One minute of a metric: the statistic set of the samples published in it. `t` is the minute's start. */
export interface Datapoint {
  readonly t: SimTime;
  readonly sampleCount: number;
  readonly sum: number;
  readonly min: number;
  readonly max: number;
}

/**
 * A metric's 1-minute datapoints, oldest first, in chunks of at most 60 so that publishing a minute copies one
 * short chunk, not the whole series (records are replaced, never mutated: forks share them).
 */
export interface MetricSeries {
  readonly key: string;
  readonly namespace: string;
  readonly metricName: string;
  /** sorted by Name */
  readonly dimensions: ReadonlyArray<Dimension>;
  readonly chunks: ReadonlyArray<ReadonlyArray<Datapoint>>;
}

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
export type ComparisonOperator =
  | 'GreaterThanOrEqualToThreshold'
  | 'GreaterThanThreshold'
  | 'LessThanThreshold'
  | 'LessThanOrEqualToThreshold';
export type Statistic = 'SampleCount' | 'Average' | 'Sum' | 'Minimum' | 'Maximum';

export interface AlarmHistoryItem {
  readonly at: SimTime;
  readonly from: AlarmState;
  readonly to: AlarmState;
  readonly reason: string;
}

/** A metric alarm (PutMetricAlarm), including the ones scaling policies create and own. */
export interface MetricAlarm {
  readonly AlarmName: string;
  readonly AlarmArn: string;
  readonly AlarmDescription?: string;
  readonly Namespace: string;
  readonly MetricName: string;
  readonly Dimensions: ReadonlyArray<Dimension>;
  readonly Statistic: Statistic;
  readonly Period: number;
  readonly EvaluationPeriods: number;
  readonly DatapointsToAlarm: number;
  readonly Threshold: number;
  readonly ComparisonOperator: ComparisonOperator;
  readonly TreatMissingData: 'missing' | 'notBreaching' | 'breaching' | 'ignore';
  readonly ActionsEnabled: boolean;
  readonly AlarmActions: ReadonlyArray<string>;
  readonly OKActions: ReadonlyArray<string>;
  readonly InsufficientDataActions: ReadonlyArray<string>;
  readonly StateValue: AlarmState;
  readonly StateReason: string;
  readonly StateUpdatedAt: SimTime;
  readonly ConfigurationUpdatedAt: SimTime;
  /** the policy that created it (target tracking and managed scaling alarms); such alarms are not the learner's to edit */
  readonly ownedBy?: string;
  /** the newest state changes, newest last (at most 50) */
  readonly history: ReadonlyArray<AlarmHistoryItem>;
}
