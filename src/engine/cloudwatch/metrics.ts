import type { EngineContext } from '../context';
import type { Datapoint, Dimension, MetricSeries, Statistic } from '../model/cloudwatch';
import type { SimState } from '../state';

/** Minutes of datapoints a metric keeps (two simulated days); older chunks are dropped whole. */
const KEPT_MINUTES = 2 * 24 * 60;
const CHUNK = 60;
const MAX_CHUNKS = KEPT_MINUTES / CHUNK + 1;

const sortDimensions = (dims: ReadonlyArray<Dimension>): Dimension[] =>
  [...dims].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));

/** The key a metric is stored under: namespace, name and its dimensions in name order. */
export function metricKey(namespace: string, metricName: string, dims: ReadonlyArray<Dimension>): string {
  return `${namespace}|${metricName}|${sortDimensions(dims)
    .map((d) => `${d.Name}=${d.Value}`)
    .join(',')}`;
}

/**
 * Publishes one minute of a metric: the samples taken in the minute that starts at `minuteStart` (none: nothing
 * is published, and the metric has no datapoint for that minute, as CloudWatch does when nobody reports).
 */
export function publishMetric(
  ctx: EngineContext,
  namespace: string,
  metricName: string,
  dims: ReadonlyArray<Dimension>,
  minuteStart: number,
  samples: ReadonlyArray<number>,
): void {
  if (samples.length === 0) return;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of samples) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const point: Datapoint = { t: minuteStart, sampleCount: samples.length, sum, min, max };
  const key = metricKey(namespace, metricName, dims);
  const table = ctx.state.cloudwatch.metrics;
  const series: MetricSeries = table[key] ?? {
    key,
    namespace,
    metricName,
    dimensions: sortDimensions(dims),
    chunks: [],
  };
  const last = series.chunks[series.chunks.length - 1];
  let chunks: ReadonlyArray<ReadonlyArray<Datapoint>>;
  if (last && last.length < CHUNK && (last[last.length - 1]?.t ?? -1) < minuteStart) {
    chunks = [...series.chunks.slice(0, -1), [...last, point]];
  } else if (last && (last[last.length - 1]?.t ?? -1) >= minuteStart) {
    return; // a minute is published once
  } else {
    chunks = [...series.chunks, [point]];
  }
  if (chunks.length > MAX_CHUNKS) chunks = chunks.slice(chunks.length - MAX_CHUNKS);
  ctx.tx.set(table, key, { ...series, chunks });
}

/** The stored series of a metric, if anything was ever published to it (and kept). */
export function seriesOf(
  state: SimState,
  namespace: string,
  metricName: string,
  dims: ReadonlyArray<Dimension>,
): MetricSeries | undefined {
  return state.cloudwatch.metrics[metricKey(namespace, metricName, dims)];
}

/** The 1-minute datapoints of a series with `from ≤ t < to`, oldest first. */
export function datapointsBetween(series: MetricSeries | undefined, from: number, to: number): Datapoint[] {
  if (!series) return [];
  const out: Datapoint[] = [];
  for (const chunk of series.chunks) {
    const first = chunk[0];
    const lastPoint = chunk[chunk.length - 1];
    if (!first || !lastPoint || lastPoint.t < from || first.t >= to) continue;
    for (const p of chunk) if (p.t >= from && p.t < to) out.push(p);
  }
  return out;
}

/** Folds datapoints into one statistic value (undefined when there is none). */
export function statisticOf(points: ReadonlyArray<Datapoint>, stat: Statistic): number | undefined {
  if (points.length === 0) return undefined;
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    count += p.sampleCount;
    sum += p.sum;
    if (p.min < min) min = p.min;
    if (p.max > max) max = p.max;
  }
  switch (stat) {
    case 'SampleCount':
      return count;
    case 'Sum':
      return sum;
    case 'Minimum':
      return min;
    case 'Maximum':
      return max;
    case 'Average':
      return sum / count;
  }
}

/**
 * The metric aggregated over periods of `period` seconds (a multiple of 60) from `from` to `to`: one value per
 * period that has data, oldest first, as GetMetricData and alarms read it.
 */
export function periodValues(
  series: MetricSeries | undefined,
  stat: Statistic,
  period: number,
  from: number,
  to: number,
): Array<{ t: number; value: number }> {
  const out: Array<{ t: number; value: number }> = [];
  const start = Math.floor(from / period) * period;
  for (let t = start; t < to; t += period) {
    const value = statisticOf(datapointsBetween(series, t, Math.min(t + period, to)), stat);
    if (value !== undefined) out.push({ t, value });
  }
  return out;
}
