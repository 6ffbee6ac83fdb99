import type { EngineContext } from './context';
import type { Timer, TimerKind } from './model/timers';

type Handler<K extends TimerKind> = (ctx: EngineContext, timer: Extract<Timer, { kind: K }>) => void;

/**
 * What each kind of timer does when its time comes. Modules that own a lifecycle (the agent, the task
 * machine) register their handlers here.
 */
const handlers: { [K in TimerKind]?: Handler<K> } = {};

export function onTimer<K extends TimerKind>(kind: K, handler: Handler<K>): void {
  (handlers as Record<string, unknown>)[kind] = handler;
}

export function runTimer(ctx: EngineContext, timer: Timer): void {
  const handler = handlers[timer.kind] as Handler<typeof timer.kind> | undefined;
  if (handler) handler(ctx, timer as never);
}
