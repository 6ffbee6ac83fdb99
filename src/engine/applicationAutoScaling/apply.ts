import type { EngineContext } from '../context';
import type { ScalableTarget } from '../model/applicationAutoScaling';
import type { Service } from '../model/service';
import { setDesiredCount } from '../services';
import { recordActivity } from './activities';

export interface ScalingReason {
  /** the activity's Cause */
  readonly cause: string;
  readonly policyName?: string;
  readonly scheduledActionName?: string;
  /** what to change on the target along with it (cooldown bookkeeping) */
  readonly targetPatch?: Partial<ScalableTarget>;
}

/**
 * Sets the service's desired count for Application Auto Scaling: the scaling activity (AWS's wording of
 * Description and StatusMessage), the service event ECS shows for it ("Message: … Cause: …", as seen in
 * services' event lists: containers-roadmap #525 [OBS]), the `ServiceScaled` event, and the service's scheduler
 * woken through the services module. Does nothing but the target patch when the count does not change.
 */
export function applyDesiredCount(
  ctx: EngineContext,
  target: ScalableTarget,
  service: Service,
  desired: number,
  reason: ScalingReason,
): void {
  const current = ctx.state.applicationAutoScaling.targets[target.ResourceId] ?? target;
  if (reason.targetPatch) {
    ctx.tx.set(ctx.state.applicationAutoScaling.targets, target.ResourceId, {
      ...current,
      ...reason.targetPatch,
    });
  }
  if (service.desiredCount === desired) return;
  const statusMessage = `Successfully set desired count to ${desired}. Change successfully fulfilled by ecs.`;
  const activity = recordActivity(ctx, current, {
    Description: `Setting desired count to ${desired}.`,
    Cause: reason.cause,
    StatusCode: 'Successful',
    StatusMessage: statusMessage,
  });
  setDesiredCount(ctx, service, desired, `Message: ${statusMessage} Cause: ${reason.cause}`);
  ctx.emit({
    type: 'ServiceScaled',
    at: ctx.now,
    serviceArn: service.serviceArn,
    resourceId: target.ResourceId,
    from: service.desiredCount,
    to: desired,
    ...(reason.policyName !== undefined ? { policyName: reason.policyName } : {}),
    ...(reason.scheduledActionName !== undefined ? { scheduledActionName: reason.scheduledActionName } : {}),
    cause: reason.cause,
    activityId: activity.ActivityId,
  });
}
