import { alarmOutput, type MetricAlarmOutput } from '../../cloudwatch/output';
import { describeAlarmsSchema } from '../../schema/cloudwatch';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeAlarmsInput = Infer<typeof describeAlarmsSchema>;

export interface DescribeAlarmsOutput {
  readonly MetricAlarms: MetricAlarmOutput[];
  readonly CompositeAlarms: never[];
}

/** cloudwatch DescribeAlarms: the metric alarms, by name, prefix, state or action prefix, in name order. */
export const DescribeAlarms = defineOperation<DescribeAlarmsInput, DescribeAlarmsOutput>({
  schema: describeAlarmsSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const names = input.AlarmNames ? new Set(input.AlarmNames) : undefined;
    const wantsMetricAlarms = !input.AlarmTypes || input.AlarmTypes.includes('MetricAlarm');
    const alarms = Object.values(ctx.state.cloudwatch.alarms)
      .filter(
        (a) =>
          wantsMetricAlarms &&
          (!names || names.has(a.AlarmName)) &&
          (!input.AlarmNamePrefix || a.AlarmName.startsWith(input.AlarmNamePrefix)) &&
          (!input.StateValue || a.StateValue === input.StateValue) &&
          (!input.ActionPrefix ||
            [...a.AlarmActions, ...a.OKActions, ...a.InsufficientDataActions].some((x) =>
              x.startsWith(input.ActionPrefix!),
            )),
      )
      .sort((a, b) => (a.AlarmName < b.AlarmName ? -1 : 1))
      .slice(0, input.MaxRecords ?? 100);
    return { MetricAlarms: alarms.map((a) => alarmOutput(ctx.state, a)), CompositeAlarms: [] };
  },
});
