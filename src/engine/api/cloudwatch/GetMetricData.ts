import { AwsError } from '../../errors';
import { isoTime } from '../../context';
import { periodValues, seriesOf } from '../../cloudwatch/metrics';
import { parseTimestamp } from '../../cloudwatch/time';
import type { Statistic } from '../../model/cloudwatch';
import { getMetricDataSchema, STATISTICS } from '../../schema/cloudwatch';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type GetMetricDataInput = Infer<typeof getMetricDataSchema>;

export interface MetricDataResult {
  readonly Id: string;
  readonly Label: string;
  readonly Timestamps: string[];
  readonly Values: number[];
  readonly StatusCode: 'Complete' | 'PartialData';
}

export interface GetMetricDataOutput {
  readonly MetricDataResults: MetricDataResult[];
  readonly Messages: never[];
}

/** The sandbox publishes one datapoint a minute, so periods are whole minutes (high resolution is not simulated). */
function checkPeriod(period: number, field: string): void {
  if (period % 60 !== 0) {
    throw new AwsError(
      'InvalidParameterValue',
      `${field}: ${period} is not a multiple of 60. The sandbox publishes 1-minute metrics, so a period is 60 seconds or a multiple of it.`,
      field,
    );
  }
}

function checkStat(stat: string, field: string): Statistic {
  if ((STATISTICS as ReadonlyArray<string>).includes(stat)) return stat as Statistic;
  throw new AwsError(
    'InvalidParameterValue',
    `${field}: '${stat}' is not simulated. Use one of ${STATISTICS.join(', ')} (percentiles and other extended statistics are not kept by the sandbox).`,
    field,
  );
}

/**
 * cloudwatch GetMetricData: datapoints of metrics the account published (MetricStat queries; metric math is not
 * simulated and refused). Values are aggregated over each query's period; periods without data are left out.
 */
export const GetMetricData = defineOperation<GetMetricDataInput, GetMetricDataOutput>({
  schema: getMetricDataSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const from = parseTimestamp(ctx.state, input.StartTime, 'StartTime');
    const to = parseTimestamp(ctx.state, input.EndTime, 'EndTime');
    if (to <= from) {
      throw new AwsError('InvalidParameterValue', 'EndTime must be after StartTime.', 'EndTime');
    }
    const ids = new Set<string>();
    const results = input.MetricDataQueries.map((query, i): MetricDataResult | undefined => {
      const at = `MetricDataQueries[${i}]`;
      if (ids.has(query.Id)) {
        throw new AwsError(
          'InvalidParameterValue',
          `${at}.Id: '${query.Id}' is used twice; ids must be unique.`,
          `${at}.Id`,
        );
      }
      ids.add(query.Id);
      if (!query.MetricStat) {
        throw new AwsError(
          'InvalidParameterValue',
          `${at}: metric math (Expression) is not simulated; give a MetricStat (Metric, Period, Stat).`,
          `${at}.MetricStat`,
        );
      }
      if (query.ReturnData === false) return undefined;
      const { Metric, Period, Stat } = query.MetricStat;
      checkPeriod(Period, `${at}.MetricStat.Period`);
      const stat = checkStat(Stat, `${at}.MetricStat.Stat`);
      const series = seriesOf(ctx.state, Metric.Namespace, Metric.MetricName, Metric.Dimensions ?? []);
      let points = periodValues(series, stat, Period, from, to);
      if (input.ScanBy !== 'TimestampAscending') points = points.reverse();
      const partial = input.MaxDatapoints !== undefined && points.length > input.MaxDatapoints;
      if (partial) points = points.slice(0, input.MaxDatapoints);
      return {
        Id: query.Id,
        Label: query.Label ?? Metric.MetricName,
        Timestamps: points.map((p) => isoTime(ctx.state, p.t)),
        Values: points.map((p) => p.value),
        StatusCode: partial ? 'PartialData' : 'Complete',
      };
    });
    return { MetricDataResults: results.filter((r): r is MetricDataResult => r !== undefined), Messages: [] };
  },
});
