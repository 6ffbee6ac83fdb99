import type { EngineContext } from '../context';
import type { Service } from '../model/service';
import { seededUuid } from '../tasks/eni';

/** ECS keeps the newest 100 events of a service (ecs-reference §5.1). */
export const EVENT_LIMIT = 100;

/**
 * The service with `message` added as its newest event. A message identical to the newest one is not repeated
 * (ECS suppresses identical messages until the condition changes).
 */
export function withEvent(ctx: EngineContext, service: Service, message: string): Service {
  if (service.events[0]?.message === message) return service;
  const event = { id: seededUuid(ctx), createdAt: ctx.now, message };
  ctx.emit({ type: 'ServiceEvent', at: ctx.now, serviceArn: service.serviceArn, message });
  return { ...service, events: [event, ...service.events].slice(0, EVENT_LIMIT) };
}

/** A fresh deployment id: `ecs-svc/` and 19 digits from the seeded generator. */
export function newDeploymentId(ctx: EngineContext): string {
  let digits = String(1 + ctx.randomInt(9));
  while (digits.length < 19) digits += String(ctx.randomInt(10));
  return `ecs-svc/${digits}`;
}

/** Stores the service record. */
export const saveService = (ctx: EngineContext, service: Service) =>
  ctx.tx.set(ctx.state.ecs.services, service.serviceArn, service);

/** Runs the scheduler for the service `delay` seconds from now. */
export const scheduleReconcile = (ctx: EngineContext, serviceArn: string, delay = 0) =>
  ctx.schedule(delay, { kind: 'service.reconcile', serviceArn });

/** The service set to wake at `at` (a timer is scheduled unless one is already due then). */
export function wakeAt(ctx: EngineContext, service: Service, at: number | undefined): Service {
  if (at === undefined || at <= ctx.now)
    return service.wakeAt === undefined ? service : { ...service, wakeAt: undefined };
  if (service.wakeAt === at) return service;
  scheduleReconcile(ctx, service.serviceArn, at - ctx.now);
  return { ...service, wakeAt: at };
}

/** Wakes the scheduler of every ACTIVE service of a cluster (its instances changed). */
export function scheduleClusterServices(ctx: EngineContext, clusterArn: string): void {
  for (const service of Object.values(ctx.state.ecs.services)) {
    if (service.clusterArn === clusterArn && service.status === 'ACTIVE')
      scheduleReconcile(ctx, service.serviceArn);
  }
}
