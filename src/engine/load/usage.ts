import type { Service } from '../model/service';
import type { Task } from '../model/ecs';
import { targetsOf } from '../elbv2/lookup';
import { tasksInGroup } from '../indexes';
import { serviceArnOfTask } from '../services/arn';
import { serviceGroup } from '../services/arn';
import type { SimState } from '../state';
import { loadRate } from './shapes';
import { pullImage } from '../catalog/images';
import { findRule, forwardShares } from '../elbv2/listenerRules';
import { runImageOf } from '../tasks/containerRuntime';

/**
 * The sandbox's load model: how the requests a service receives turn into CPU, memory, latency and errors.
 * AWS has no such model (real applications differ); these numbers are the sandbox's, chosen so that scaling
 * decisions are easy to follow, and the lessons say so.
 *
 * - Requests are spread evenly over the tasks that take traffic: the RUNNING tasks of the service; behind a load
 *   balancer, the tasks whose targets are healthy (when none is healthy but some are unhealthy, the load balancer
 *   fails open and sends traffic to those).
 * - A task uses IDLE_CPU_PERCENT of its CPU doing nothing, plus CPU_UNITS_PER_REQUEST CPU units per request per
 *   second; it can use no more than its CPU (the task size, or the containers' reservations; a task that
 *   reserves none gets UNRESERVED_CPU units). Requests beyond what the serving tasks can take fail (5xx).
 * - Memory: IDLE_MEMORY_PERCENT of the task's memory plus MEMORY_MIB_PER_REQUEST MiB per request per second.
 * - Latency grows as the tasks fill up, like a queue: BASE_LATENCY_MS / (1 − utilization), capped at
 *   MAX_LATENCY_MS.
 */
export const LOAD_MODEL = {
  IDLE_CPU_PERCENT: 2,
  CPU_UNITS_PER_REQUEST: 2,
  UNRESERVED_CPU: 128,
  UNRESERVED_MEMORY: 512,
  IDLE_MEMORY_PERCENT: 20,
  MEMORY_MIB_PER_REQUEST: 0.5,
  BASE_LATENCY_MS: 40,
  MAX_LATENCY_MS: 2000,
} as const;

export interface TaskUsage {
  readonly cpuPercent: number;
  readonly memoryPercent: number;
  /** CPU units in use (1,024 per vCPU) */
  readonly cpuUnits: number;
  readonly memoryMiB: number;
  readonly requestsPerSecond: number;
}

export interface ServiceTraffic {
  /** requests per second the service's clients send */
  readonly demand: number;
  /** requests per second answered */
  readonly served: number;
  /** requests per second that fail (no task to take them, or the tasks are full) */
  readonly errors: number;
  readonly latencyMs: number;
  /** the tasks that take traffic, with the requests per second each gets */
  readonly perTask: ReadonlyMap<string, number>;
  /**
   * blue/green family: the same numbers per target group of the production listener's weighted forward action
   * (absent when the service's traffic is not split by weights)
   */
  readonly perGroup?: ReadonlyMap<string, ServiceTraffic>;
}

const NO_TRAFFIC: ServiceTraffic = { demand: 0, served: 0, errors: 0, latencyMs: 0, perTask: new Map() };

/** The CPU units and MiB a task may use: its size, else its reservation, else the sandbox's defaults. */
export function taskCapacity(task: Task): { cpu: number; memory: number } {
  const cpu = task.cpu ? Number(task.cpu) : task.reserved.cpu;
  const memory = task.memory ? Number(task.memory) : task.reserved.memory;
  return {
    cpu: cpu > 0 ? cpu : LOAD_MODEL.UNRESERVED_CPU,
    memory: memory > 0 ? memory : LOAD_MODEL.UNRESERVED_MEMORY,
  };
}

/** Requests per second a task can answer before its CPU is full. */
const taskThroughput = (task: Task): number =>
  (taskCapacity(task).cpu * (1 - LOAD_MODEL.IDLE_CPU_PERCENT / 100)) / LOAD_MODEL.CPU_UNITS_PER_REQUEST;

/** The service's tasks that take traffic now (see LOAD_MODEL's comment). */
export function servingTasks(state: SimState, service: Service): Task[] {
  const groups = service.loadBalancers.flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : []));
  return servingIn(state, service, service.loadBalancers.length === 0 ? undefined : groups);
}

/** The service's RUNNING tasks; with target groups, those healthy in them (failing open to unhealthy ones). */
function servingIn(state: SimState, service: Service, groups: ReadonlyArray<string> | undefined): Task[] {
  const running: Task[] = [];
  for (const task of tasksInGroup(state, service.clusterArn, serviceGroup(service.serviceName)).values()) {
    if (task.lastStatus === 'RUNNING' && task.desiredStatus === 'RUNNING') running.push(task);
  }
  if (groups === undefined) return running;
  const healthy = new Set<string>();
  const unhealthy = new Set<string>();
  for (const targetGroupArn of groups) {
    for (const target of targetsOf(state, targetGroupArn)) {
      if (!target.taskArn) continue;
      if (target.health.State === 'healthy') healthy.add(target.taskArn);
      else if (target.health.State === 'unhealthy') unhealthy.add(target.taskArn);
    }
  }
  const withHealthy = running.filter((t) => healthy.has(t.taskArn));
  return withHealthy.length > 0 ? withHealthy : running.filter((t) => unhealthy.has(t.taskArn));
}

/**
 * Each image's bug percent, looked up once. Created on first use: a module-level `new Map()` would count as a
 * side effect and pull this module (a later-part one) onto the first page through index.ts's LOAD_MODEL.
 */
let bugCache: Map<string, number> | undefined;

/** Percent of its requests a task answers with a 5xx because of a bug in its image (catalog `errorPercent`). */
function bugPercent(task: Task): number {
  bugCache ??= new Map<string, number>();
  let worst = 0;
  for (const c of task.containers) {
    const image = runImageOf(task, c);
    let percent = bugCache.get(image);
    if (percent === undefined) {
      const pulled = pullImage(image);
      percent =
        pulled.ok && pulled.image.behaviour.kind === 'server'
          ? (pulled.image.behaviour.errorPercent ?? 0)
          : 0;
      bugCache.set(image, percent);
    }
    worst = Math.max(worst, percent);
  }
  return worst;
}

/**
 * The target groups of the production listener rule's weighted forward action, with the share of requests each gets
 * (a blue/green-family service, services/blueGreen.ts); undefined when the service's traffic is not weighted.
 */
function productionShares(state: SimState, service: Service): Array<[string, number]> | undefined {
  for (const lb of service.loadBalancers) {
    const arn = lb.advancedConfiguration?.productionListenerRule;
    const shares = forwardShares(arn ? findRule(state, arn) : undefined);
    if (shares.length) return shares;
  }
  return undefined;
}

/** What the service's load does at time `t`: demand, what is served, errors, latency, and each task's share. */
export function serviceTraffic(state: SimState, service: Service, t: number): ServiceTraffic {
  const load = state.load[service.serviceArn];
  if (!load) return NO_TRAFFIC;
  const demand = loadRate(load, t);
  const shares = productionShares(state, service);
  if (!shares) return trafficOn(servingTasks(state, service), demand);
  // a weighted forward action splits the requests between blue's and green's target groups
  const perGroup = new Map<string, ServiceTraffic>();
  for (const [arn, share] of shares) {
    if (share > 0) perGroup.set(arn, trafficOn(servingIn(state, service, [arn]), demand * share));
  }
  const parts = [...perGroup.values()];
  const served = parts.reduce((sum, p) => sum + p.served, 0);
  return {
    demand,
    served,
    errors: parts.reduce((sum, p) => sum + p.errors, 0),
    latencyMs: served > 0 ? parts.reduce((sum, p) => sum + p.latencyMs * p.served, 0) / served : 0,
    perTask: new Map(parts.flatMap((p) => [...p.perTask])),
    perGroup,
  };
}

/** `demand` requests per second spread over `tasks` (see LOAD_MODEL), with the requests their bugs fail. */
function trafficOn(tasks: ReadonlyArray<Task>, demand: number): ServiceTraffic {
  if (tasks.length === 0) {
    return { demand, served: 0, errors: demand, latencyMs: 0, perTask: new Map() };
  }
  const capacity = tasks.reduce((sum, task) => sum + taskThroughput(task), 0);
  const served = Math.min(demand, capacity);
  const utilization = capacity > 0 ? served / capacity : 1;
  const latencyMs = Math.min(
    LOAD_MODEL.MAX_LATENCY_MS,
    LOAD_MODEL.BASE_LATENCY_MS / Math.max(1e-9, 1 - Math.min(utilization, 0.98)),
  );
  // each task gets a share in proportion to what it can take, so equal tasks get equal shares
  const perTask = new Map(
    tasks.map((task) => [task.taskArn as string, (served * taskThroughput(task)) / capacity]),
  );
  let buggy = 0;
  for (const task of tasks) buggy += ((perTask.get(task.taskArn) ?? 0) * bugPercent(task)) / 100;
  return { demand, served: served - buggy, errors: demand - served + buggy, latencyMs, perTask };
}

/** A task's use of its CPU and memory when it answers `requestsPerSecond`. */
export function usageAt(task: Task, requestsPerSecond: number): TaskUsage {
  const { cpu, memory } = taskCapacity(task);
  const cpuUnits = Math.min(
    cpu,
    (cpu * LOAD_MODEL.IDLE_CPU_PERCENT) / 100 + requestsPerSecond * LOAD_MODEL.CPU_UNITS_PER_REQUEST,
  );
  const memoryMiB = Math.min(
    memory,
    (memory * LOAD_MODEL.IDLE_MEMORY_PERCENT) / 100 + requestsPerSecond * LOAD_MODEL.MEMORY_MIB_PER_REQUEST,
  );
  return {
    cpuUnits,
    memoryMiB,
    cpuPercent: (cpuUnits / cpu) * 100,
    memoryPercent: (memoryMiB / memory) * 100,
    requestsPerSecond,
  };
}

/** A task's usage at time `t`: its share of its service's load, or idle for a task that takes no traffic. */
export function taskUsage(state: SimState, task: Task, t: number): TaskUsage {
  const serviceArn = serviceArnOfTask(state, task);
  const service = serviceArn ? state.ecs.services[serviceArn] : undefined;
  const share = service ? (serviceTraffic(state, service, t).perTask.get(task.taskArn) ?? 0) : 0;
  return usageAt(task, share);
}
