import type { EngineContext } from '../context';
import type { RegisteredTarget, TargetGroup, TargetHealth } from '../model/elbv2';
import type { TaskArn } from '../model/ids';
import type { SimState } from '../state';
import { noteTargetHealthChange } from '../services/notify';
import { deregistrationDelayOf } from './defaults';
import { listenersUsing } from './lookup';
import { targetKey } from './names';
import { failureOf, probeTarget, type ProbeResult } from './probe';

/**
 * Target health over simulated time. A registered target is checked every HealthCheckIntervalSeconds (a
 * timer per target, stale once the target's version moves on); a new target is healthy after one passed
 * check, an unhealthy one after HealthyThresholdCount in a row, and any target is unhealthy after
 * UnhealthyThresholdCount failures in a row (ELB guide, ecs-reference §5.8). A target group no listener
 * forwards to does not check its targets: they are `unused`.
 */

const REGISTERING: TargetHealth = {
  State: 'initial',
  Reason: 'Elb.RegistrationInProgress',
  Description: 'Target registration is in progress',
};
const INITIAL_CHECKS: TargetHealth = {
  State: 'initial',
  Reason: 'Elb.InitialHealthChecking',
  Description: 'Initial health checks in progress',
};
const NOT_IN_USE: TargetHealth = {
  State: 'unused',
  Reason: 'Target.NotInUse',
  Description: 'Target group is not configured to receive traffic from the load balancer',
};
const DRAINING: TargetHealth = {
  State: 'draining',
  Reason: 'Target.DeregistrationInProgress',
  Description: 'Target deregistration is in progress',
};
const HEALTHY: TargetHealth = { State: 'healthy' };

/** What DescribeTargetHealth says of a target that is not in the group. */
export const NOT_REGISTERED: TargetHealth = {
  State: 'unused',
  Reason: 'Target.NotRegistered',
  Description: 'Target is not registered to the target group',
};

type Judgement = Pick<RegisteredTarget, 'health' | 'passes' | 'failures'>;

/**
 * The target's health after one more check. Pure. Counters stop at the thresholds, so a target whose health
 * has settled is not rewritten at every check.
 */
export function afterCheck(
  tg: TargetGroup,
  target: Judgement,
  inUse: boolean,
  probe: ProbeResult,
): Judgement {
  if (!inUse) return { health: NOT_IN_USE, passes: 0, failures: 0 };
  const failure = failureOf(tg, probe);
  if (failure?.State === 'unused') return { health: failure, passes: 0, failures: 0 };
  const state = target.health.State;
  // not judged yet: registered a moment ago, or back from not being checked
  const fresh = state === 'initial' || state === 'unused';
  if (!failure) {
    const passes = Math.min(target.passes + 1, tg.HealthyThresholdCount);
    const healthy = fresh || state === 'healthy' || passes >= tg.HealthyThresholdCount;
    return { health: healthy ? HEALTHY : target.health, passes, failures: 0 };
  }
  const failures = Math.min(target.failures + 1, tg.UnhealthyThresholdCount);
  if (failures >= tg.UnhealthyThresholdCount) return { health: failure, passes: 0, failures };
  return { health: fresh ? INITIAL_CHECKS : target.health, passes: 0, failures };
}

const inUse = (state: SimState, tg: TargetGroup) => listenersUsing(state, tg.TargetGroupArn).length > 0;

function write(ctx: EngineContext, before: RegisteredTarget | undefined, after: RegisteredTarget): void {
  ctx.tx.set(ctx.state.elbv2.targets, targetKey(after.targetGroupArn, after.Id, after.Port), after);
  if (before?.health.State !== after.health.State) {
    ctx.emit({
      type: 'TargetHealthChanged',
      at: ctx.now,
      targetGroupArn: after.targetGroupArn,
      targetId: after.Id,
      port: after.Port,
      ...(before ? { from: before.health.State } : {}),
      to: after.health.State,
      ...(after.health.Reason ? { reason: after.health.Reason } : {}),
    });
    noteTargetHealthChange(ctx, after.taskArn);
  }
}

/** Takes a target out of its group at once. */
export function removeTarget(ctx: EngineContext, target: RegisteredTarget): void {
  ctx.tx.remove(ctx.state.elbv2.targets, targetKey(target.targetGroupArn, target.Id, target.Port));
  ctx.emit({
    type: 'TargetHealthChanged',
    at: ctx.now,
    targetGroupArn: target.targetGroupArn,
    targetId: target.Id,
    port: target.Port,
    from: target.health.State,
  });
}

/**
 * Registers a target (instance id or IP, and port) and starts its health checks. Registering a target that is
 * already registered changes nothing; one that is draining starts over as a new registration.
 */
export function registerTarget(
  ctx: EngineContext,
  tg: TargetGroup,
  id: string,
  port: number,
  taskArn?: TaskArn,
): void {
  const key = targetKey(tg.TargetGroupArn, id, port);
  const existing = ctx.state.elbv2.targets[key];
  if (existing && existing.health.State !== 'draining') return;
  const version = (existing?.version ?? 0) + 1;
  write(ctx, existing, {
    targetGroupArn: tg.TargetGroupArn,
    Id: id,
    Port: port,
    ...(taskArn ? { taskArn } : {}),
    health: inUse(ctx.state, tg) ? REGISTERING : NOT_IN_USE,
    passes: 0,
    failures: 0,
    registeredAt: ctx.now,
    version,
  });
  ctx.schedule(tg.HealthCheckIntervalSeconds, { kind: 'elbv2.healthCheck', targetKey: key, version });
}

/**
 * Deregisters a target: it is `draining` for the group's deregistration delay, then leaves the group (at once
 * when the delay is 0). A target already draining keeps its end time.
 */
export function deregisterTarget(ctx: EngineContext, tg: TargetGroup, target: RegisteredTarget): void {
  if (target.health.State === 'draining') return;
  const delay = deregistrationDelayOf(tg.attributes);
  if (delay === 0) {
    removeTarget(ctx, target);
    return;
  }
  const version = target.version + 1;
  write(ctx, target, { ...target, health: DRAINING, drainingUntil: ctx.now + delay, version });
  ctx.schedule(delay, {
    kind: 'elbv2.drained',
    targetKey: targetKey(target.targetGroupArn, target.Id, target.Port),
    version,
  });
}

/** The `elbv2.healthCheck` timer: one check, then the next one an interval later. */
export function runHealthCheck(ctx: EngineContext, key: string, version: number): void {
  const target = ctx.state.elbv2.targets[key];
  if (!target || target.version !== version || target.health.State === 'draining') return;
  const tg = ctx.state.elbv2.targetGroups[target.targetGroupArn];
  if (!tg) return;
  const probe = probeTarget(ctx.state, tg, target);
  const judged = afterCheck(tg, target, inUse(ctx.state, tg), probe);
  if (
    judged.health !== target.health ||
    judged.passes !== target.passes ||
    judged.failures !== target.failures
  ) {
    write(ctx, target, { ...target, ...judged });
  }
  ctx.schedule(tg.HealthCheckIntervalSeconds, { kind: 'elbv2.healthCheck', targetKey: key, version });
}

/** The `elbv2.drained` timer: the deregistration delay is over. */
export function finishDraining(ctx: EngineContext, key: string, version: number): void {
  const target = ctx.state.elbv2.targets[key];
  if (target && target.version === version) removeTarget(ctx, target);
}

/** The health of a target as DescribeTargetHealth reports it (NOT_REGISTERED when it is not in the group). */
export function healthOf(state: SimState, targetGroupArn: string, id: string, port: number): TargetHealth {
  return state.elbv2.targets[targetKey(targetGroupArn, id, port)]?.health ?? NOT_REGISTERED;
}
