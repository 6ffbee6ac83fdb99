import { onAlarmAction } from '../cloudwatch/alarms';
import type { EngineContext } from '../context';
import type { MetricAlarm } from '../model/cloudwatch';
import { onMinute } from '../scaling/minute';
import type { SimState } from '../state';
import { decideTarget, scaleFromZero, type PolicyInvocation } from './scaling';
import { runScheduledActions } from './scheduled';

/**
 * The invocations gathered during a minute, per simulation: opened in the `scheduled` phase (the first of the
 * minute), decided and closed in the `capacity` phase. Outside a minute (an alarm set by hand) an invocation is
 * decided at once. Held beside the state, never in it: it lives within one step of the clock.
 */
const gathering = new WeakMap<SimState, PolicyInvocation[]>();

function onPolicyAction(ctx: EngineContext, actionArn: string, alarm: MetricAlarm): boolean {
  const policy = ctx.state.applicationAutoScaling.policies[actionArn];
  if (!policy) return false;
  const invocation = { policy, alarm };
  const open = gathering.get(ctx.state);
  if (open) open.push(invocation);
  else decideInvocations(ctx, [invocation]);
  return true;
}

function decideInvocations(ctx: EngineContext, invocations: ReadonlyArray<PolicyInvocation>): void {
  const byTarget = new Map<string, PolicyInvocation[]>();
  for (const inv of invocations) {
    const list = byTarget.get(inv.policy.ResourceId) ?? [];
    list.push(inv);
    byTarget.set(inv.policy.ResourceId, list);
  }
  for (const resourceId of [...byTarget.keys()].sort()) {
    const target = ctx.state.applicationAutoScaling.targets[resourceId];
    if (target) decideTarget(ctx, target, byTarget.get(resourceId)!);
  }
}

function openMinute(ctx: EngineContext): void {
  gathering.set(ctx.state, []);
  runScheduledActions(ctx);
}

function closeMinute(ctx: EngineContext): void {
  const invocations = gathering.get(ctx.state) ?? [];
  gathering.delete(ctx.state);
  decideInvocations(ctx, invocations);
  const targets = ctx.state.applicationAutoScaling.targets;
  for (const resourceId of Object.keys(targets).sort()) {
    const target = targets[resourceId];
    if (target) scaleFromZero(ctx, target);
  }
}

/** Registers Application Auto Scaling's minute work and its alarm actions (timerRegistry.ts). */
export function registerApplicationAutoScaling(): void {
  onAlarmAction(onPolicyAction);
  onMinute('scheduled', openMinute);
  onMinute('capacity', closeMinute);
}
