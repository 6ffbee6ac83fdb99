import type { EngineContext } from '../context';
import { onTimer } from '../timerHandlers';

/**
 * The minute clock: CloudWatch publishes 1-minute metrics, alarms evaluate them and scaling acts on them, once a
 * minute of virtual time, at whole minutes. It starts with the first thing that needs it (a service, a load, an
 * alarm, a scalable target, an Auto Scaling group, a capacity provider) and then runs for good: metrics are
 * published at zero load too. The sandbox's model: AWS publishes from the moment a service exists; the sandbox
 * does the same, and before any of those things exists nothing would be published anyway.
 *
 * Each minute runs its phases in this order, and within a phase in the order the modules registered:
 * - `scheduled`: scheduled actions that are due (they ignore cooldowns);
 * - `metrics`: every metric of the minute just ended is published (load → utilization, reservations, ALB,
 *   Auto Scaling group CPU, CapacityProviderReservation);
 * - `alarms`: every alarm evaluates its metric and invokes its actions (scaling policies);
 * - `capacity`: groups and capacity providers act on what the policies decided (launch, terminate, place
 *   tasks waiting in PROVISIONING).
 */
export type MinutePhase = 'scheduled' | 'metrics' | 'alarms' | 'capacity';

const PHASES: ReadonlyArray<MinutePhase> = ['scheduled', 'metrics', 'alarms', 'capacity'];
const MINUTE = 60;

type MinuteWork = (ctx: EngineContext) => void;
const work: Record<MinutePhase, MinuteWork[]> = { scheduled: [], metrics: [], alarms: [], capacity: [] };
const registered = new Set<MinuteWork>();

/** Adds work to a phase of every minute (idempotent: registering the same function twice runs it once). */
export function onMinute(phase: MinutePhase, fn: MinuteWork): void {
  if (registered.has(fn)) return;
  registered.add(fn);
  work[phase].push(fn);
}

/** The next whole minute strictly after `t`. */
export const nextMinute = (t: number): number => (Math.floor(t / MINUTE) + 1) * MINUTE;

/** Starts the minute clock if it is not running: the first minute runs at the next whole minute. */
export function startMinuteClock(ctx: EngineContext): void {
  if (ctx.state.minuteClock.running) return;
  ctx.tx.assign(ctx.state.minuteClock, 'running', true);
  ctx.schedule(nextMinute(ctx.now) - ctx.now, { kind: 'scaling.minute' });
}

function runMinute(ctx: EngineContext): void {
  for (const phase of PHASES) for (const fn of work[phase]) fn(ctx);
  ctx.schedule(MINUTE, { kind: 'scaling.minute' });
}

export function registerMinuteTimer(): void {
  onTimer('scaling.minute', runMinute);
}
