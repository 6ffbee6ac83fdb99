import { isoTime } from '../../context';
import { parseTimestamp } from '../../cloudwatch/time';
import { describeAlarmHistorySchema } from '../../schema/cloudwatch';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeAlarmHistoryInput = Infer<typeof describeAlarmHistorySchema>;

export interface AlarmHistoryItemOutput {
  readonly AlarmName: string;
  readonly AlarmType: 'MetricAlarm';
  readonly Timestamp: string;
  readonly HistoryItemType: 'StateUpdate';
  readonly HistorySummary: string;
  readonly HistoryData: string;
}

/**
 * cloudwatch DescribeAlarmHistory: the alarms' state changes (the sandbox keeps the newest 50 per alarm and
 * records state updates only).
 */
export const DescribeAlarmHistory = defineOperation<
  DescribeAlarmHistoryInput,
  { AlarmHistoryItems: AlarmHistoryItemOutput[] }
>({
  schema: describeAlarmHistorySchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    if (input.HistoryItemType && input.HistoryItemType !== 'StateUpdate') return { AlarmHistoryItems: [] };
    const from = input.StartDate ? parseTimestamp(ctx.state, input.StartDate, 'StartDate') : -Infinity;
    const to = input.EndDate ? parseTimestamp(ctx.state, input.EndDate, 'EndDate') : Infinity;
    const items = Object.values(ctx.state.cloudwatch.alarms)
      .filter((a) => !input.AlarmName || a.AlarmName === input.AlarmName)
      .flatMap((a) =>
        a.history.filter((h) => h.at >= from && h.at <= to).map((h) => ({ alarm: a.AlarmName, h })),
      )
      .sort((x, y) => (input.ScanBy === 'TimestampAscending' ? x.h.at - y.h.at : y.h.at - x.h.at))
      .slice(0, input.MaxRecords ?? 100);
    return {
      AlarmHistoryItems: items.map(({ alarm, h }) => ({
        AlarmName: alarm,
        AlarmType: 'MetricAlarm',
        Timestamp: isoTime(ctx.state, h.at),
        HistoryItemType: 'StateUpdate',
        HistorySummary: `Alarm updated from ${h.from} to ${h.to}`,
        HistoryData: JSON.stringify({
          version: '1.0',
          oldState: { stateValue: h.from },
          newState: { stateValue: h.to, stateReason: h.reason },
        }),
      })),
    };
  },
});
