import { putAlarm } from '../../cloudwatch/alarmStore';
import { AwsError } from '../../errors';
import type { ComparisonOperator } from '../../model/cloudwatch';
import { putMetricAlarmSchema } from '../../schema/cloudwatch';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutMetricAlarmInput = Infer<typeof putMetricAlarmSchema>;

const SIMPLE_OPERATORS: ReadonlyArray<string> = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
];

const missing = (member: string, why: string) =>
  new AwsError('MissingParameter', `The parameter ${member} is required ${why}.`, member);

/**
 * cloudwatch PutMetricAlarm: creates or updates an alarm on one metric (static threshold). An alarm's actions can
 * be scaling policy ARNs (step scaling); other actions (SNS topics) are kept but do nothing in the sandbox.
 * Anomaly-detection operators, metric math and high-resolution periods are not simulated and are refused.
 */
export const PutMetricAlarm = defineOperation<PutMetricAlarmInput, Record<string, never>>({
  schema: putMetricAlarmSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    if (!SIMPLE_OPERATORS.includes(input.ComparisonOperator)) {
      throw new AwsError(
        'InvalidParameterValue',
        `ComparisonOperator ${input.ComparisonOperator} belongs to anomaly detection bands, which the sandbox does not simulate; use a static threshold operator such as GreaterThanThreshold.`,
        'ComparisonOperator',
      );
    }
    if (input.Metrics) {
      throw new AwsError(
        'InvalidParameterValue',
        'Metrics (metric math alarms) are not simulated; alarm on one metric with Namespace and MetricName.',
        'Metrics',
      );
    }
    if (!input.MetricName) throw missing('MetricName', 'for an alarm on a single metric');
    if (!input.Namespace) throw missing('Namespace', 'for an alarm on a single metric');
    if (!input.Statistic) throw missing('Statistic', '(the sandbox does not keep extended statistics)');
    if (input.Period === undefined) throw missing('Period', 'for an alarm on a single metric');
    if (input.Threshold === undefined) throw missing('Threshold', 'for a static threshold alarm');
    if (input.Period % 60 !== 0) {
      throw new AwsError(
        'InvalidParameterValue',
        `Period ${input.Period}: the sandbox publishes 1-minute metrics, so an alarm's period is 60 seconds or a multiple of it.`,
        'Period',
      );
    }
    const datapoints = input.DatapointsToAlarm ?? input.EvaluationPeriods;
    if (datapoints > input.EvaluationPeriods) {
      throw new AwsError(
        'InvalidParameterValue',
        `DatapointsToAlarm (${datapoints}) cannot be more than EvaluationPeriods (${input.EvaluationPeriods}).`,
        'DatapointsToAlarm',
      );
    }
    if (input.Period * input.EvaluationPeriods > 86_400) {
      throw new AwsError(
        'InvalidParameterValue',
        'Period × EvaluationPeriods cannot exceed one day (86,400 seconds).',
        'EvaluationPeriods',
      );
    }
    putAlarm(ctx, {
      AlarmName: input.AlarmName,
      ...(input.AlarmDescription !== undefined ? { AlarmDescription: input.AlarmDescription } : {}),
      Namespace: input.Namespace,
      MetricName: input.MetricName,
      Dimensions: input.Dimensions ?? [],
      Statistic: input.Statistic,
      Period: input.Period,
      EvaluationPeriods: input.EvaluationPeriods,
      DatapointsToAlarm: datapoints,
      Threshold: input.Threshold,
      ComparisonOperator: input.ComparisonOperator as ComparisonOperator,
      TreatMissingData: input.TreatMissingData ?? 'missing',
      ActionsEnabled: input.ActionsEnabled ?? true,
      AlarmActions: input.AlarmActions ?? [],
      OKActions: input.OKActions ?? [],
      InsufficientDataActions: input.InsufficientDataActions ?? [],
    });
    return {};
  },
});
