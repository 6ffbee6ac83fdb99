import {
  isHealthCheckFailure,
  type DeepReadonly,
  type Service,
  type SimEvent,
  type SimState,
  type Task,
} from '../engine/index';

/**
 * A service task's history as the timeline reads it off the state: when it joined and left the tasks in
 * flight, and from when it counted as healthy. The engine keeps no history of health, so this is an estimate
 * from what the state and the event log hold (see `staysOf`).
 */

type State = DeepReadonly<SimState>;
type ReadTask = DeepReadonly<Task>;
type ReadService = DeepReadonly<Service>;

/**
 * How long a task without container health checks or targets must run before a deployment counts it healthy
 * (ecs-reference §5.3: 40 s). The log keeps no history of container health, so a task with checks counts as
 * healthy from when it runs; with targets, from when its target turned healthy.
 */
const SETTLE_SECONDS = 40;
/** virtual times are fractional: events of one reconcile share a time up to rounding */
export const EPSILON = 1e-6;

/** A task's stay in the service: in flight from `createdAt` until `leftAt` (undefined: still there). */
export interface Stay {
  readonly task: ReadTask;
  readonly deploymentId: string;
  readonly leftAt?: number;
  /** from when the task counted as healthy, if it did */
  readonly healthyAt?: number;
  /** why it left: a scheduler stop (with its reason) or a failure */
  readonly reason?: string;
  readonly byScheduler: boolean;
}

/** The load balancer target events of the service, keyed by `id:port`, oldest first. */
function targetEvents(state: State, service: ReadService): Map<string, Array<{ at: number; to?: string }>> {
  const groups = new Set(service.loadBalancers.map((lb) => lb.targetGroupArn).filter(Boolean));
  const byTarget = new Map<string, Array<{ at: number; to?: string }>>();
  if (!groups.size) return byTarget;
  for (const e of state.events as ReadonlyArray<DeepReadonly<SimEvent>>) {
    if (e.type !== 'TargetHealthChanged' || !groups.has(e.targetGroupArn)) continue;
    const key = `${e.targetId}:${e.port}`;
    const list = byTarget.get(key) ?? [];
    list.push({ at: e.at, to: e.to });
    byTarget.set(key, list);
  }
  return byTarget;
}

/** The `id:port` keys a task's targets are registered under (instance + host port, or its ENI address). */
function targetKeys(state: State, service: ReadService, task: ReadTask): string[] {
  return service.loadBalancers.flatMap((lb) => {
    if (lb.containerPort === undefined) return [];
    if (task.eni) return [`${task.eni.privateIPv4Address}:${lb.containerPort}`];
    const ci = task.containerInstanceArn && state.ecs.containerInstances[task.containerInstanceArn];
    const binding = task.containers
      .find((c) => c.name === lb.containerName)
      ?.networkBindings.find((b) => b.containerPort === lb.containerPort);
    return ci && binding ? [`${ci.ec2InstanceId}:${binding.hostPort}`] : [];
  });
}

function hasHealthCheck(state: State, task: ReadTask): boolean {
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  return (td?.containerDefinitions ?? []).some((c) => c.essential !== false && c.healthCheck !== undefined);
}

/**
 * Whether a task with container health checks counts as healthy (from when it ran): a live one that is
 * HEALTHY now, a stopped one that was not stopped for failing its checks.
 */
const checkedHealthy = (task: ReadTask) =>
  task.lastStatus === 'STOPPED' || task.desiredStatus === 'STOPPED'
    ? !isHealthCheckFailure(task.stoppedReason)
    : task.healthStatus === 'HEALTHY';

/** Each task's stay: when it left the tasks in flight (a draining target leaves at deregistration). */
export function staysOf(state: State, service: ReadService, tasks: ReadonlyArray<ReadTask>): Stay[] {
  const targets = targetEvents(state, service);
  const draining = new Map((service.draining ?? []).map((d) => [d.taskArn as string, d.reason]));
  const balanced = service.loadBalancers.some((lb) => lb.targetGroupArn !== undefined);
  return tasks.map((task) => {
    const lifetime = (at: number) => at >= task.createdAt - EPSILON && at <= (task.stoppedAt ?? Infinity);
    const seen = targetKeys(state, service, task).flatMap((k) => targets.get(k) ?? []);
    const drainedAt = seen.find((e) => e.to === 'draining' && lifetime(e.at))?.at;
    const targetHealthyAt = seen.find((e) => e.to === 'healthy' && lifetime(e.at))?.at;
    const stopAt = task.stoppingAt ?? task.stoppedAt;
    const leftAt =
      drainedAt !== undefined && (stopAt === undefined || drainedAt < stopAt) ? drainedAt : stopAt;
    let healthyAt: number | undefined;
    if (task.startedAt !== undefined) {
      if (balanced) healthyAt = targetHealthyAt;
      else if (!hasHealthCheck(state, task)) healthyAt = task.startedAt + SETTLE_SECONDS;
      else if (checkedHealthy(task)) healthyAt = task.startedAt;
    }
    const pendingReason = draining.get(task.taskArn);
    return {
      task,
      deploymentId: task.startedBy ?? '',
      ...(leftAt !== undefined ? { leftAt } : {}),
      ...(healthyAt !== undefined ? { healthyAt } : {}),
      reason: task.stoppedReason ?? pendingReason,
      byScheduler: task.stopCode === 'ServiceSchedulerInitiated' || pendingReason !== undefined,
    };
  });
}

export const inFlightAt = (s: Stay, t: number) =>
  s.task.createdAt <= t + EPSILON && (s.leftAt === undefined || s.leftAt > t + EPSILON);
export const healthyAt = (s: Stay, t: number) =>
  inFlightAt(s, t) && s.healthyAt !== undefined && s.healthyAt <= t + EPSILON;
