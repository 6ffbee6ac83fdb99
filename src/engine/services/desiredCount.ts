import type { EngineContext } from '../context';
import type { Service } from '../model/service';
import { saveService, scheduleReconcile, withEvent } from './record';

/**
 * Sets a REPLICA service's desired count from inside the engine (Application Auto Scaling's policies and
 * scheduled actions), as an UpdateService that changes only `desiredCount` does: the service is no longer
 * steady, the launch throttle is reset (AWS scales a service through UpdateService) and the scheduler runs at
 * this instant. `eventMessage`, when given, is added to the service's events. Nothing is recorded in the call
 * history: the caller is the engine, not the learner. Returns the saved service.
 */
export function setDesiredCount(
  ctx: EngineContext,
  service: Service,
  desiredCount: number,
  eventMessage?: string,
): Service {
  if (service.desiredCount === desiredCount) return service;
  const updated: Service = {
    ...service,
    desiredCount,
    steady: false,
    launchFailures: 0,
    throttledUntil: undefined,
  };
  const next = eventMessage === undefined ? updated : withEvent(ctx, updated, eventMessage);
  saveService(ctx, next);
  scheduleReconcile(ctx, next.serviceArn);
  return next;
}
