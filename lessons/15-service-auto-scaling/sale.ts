import { arnName } from '../../src/lib/arn';
import type { Datapoint, Service, Simulation } from '../../src/engine/index';

/** What lesson 15 watches: the service, its bounds, the sale's window and the SLO. */
export const CLUSTER = 'shop';
export const SERVICE = 'web';
export const RESOURCE_ID = `service/${CLUSTER}/${SERVICE}`;
export const MIN_TASKS = 2;
export const MAX_TASKS = 20;

/** The flash sale: 01:00 to 01:30 on the sandbox clock (virtual seconds from midnight). */
export const SALE_START = 3600;
export const SALE_END = 5400;
/** requests per second outside and during the sale (each 0.5 vCPU task answers about 250 at most) */
export const BASE_RPS = 300;
export const SALE_RPS = 2500;

/** The SLO: no errors, latency at most this; more than this many breached minutes in the sale fails it. */
export const LATENCY_SLO_MS = 500;
export const MAX_BREACH_MINUTES = 1;
/** web must scale in within this many seconds after the sale ends */
export const SCALE_IN_WITHIN = 15 * 60;

/** The sandbox clock as the learner reads it: `01:05`. */
export const clock = (t: number) => {
  const minutes = Math.floor(t / 60);
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** The service `web` in `shop`, while it is ACTIVE. */
export function webService(sim: Simulation): Service | undefined {
  return Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );
}

const SERVICE_DIMENSIONS = { ClusterName: CLUSTER, ServiceName: SERVICE };

/**
 * The 1-minute datapoints of a metric of web (dimensions ClusterName and ServiceName) with `from ≤ t < to`,
 * oldest first: read from the state, as GetMetricData would return them.
 */
export function webPoints(
  sim: Simulation,
  namespace: string,
  metricName: string,
  from = 0,
  to = Infinity,
): ReadonlyArray<Datapoint> {
  const series = Object.values(sim.state.cloudwatch.metrics).find(
    (m) =>
      m.namespace === namespace &&
      m.metricName === metricName &&
      m.dimensions.length === 2 &&
      m.dimensions.every((d) => SERVICE_DIMENSIONS[d.Name as keyof typeof SERVICE_DIMENSIONS] === d.Value),
  );
  return (series?.chunks ?? []).flat().filter((p) => p.t >= from && p.t < to);
}

export const average = (p: Datapoint) => p.sum / p.sampleCount;

/**
 * The minutes of the sale in which web broke its SLO (errors, or latency over the limit), with what broke it.
 * Each minute's sample is taken at its end and filed under its start, so the samples taken during the sale are
 * those filed from a minute before it starts; `t` is when a sample was taken.
 */
export function breachedMinutes(sim: Simulation): Array<{ t: number; what: string }> {
  const from = SALE_START - 60;
  const to = SALE_END - 60;
  const errors = new Map(webPoints(sim, 'Sandbox/Load', 'ErrorsPerSecond', from, to).map((p) => [p.t, p]));
  const latency = new Map(webPoints(sim, 'Sandbox/Load', 'LatencyMs', from, to).map((p) => [p.t, p]));
  const out: Array<{ t: number; what: string }> = [];
  for (let t = from; t < to && t + 60 <= sim.now; t += 60) {
    const e = errors.get(t);
    const l = latency.get(t);
    if (!e) out.push({ t: t + 60, what: 'no data' });
    else if (e.max > 0.01) out.push({ t: t + 60, what: `${Math.round(e.max)} errors/s` });
    else if (l && l.max > LATENCY_SLO_MS) out.push({ t: t + 60, what: `${Math.round(l.max)} ms latency` });
  }
  return out;
}

/**
 * The lowest and highest desired count of web sampled at `from ≤ t < to` (sample times, as above), as
 * ECS/ContainerInsights DesiredTaskCount saw it.
 */
export function desiredRange(
  sim: Simulation,
  from = 0,
  to = Infinity,
): { low: number; high: number } | undefined {
  const points = webPoints(sim, 'ECS/ContainerInsights', 'DesiredTaskCount', from - 60, to - 60);
  if (points.length === 0) return undefined;
  return { low: Math.min(...points.map((p) => p.min)), high: Math.max(...points.map((p) => p.max)) };
}
