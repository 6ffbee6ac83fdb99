import { arnName } from '../../lib/arn';
import type { EngineContext } from '../context';
import { registeredInstancesOf, tasksInGroup } from '../indexes';
import type { Task } from '../model/ecs';
import type { Service, ServiceDeployment } from '../model/service';
import { meetsMemberOf } from '../placement/matches';
import type { SimState } from '../state';
import { serviceGroup } from './arn';
import { finishDrainedTasks, nextDrainedAt, releaseStoppedTargets, stopServiceTasks } from './drain';
import { becomesHealthyAt, graceEndsAt, isHealthy, isLive, isServing, TIME_EPSILON } from './health';
import { startServiceTasks } from './launch';
import { completed, startedTasks, steadyState, stuckDeployment } from './messages';
import { planDaemon, planReplica, type Plan } from './plan';
import { saveService, scheduleReconcile, wakeAt, withEvent } from './record';
import { registerRunningTasks } from './targets';
import { isShifting, shiftHooks } from './shiftHooks';

/** How long the scheduler waits before trying again to place tasks that found no instance. */
export const PLACEMENT_RETRY_SECONDS = 60;

/**
 * How often a DAEMON service looks for instances that joined the cluster. The agent's registration does not
 * wake the scheduler (that hook lives in the agent module), so a daemon checks on its own once a minute.
 */
export const DAEMON_POLL_SECONDS = 60;

/** The service's tasks in the task table (stopped ones included, until they expire), oldest first. */
export const tasksOfService = (state: SimState, service: Service): Task[] => [
  ...tasksInGroup(state, service.clusterArn, serviceGroup(service.serviceName)).values(),
];

/**
 * The instances a DAEMON service runs a task on: registered, ACTIVE, with a connected agent, and meeting the
 * memberOf constraints of the service and of its task definition (ecs-reference §5.2). Its desired count is
 * their number; a task on an instance that stops matching is stopped.
 */
function daemonInstances(state: SimState, service: Service) {
  const definition = state.ecs.taskDefinitions[service.deployments[0]!.taskDefinition];
  const constraints = [...(definition?.placementConstraints ?? []), ...service.placementConstraints];
  return registeredInstancesOf(state, service.clusterArn).filter(
    (ci) => ci.status === 'ACTIVE' && ci.agentConnected && meetsMemberOf(state, ci, constraints),
  );
}

/**
 * Stops the planned tasks (draining their load balancer targets first) and starts the planned ones; returns
 * the service with its events added.
 */
function carryOut(ctx: EngineContext, service: Service, plan: Plan): { service: Service; retry: boolean } {
  let next = stopServiceTasks(ctx, service, plan.stops);
  const primary = next.deployments[0]!;
  const started: Task[] = [];
  let problem: string | undefined;
  if (plan.startOn.length) {
    for (const ci of plan.startOn) {
      const result = startServiceTasks(ctx, next, primary, 1, ci);
      started.push(...result.started);
      problem ??= result.problem;
    }
  } else if (plan.start > 0) {
    const result = startServiceTasks(ctx, next, primary, plan.start);
    started.push(...result.started);
    problem = result.problem;
  }
  if (started.length)
    next = withEvent(
      ctx,
      next,
      startedTasks(
        next.serviceName,
        started.map((t) => arnName(t.taskArn)),
      ),
    );
  if (problem) next = withEvent(ctx, next, problem);
  if (plan.stuck) next = withEvent(ctx, next, stuckDeployment(next.serviceName));
  if (plan.stops.length || started.length) next = { ...next, steady: false };
  return { service: next, retry: problem !== undefined };
}

/**
 * The deployments after a reconcile: older ones whose tasks are all gone leave the list (a FAILED one stays,
 * INACTIVE, until the deployment after it completes, so the failure can be seen); the primary one
 * notes its first healthy task (the circuit breaker stops counting, ecs-reference §5.6) and is COMPLETED once
 * it alone runs the desired count, all healthy.
 */
function settleDeployments(ctx: EngineContext, service: Service, live: ReadonlyArray<Task>): Service {
  const [primary, ...older] = service.deployments as [ServiceDeployment, ...ServiceDeployment[]];
  const running = older.filter((d) => live.some((t) => t.startedBy === d.id));
  const mine = live.filter((t) => t.startedBy === primary.id && isServing(service, t));
  const healthy = mine.filter((t) => isHealthy(ctx.state, t, ctx.now, service));
  let p = primary;
  if (healthy.length && !p.healthySeen) {
    const reset = service.deploymentConfiguration.deploymentCircuitBreaker.resetOnHealthyTask !== false;
    p = { ...p, healthySeen: true, ...(reset ? { failedTasks: 0 } : {}), updatedAt: ctx.now };
  }
  const done =
    running.length === 0 &&
    mine.length === service.desiredCount &&
    healthy.length === mine.length &&
    p.rolloutState !== 'FAILED' &&
    // a blue/green-family deployment completes only once blue is cleaned up (blueGreen.ts)
    (!isShifting(p) || p.shift.lifecycleStage === 'CLEAN_UP');
  let next: Service = service;
  if (done && p.rolloutState === 'IN_PROGRESS') {
    p = { ...p, rolloutState: 'COMPLETED', rolloutStateReason: completed(p.id), updatedAt: ctx.now };
  }
  if (done && p.rolloutState === 'COMPLETED') {
    const {
      id,
      taskDefinition,
      launchType,
      platformVersion,
      networkConfiguration,
      capacityProviderStrategy,
    } = p;
    next = {
      ...next,
      lastCompleted: {
        id,
        taskDefinition,
        launchType,
        ...(capacityProviderStrategy ? { capacityProviderStrategy } : {}),
        ...(platformVersion !== undefined ? { platformVersion } : {}),
        ...(networkConfiguration ? { networkConfiguration } : {}),
      },
    };
    if (!next.steady) next = { ...withEvent(ctx, next, steadyState(next.serviceName)), steady: true };
  }
  // a FAILED deployment stays listed (INACTIVE once its tasks are gone) until the one after it completes
  const still = older.filter((d) => running.includes(d) || (d.rolloutState === 'FAILED' && !done));
  const deployments = [p, ...still];
  const changed = p !== primary || still.length !== older.length;
  return changed ? { ...next, deployments } : next;
}

/** The next time something the scheduler waits for happens on its own (a task settling, a grace period). */
function nextWake(
  ctx: EngineContext,
  service: Service,
  live: ReadonlyArray<Task>,
  retry: boolean,
): number | undefined {
  const times = [nextDrainedAt(service)];
  for (const t of live)
    times.push(becomesHealthyAt(ctx.state, t, ctx.now, service), graceEndsAt(ctx.state, service, t, ctx.now));
  if (retry) times.push(ctx.now + PLACEMENT_RETRY_SECONDS);
  if (service.schedulingStrategy === 'DAEMON') times.push(ctx.now + DAEMON_POLL_SECONDS);
  if (service.throttledUntil !== undefined && service.throttledUntil > ctx.now)
    times.push(service.throttledUntil);
  times.push(shiftHooks.shiftWake(service, ctx.now));
  let next: number | undefined;
  for (const at of times) if (at !== undefined && (next === undefined || at < next)) next = at;
  return next;
}

/** A deleted service stops everything (its targets drain first); once nothing of it runs, it is INACTIVE. */
function drainDeleted(ctx: EngineContext, service: Service, tasks: ReadonlyArray<Task>): Service {
  const live = tasks.filter((t) => isServing(service, t));
  const plan: Plan = {
    stops: live.map((task) => ({ task, reason: 'Service is being deleted' })),
    start: 0,
    startOn: [],
    stuck: false,
    stuckOnceStopped: false,
  };
  const { service: next } = carryOut(ctx, service, plan);
  const stillRunning = tasks.some((t) => t.lastStatus !== 'STOPPED');
  if (stillRunning) return wakeAt(ctx, next, nextDrainedAt(next));
  return { ...next, status: 'INACTIVE', deployments: [], draining: undefined };
}

/**
 * The service scheduler for one service (run by its timers): compares what runs with what should, stops and
 * starts tasks within the deployment bounds, logs the service events, updates the deployments, and sets the
 * next wake-up when it is waiting for time to pass.
 */
export function reconcileService(ctx: EngineContext, serviceArn: string): void {
  const stored = ctx.state.ecs.services[serviceArn];
  if (!stored || stored.status === 'INACTIVE') return;
  let service: Service =
    stored.wakeAt !== undefined && stored.wakeAt <= ctx.now + TIME_EPSILON
      ? { ...stored, wakeAt: undefined }
      : stored;
  const before = tasksOfService(ctx.state, service);
  service = finishDrainedTasks(ctx, service);
  // the tasks as the drained stops left them, so the plan no longer counts those
  const tasks = service.draining === stored.draining ? before : tasksOfService(ctx.state, service);
  service = releaseStoppedTargets(ctx, service, tasks);
  if (service.status === 'DRAINING') {
    service = drainDeleted(ctx, service, tasks);
    if (service !== stored) saveService(ctx, service);
    return;
  }
  let plan: Plan;
  if (service.schedulingStrategy === 'DAEMON') {
    const instances = daemonInstances(ctx.state, service);
    if (instances.length !== service.desiredCount) service = { ...service, desiredCount: instances.length };
    plan = planDaemon(ctx.state, service, tasks, instances, ctx.now);
  } else {
    // blue/green, linear and canary deployments move through their stages first (blueGreen.ts)
    service = shiftHooks.advanceShift(ctx, service, tasks);
    plan = isShifting(service.deployments[0])
      ? shiftHooks.planShift(ctx.state, service, tasks, ctx.now)
      : planReplica(ctx.state, service, tasks, ctx.now);
  }
  const done = carryOut(ctx, service, plan);
  service = done.service;
  const live = tasksOfService(ctx.state, service).filter(isLive);
  service = registerRunningTasks(
    ctx,
    service,
    live.filter((t) => isServing(service, t)),
  );
  service = settleDeployments(ctx, service, live);
  service = wakeAt(ctx, service, nextWake(ctx, service, live, done.retry));
  if (service !== stored) saveService(ctx, service);
  if (plan.stuck || plan.stuckOnceStopped || done.retry) lookAgainAfterStops(ctx, service, before);
}

/**
 * After stopping tasks, the scheduler looks again at the end of the instant, once, when its stops are under
 * way, if that look may decide more: with them out of the count it may find the deployment stuck, or try
 * again a start that found no room. (A task that went straight to STOPPED wakes it through its own timer.)
 */
function lookAgainAfterStops(ctx: EngineContext, service: Service, before: ReadonlyArray<Task>): void {
  const stopping = before.some((t) => {
    const now = ctx.state.ecs.tasks[t.taskArn];
    return isLive(t) && now !== undefined && now.desiredStatus === 'STOPPED' && now.lastStatus !== 'STOPPED';
  });
  if (stopping) scheduleReconcile(ctx, service.serviceArn);
}
