import type { EngineContext } from '../context';
import type { ScheduledActionRecord } from '../model/applicationAutoScaling';
import { applyDesiredCount } from './apply';
import { serviceOfResource } from './resource';
import { isDue, parseSchedule } from './schedule';

/** Virtual seconds of an ISO date-time, for a state that starts at `startEpoch`. */
export const virtualTimeOf = (startEpoch: number, iso: string): number => Date.parse(iso) / 1000 - startEpoch;

/**
 * Runs the scheduled actions due at this whole minute (the minute clock's `scheduled` phase), in ARN order. An
 * action sets its target's MinCapacity and MaxCapacity, then moves the service's desired count into the new range
 * if it is outside it; scheduled actions ignore cooldowns (ecs-reference §9.3). A target whose scheduled scaling
 * is suspended skips them. An `at` action runs once; StartTime and EndTime bound the recurring ones.
 */
export function runScheduledActions(ctx: EngineContext): void {
  const { scheduledActions, targets } = ctx.state.applicationAutoScaling;
  for (const arn of Object.keys(scheduledActions).sort()) {
    const action = scheduledActions[arn]!;
    if (!due(ctx, action)) continue;
    ctx.tx.set(scheduledActions, arn, { ...action, lastRunAt: ctx.now });
    const target = targets[action.ResourceId];
    if (!target || target.SuspendedState.ScheduledScalingSuspended) continue;
    const min = action.ScalableTargetAction.MinCapacity ?? target.MinCapacity;
    const max = action.ScalableTargetAction.MaxCapacity ?? target.MaxCapacity;
    // the sandbox's choice where an action's one bound crosses the other: the bound the action sets wins
    const updated = {
      ...target,
      MinCapacity: action.ScalableTargetAction.MinCapacity === undefined ? Math.min(min, max) : min,
      MaxCapacity: action.ScalableTargetAction.MaxCapacity === undefined ? Math.max(min, max) : max,
    };
    ctx.tx.set(targets, target.ResourceId, updated);
    const service = serviceOfResource(ctx.state, action.ResourceId);
    if (!service) continue;
    const desired = Math.min(updated.MaxCapacity, Math.max(updated.MinCapacity, service.desiredCount));
    applyDesiredCount(ctx, updated, service, desired, {
      cause: `scheduled action name ${action.ScheduledActionName} was triggered`,
      scheduledActionName: action.ScheduledActionName,
    });
  }
}

function due(ctx: EngineContext, action: ScheduledActionRecord): boolean {
  if (action.lastRunAt === ctx.now) return false;
  if (action.StartTime !== undefined && ctx.now < action.StartTime) return false;
  if (action.EndTime !== undefined && ctx.now > action.EndTime) return false;
  const schedule = parseSchedule(action.Schedule, (iso) => virtualTimeOf(ctx.state.startEpoch, iso));
  return isDue(schedule, ctx.now, ctx.state.startEpoch, action.StartTime ?? action.CreationTime);
}
