import { isoTime } from '../context';
import type { Dimension, MetricAlarm } from '../model/cloudwatch';
import type { SimState } from '../state';

/** MetricAlarm as DescribeAlarms returns it. */
export interface MetricAlarmOutput {
  readonly AlarmName: string;
  readonly AlarmArn: string;
  readonly AlarmDescription?: string;
  readonly AlarmConfigurationUpdatedTimestamp: string;
  readonly ActionsEnabled: boolean;
  readonly OKActions: string[];
  readonly AlarmActions: string[];
  readonly InsufficientDataActions: string[];
  readonly StateValue: string;
  readonly StateReason: string;
  readonly StateUpdatedTimestamp: string;
  readonly StateTransitionedTimestamp: string;
  readonly MetricName: string;
  readonly Namespace: string;
  readonly Statistic: string;
  readonly Dimensions: Dimension[];
  readonly Period: number;
  readonly EvaluationPeriods: number;
  readonly DatapointsToAlarm: number;
  readonly Threshold: number;
  readonly ComparisonOperator: string;
  readonly TreatMissingData: string;
}

export function alarmOutput(state: SimState, alarm: MetricAlarm): MetricAlarmOutput {
  return {
    AlarmName: alarm.AlarmName,
    AlarmArn: alarm.AlarmArn,
    ...(alarm.AlarmDescription !== undefined ? { AlarmDescription: alarm.AlarmDescription } : {}),
    AlarmConfigurationUpdatedTimestamp: isoTime(state, alarm.ConfigurationUpdatedAt),
    ActionsEnabled: alarm.ActionsEnabled,
    OKActions: [...alarm.OKActions],
    AlarmActions: [...alarm.AlarmActions],
    InsufficientDataActions: [...alarm.InsufficientDataActions],
    StateValue: alarm.StateValue,
    StateReason: alarm.StateReason,
    StateUpdatedTimestamp: isoTime(state, alarm.StateUpdatedAt),
    StateTransitionedTimestamp: isoTime(state, alarm.StateUpdatedAt),
    MetricName: alarm.MetricName,
    Namespace: alarm.Namespace,
    Statistic: alarm.Statistic,
    Dimensions: alarm.Dimensions.map((d) => ({ ...d })),
    Period: alarm.Period,
    EvaluationPeriods: alarm.EvaluationPeriods,
    DatapointsToAlarm: alarm.DatapointsToAlarm,
    Threshold: alarm.Threshold,
    ComparisonOperator: alarm.ComparisonOperator,
    TreatMissingData: alarm.TreatMissingData,
  };
}
