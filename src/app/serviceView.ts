import {
  isoTime,
  type DeepReadonly,
  type Service,
  type Simulation,
  type SimState,
  type Task,
} from '../engine/index';
import { arnName, shortId } from '../lib/arn';

/**
 * What the Services panel shows, read straight off the simulation's state (no DescribeServices call: a panel
 * that re-reads on every frame of playback must not add to the call history). The counts follow the API's
 * rules: a task is in flight until it is asked to stop, PENDING until it runs.
 */

type ServiceRecord = DeepReadonly<Service>;
type TaskRecord = DeepReadonly<Task>;

/** A task in flight: neither stopped nor asked to stop. */
export const isLive = (t: TaskRecord) => t.desiredStatus !== 'STOPPED' && t.lastStatus !== 'STOPPED';

/** The tasks the service started (its `group` is `service:NAME` in its cluster), stopped ones included. */
export function tasksOfService(state: DeepReadonly<SimState>, service: ServiceRecord): TaskRecord[] {
  const group = `service:${service.serviceName}`;
  return Object.values(state.ecs.tasks).filter(
    (t) => t.clusterArn === service.clusterArn && t.group === group,
  );
}

export interface ServiceRow {
  readonly arn: string;
  readonly name: string;
  readonly cluster: string;
  readonly status: string;
  readonly scheduling: 'REPLICA' | 'DAEMON';
  readonly desired: number;
  readonly running: number;
  readonly pending: number;
  readonly taskDefinition: string;
  /** the PRIMARY deployment's rollout state */
  readonly rollout: string;
}

/** `family:revision` of a task definition ARN. */
const revisionOf = (arn: string) => arnName(arn);

/** The services of the simulation (INACTIVE ones left out), by cluster then name. */
export function serviceRows(sim: Simulation): ServiceRow[] {
  return Object.values(sim.state.ecs.services)
    .filter((s) => s.status !== 'INACTIVE')
    .map((s) => {
      const live = tasksOfService(sim.state, s).filter(isLive);
      const running = live.filter((t) => t.lastStatus === 'RUNNING').length;
      return {
        arn: s.serviceArn,
        name: s.serviceName,
        cluster: arnName(s.clusterArn),
        status: s.status,
        scheduling: s.schedulingStrategy,
        desired: s.desiredCount,
        running,
        pending: live.length - running,
        taskDefinition: revisionOf(s.deployments[0]?.taskDefinition ?? s.lastCompleted?.taskDefinition ?? ''),
        rollout: s.deployments[0]?.rolloutState ?? '',
      };
    })
    .sort((a, b) => a.cluster.localeCompare(b.cluster) || a.name.localeCompare(b.name));
}

export interface DeploymentRow {
  readonly id: string;
  readonly status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  readonly taskDefinition: string;
  readonly desired: number;
  readonly pending: number;
  readonly running: number;
  readonly failedTasks: number;
  readonly rolloutState: string;
  readonly rolloutStateReason: string;
}

export interface TargetRow {
  readonly targetGroup: string;
  /** instance id or IP address */
  readonly id: string;
  readonly port: number;
  readonly state: string;
  readonly reason?: string;
  readonly description?: string;
  /** the short id of the service's task behind the target, when the scheduler registered it */
  readonly task?: string;
  readonly taskArn?: string;
}

export interface ServiceDetails {
  readonly row: ServiceRow;
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  readonly circuitBreaker: { readonly enable: boolean; readonly rollback: boolean };
  readonly gracePeriod: number;
  readonly deployments: ReadonlyArray<DeploymentRow>;
  readonly events: ReadonlyArray<{ readonly id: string; readonly at: string; readonly message: string }>;
  readonly targets: ReadonlyArray<TargetRow>;
  /** the service's live tasks, newest first, with their deployment and host port */
  readonly tasks: ReadonlyArray<{
    readonly arn: string;
    readonly short: string;
    readonly status: string;
    readonly health: string;
    readonly deployment: string;
    readonly hostPorts: ReadonlyArray<number>;
  }>;
}

/** Everything the panel shows of one service, or undefined when it is gone (deleted, or undone). */
export function serviceDetails(sim: Simulation, serviceArn: string): ServiceDetails | undefined {
  const service = sim.state.ecs.services[serviceArn];
  if (!service) return undefined;
  const row = serviceRows(sim).find((r) => r.arn === serviceArn);
  if (!row) return undefined;
  const live = tasksOfService(sim.state, service).filter(isLive);
  const deployments = service.deployments.map((d, i): DeploymentRow => {
    const mine = live.filter((t) => t.startedBy === d.id);
    const running = mine.filter((t) => t.lastStatus === 'RUNNING').length;
    return {
      id: d.id,
      status: i === 0 ? 'PRIMARY' : mine.length ? 'ACTIVE' : 'INACTIVE',
      taskDefinition: revisionOf(d.taskDefinition),
      desired: i === 0 ? service.desiredCount : mine.length,
      pending: mine.length - running,
      running,
      failedTasks: d.failedTasks,
      rolloutState: d.rolloutState,
      rolloutStateReason: d.rolloutStateReason,
    };
  });
  const c = service.deploymentConfiguration;
  return {
    row,
    minimumHealthyPercent: c.minimumHealthyPercent,
    maximumPercent: c.maximumPercent,
    circuitBreaker: {
      enable: c.deploymentCircuitBreaker.enable,
      rollback: c.deploymentCircuitBreaker.rollback,
    },
    gracePeriod: service.healthCheckGracePeriodSeconds,
    deployments,
    events: service.events.map((e) => ({
      id: e.id,
      at: isoTime(sim.state, e.createdAt).slice(11, 19),
      message: e.message,
    })),
    targets: targetRows(sim, service),
    tasks: [...live]
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((t) => ({
        arn: t.taskArn,
        short: shortId(arnName(t.taskArn)),
        status: t.lastStatus,
        health: t.healthStatus,
        deployment: deploymentLabel(service, t.startedBy),
        hostPorts: t.containers.flatMap((c) => (c.networkBindings ?? []).map((b) => b.hostPort ?? 0)),
      })),
  };
}

/** "new" for the PRIMARY deployment's tasks, "old" for an older one's. */
function deploymentLabel(service: ServiceRecord, startedBy: string | undefined): string {
  if (startedBy === service.deployments[0]?.id) return 'new';
  return service.deployments.some((d) => d.id === startedBy) ? 'old' : '';
}

/** The targets of the service's target groups, with the task behind each where the scheduler registered it. */
function targetRows(sim: Simulation, service: ServiceRecord): TargetRow[] {
  const groups = new Set(
    service.loadBalancers.flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : [])),
  );
  return Object.values(sim.state.elbv2.targets)
    .filter((t) => groups.has(t.targetGroupArn))
    .map((t) => ({
      targetGroup:
        sim.state.elbv2.targetGroups[t.targetGroupArn]?.TargetGroupName ?? arnName(t.targetGroupArn),
      id: t.Id,
      port: t.Port,
      state: t.health.State,
      ...(t.health.Reason ? { reason: t.health.Reason } : {}),
      ...(t.health.Description ? { description: t.health.Description } : {}),
      ...(t.taskArn ? { task: shortId(arnName(t.taskArn)), taskArn: t.taskArn } : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id) || a.port - b.port);
}
