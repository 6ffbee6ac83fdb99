import type { EngineContext } from '../context';
import type { Task } from '../model/ecs';
import type { CallBucket, TrafficSource } from '../model/serviceConnect';
import { tasksOfService } from '../services/reconcile';
import type { SimState } from '../state';
import { onTimer } from '../timerHandlers';
import { bucketOf, callFromTask } from './calls';
import { recordCalls } from './record';
import { definitionOf, isServing } from './tasks';

/** Seconds between two batches of the applications' steady calls. */
export const TRAFFIC_TICK = 5;

/**
 * The URL a task's application calls: the value of `variable` in its essential container's environment as the
 * container saw it when it started (startup/config.ts), else as its task definition gives it.
 */
export function urlOfTask(state: SimState, task: Task, variable: string): string | undefined {
  for (const vars of Object.values(task.containerConfig ?? {})) {
    const v = vars.find((x) => x.name === variable);
    if (v) return v.value;
  }
  for (const c of definitionOf(state, task)?.containerDefinitions ?? []) {
    const v = c.environment?.find((x) => x.name === variable);
    if (v?.value !== undefined) return v.value;
  }
  return undefined;
}

/** One tick of one client service: its serving tasks share the requests and each calls its own URL. */
export function trafficBuckets(state: SimState, source: TrafficSource, at: number): CallBucket[] {
  const service = state.ecs.services[source.serviceArn];
  if (!service || service.status !== 'ACTIVE') return [];
  const tasks = tasksOfService(state, service).filter(isServing);
  if (tasks.length === 0) return [];
  const total = Math.round(source.requestsPerSecond * TRAFFIC_TICK);
  const turn = Math.floor(at / TRAFFIC_TICK);
  const byUrl = new Map<string, CallBucket>();
  tasks.forEach((task, i) => {
    const share = Math.floor(total / tasks.length) + (i < total % tasks.length ? 1 : 0);
    const url = urlOfTask(state, task, source.urlVariable);
    if (share === 0 || url === undefined) return;
    const b = bucketOf(at, callFromTask(state, task, url, share, turn + i));
    const prev = byUrl.get(url);
    byUrl.set(url, prev ? merge(prev, b) : b);
  });
  return [...byUrl.values()];
}

function merge(a: CallBucket, b: CallBucket): CallBucket {
  const failures = { ...a.failures };
  for (const [k, n] of Object.entries(b.failures))
    failures[k as keyof typeof failures] = (failures[k as keyof typeof failures] ?? 0) + n;
  const answeredBy = { ...a.answeredBy };
  for (const [k, n] of Object.entries(b.answeredBy)) answeredBy[k] = (answeredBy[k] ?? 0) + n;
  return {
    ...a,
    ok: a.ok + b.ok,
    failed: a.failed + b.failed,
    failures,
    answeredBy,
    viaServiceConnect: a.viaServiceConnect || b.viaServiceConnect,
  };
}

/** The next tick strictly after `t`. */
const nextTick = (t: number) => (Math.floor(t / TRAFFIC_TICK) + 1) * TRAFFIC_TICK;

/** Starts the traffic clock if it is not running. */
export function startTraffic(ctx: EngineContext): void {
  const clock = ctx.state.serviceDiscovery.clock;
  if (clock.running) return;
  ctx.tx.assign(clock, 'running', true);
  ctx.schedule(nextTick(ctx.now) - ctx.now, { kind: 'serviceConnect.traffic' });
}

function runTick(ctx: EngineContext): void {
  const sources = Object.values(ctx.state.serviceDiscovery.traffic);
  if (sources.length === 0) {
    ctx.tx.assign(ctx.state.serviceDiscovery.clock, 'running', false);
    return;
  }
  for (const source of sources)
    recordCalls(ctx, source.serviceArn, trafficBuckets(ctx.state, source, ctx.now));
  ctx.schedule(TRAFFIC_TICK, { kind: 'serviceConnect.traffic' });
}

export function registerTraffic(): void {
  onTimer('serviceConnect.traffic', runTick);
}
