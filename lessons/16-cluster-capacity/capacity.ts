import { arnName } from '../../src/lib/arn';
import type { CapacityProvider, Datapoint, Service, Simulation, Task } from '../../src/engine/index';

/** What lesson 16 watches: the cluster, its group and provider, the memory-heavy service and its sizes. */
export const CLUSTER = 'shop';
export const GROUP = 'shop-asg';
export const PROVIDER = 'shop-cp';
export const SERVICE = 'reports';
export const BATCH_TASKS = 8;
export const NORMAL_TASKS = 4;
/** no task may wait longer than this for room once managed scaling is on */
export const MAX_WAIT = 180;
/** after the batch, spare instances must be gone within this */
export const SCALE_IN_WITHIN = 20 * 60;

/** The sandbox clock as the learner reads it: `00:25`. */
export const clock = (t: number) => {
  const minutes = Math.floor(t / 60);
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** The service `reports` in `shop`, while it is ACTIVE. */
export function reportsService(sim: Simulation): Service | undefined {
  return Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );
}

/** The tasks `reports` has started that the engine still holds (stopped ones for an hour). */
export const reportsTasks = (sim: Simulation): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) => arnName(t.clusterArn) === CLUSTER && t.group === `service:${SERVICE}`,
  );

/** The Auto Scaling group capacity provider the service launches through now (its primary deployment's). */
export function providerOfReports(sim: Simulation): CapacityProvider | undefined {
  const service = reportsService(sim);
  const strategy = service?.deployments[0]?.capacityProviderStrategy ?? [];
  const names = strategy
    .filter((i) => (i.weight ?? 0) > 0 || (i.base ?? 0) > 0)
    .map((i) => i.capacityProvider);
  return names.map((n) => sim.state.ecs.capacityProviders[n]).find((cp) => cp?.status === 'ACTIVE');
}

/** The 1-minute datapoints of a metric whose dimensions are exactly `dims`, filed at `from ≤ t < to`. */
export function points(
  sim: Simulation,
  namespace: string,
  metricName: string,
  dims: Readonly<Record<string, string>>,
  from = 0,
  to = Infinity,
): ReadonlyArray<Datapoint> {
  const keys = Object.keys(dims);
  const series = Object.values(sim.state.cloudwatch.metrics).find(
    (m) =>
      m.namespace === namespace &&
      m.metricName === metricName &&
      m.dimensions.length === keys.length &&
      m.dimensions.every((d) => dims[d.Name] === d.Value),
  );
  return (series?.chunks ?? []).flat().filter((p) => p.t >= from && p.t < to);
}

const SERVICE_DIMS = { ClusterName: CLUSTER, ServiceName: SERVICE };

/**
 * What reports wanted and ran at each minute's sample (taken at the minute's end, so `at` is the filed minute
 * plus 60), oldest first.
 */
export function reportsCounts(sim: Simulation): Array<{ at: number; desired: number; running: number }> {
  const running = new Map(
    points(sim, 'ECS/ContainerInsights', 'RunningTaskCount', SERVICE_DIMS).map((p) => [p.t, p.max]),
  );
  return points(sim, 'ECS/ContainerInsights', 'DesiredTaskCount', SERVICE_DIMS).map((p) => ({
    at: p.t + 60,
    desired: p.max,
    running: running.get(p.t) ?? 0,
  }));
}

/** The group's in-service instances at each minute's sample (AWS/AutoScaling GroupInServiceInstances). */
export const inServiceCounts = (sim: Simulation) =>
  points(sim, 'AWS/AutoScaling', 'GroupInServiceInstances', { AutoScalingGroupName: GROUP }).map((p) => ({
    at: p.t + 60,
    count: p.max,
  }));
