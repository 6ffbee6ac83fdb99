import { listMetricsSchema } from '../../schema/cloudwatch';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import type { Dimension } from '../../model/cloudwatch';
import { defineOperation } from '../operation';

export type ListMetricsInput = Infer<typeof listMetricsSchema>;

export interface ListMetricsOutput {
  readonly Metrics: Array<{ Namespace: string; MetricName: string; Dimensions: Dimension[] }>;
}

/** cloudwatch ListMetrics: the metrics published so far, filtered by namespace, name and dimensions. */
export const ListMetrics = defineOperation<ListMetricsInput, ListMetricsOutput>({
  schema: listMetricsSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const metrics = Object.values(ctx.state.cloudwatch.metrics)
      .filter(
        (m) =>
          (!input.Namespace || m.namespace === input.Namespace) &&
          (!input.MetricName || m.metricName === input.MetricName) &&
          (input.Dimensions ?? []).every((want) =>
            m.dimensions.some(
              (d) => d.Name === want.Name && (want.Value === undefined || d.Value === want.Value),
            ),
          ),
      )
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    return {
      Metrics: metrics.map((m) => ({
        Namespace: m.namespace,
        MetricName: m.metricName,
        Dimensions: m.dimensions.map((d) => ({ ...d })),
      })),
    };
  },
});
