import type { EngineContext } from '../context';
import type { ComparisonOperator, Dimension, MetricAlarm, Statistic } from '../model/cloudwatch';
import { startMinuteClock } from '../scaling/minute';

export interface AlarmSpec {
  readonly AlarmName: string;
  readonly AlarmDescription?: string;
  readonly Namespace: string;
  readonly MetricName: string;
  readonly Dimensions: ReadonlyArray<Dimension>;
  readonly Statistic: Statistic;
  readonly Period: number;
  readonly EvaluationPeriods: number;
  /** defaults to EvaluationPeriods, as CloudWatch does */
  readonly DatapointsToAlarm?: number;
  readonly Threshold: number;
  readonly ComparisonOperator: ComparisonOperator;
  readonly TreatMissingData?: MetricAlarm['TreatMissingData'];
  readonly ActionsEnabled?: boolean;
  readonly AlarmActions?: ReadonlyArray<string>;
  readonly OKActions?: ReadonlyArray<string>;
  readonly InsufficientDataActions?: ReadonlyArray<string>;
  /** the scaling policy that owns the alarm (target tracking, managed scaling) */
  readonly ownedBy?: string;
}

export const alarmArn = (ctx: EngineContext, name: string): string =>
  `arn:aws:cloudwatch:${ctx.state.region}:${ctx.state.accountId}:alarm:${name}`;

/**
 * Creates an alarm or replaces its configuration (PutMetricAlarm's semantics: same name, new settings). A new
 * alarm starts in INSUFFICIENT_DATA; an updated one keeps its state and history until its next evaluation.
 */
export function putAlarm(ctx: EngineContext, spec: AlarmSpec): MetricAlarm {
  const table = ctx.state.cloudwatch.alarms;
  const old = table[spec.AlarmName];
  const alarm: MetricAlarm = {
    AlarmName: spec.AlarmName,
    AlarmArn: alarmArn(ctx, spec.AlarmName),
    ...(spec.AlarmDescription !== undefined ? { AlarmDescription: spec.AlarmDescription } : {}),
    Namespace: spec.Namespace,
    MetricName: spec.MetricName,
    Dimensions: [...spec.Dimensions],
    Statistic: spec.Statistic,
    Period: spec.Period,
    EvaluationPeriods: spec.EvaluationPeriods,
    DatapointsToAlarm: spec.DatapointsToAlarm ?? spec.EvaluationPeriods,
    Threshold: spec.Threshold,
    ComparisonOperator: spec.ComparisonOperator,
    TreatMissingData: spec.TreatMissingData ?? 'missing',
    ActionsEnabled: spec.ActionsEnabled ?? true,
    AlarmActions: [...(spec.AlarmActions ?? [])],
    OKActions: [...(spec.OKActions ?? [])],
    InsufficientDataActions: [...(spec.InsufficientDataActions ?? [])],
    StateValue: old?.StateValue ?? 'INSUFFICIENT_DATA',
    StateReason: old?.StateReason ?? 'Unchecked: Initial alarm creation',
    StateUpdatedAt: old?.StateUpdatedAt ?? ctx.now,
    ConfigurationUpdatedAt: ctx.now,
    ...(spec.ownedBy !== undefined ? { ownedBy: spec.ownedBy } : {}),
    history: old?.history ?? [],
  };
  ctx.tx.set(table, alarm.AlarmName, alarm);
  startMinuteClock(ctx);
  return alarm;
}

/** Deletes an alarm (no-op when there is none). */
export function deleteAlarm(ctx: EngineContext, name: string): void {
  ctx.tx.remove(ctx.state.cloudwatch.alarms, name);
}
