import type { EngineContext } from '../context';
import type { AsgActivity, AutoScalingGroup } from '../model/autoscaling';
import type { InstanceId } from '../model/ids';
import { uuid } from './names';

/** How many activities a group keeps (AWS keeps six weeks; the sandbox keeps the newest 100 per group). */
export const ACTIVITIES_KEPT = 100;

/** Activity `Details`: the JSON text AWS gives, naming the subnet and the zone. */
export const activityDetails = (subnetId: string | undefined, az: string | undefined): string =>
  JSON.stringify({
    ...(subnetId !== undefined ? { 'Subnet ID': subnetId } : {}),
    ...(az !== undefined ? { 'Availability Zone': az } : {}),
  });

export interface NewActivity {
  readonly Description: string;
  readonly Cause: string;
  readonly StatusCode: AsgActivity['StatusCode'];
  readonly StatusMessage?: string;
  readonly Details: string;
  readonly instanceId?: InstanceId;
}

/**
 * Records a scaling activity of `group` (stored, and its id appended to the group, the oldest dropped past 100).
 * Returns the group record with the new id, which the caller must store (it may have changed it further).
 */
export function recordActivity(
  ctx: EngineContext,
  group: AutoScalingGroup,
  fields: NewActivity,
): { group: AutoScalingGroup; activityId: string } {
  const ActivityId = uuid(ctx);
  const done =
    fields.StatusCode === 'Successful' || fields.StatusCode === 'Failed' || fields.StatusCode === 'Cancelled';
  const activity: AsgActivity = {
    ActivityId,
    AutoScalingGroupName: group.AutoScalingGroupName,
    AutoScalingGroupARN: group.AutoScalingGroupARN,
    ...fields,
    StartTime: ctx.now,
    ...(done ? { EndTime: ctx.now } : {}),
    Progress: done ? 100 : 0,
  };
  ctx.tx.set(ctx.state.autoscaling.activities, ActivityId, activity);
  const ids = [...group.activityIds, ActivityId];
  while (ids.length > ACTIVITIES_KEPT) ctx.tx.remove(ctx.state.autoscaling.activities, ids.shift()!);
  return { group: { ...group, activityIds: ids }, activityId: ActivityId };
}

/** Moves an activity on: finished (Successful, Failed) sets its end time and progress 100. */
export function updateActivity(
  ctx: EngineContext,
  activityId: string | undefined,
  StatusCode: AsgActivity['StatusCode'],
  progress: number,
): void {
  const activity = activityId === undefined ? undefined : ctx.state.autoscaling.activities[activityId];
  if (!activity || activity.StatusCode === StatusCode) return;
  const done = StatusCode === 'Successful' || StatusCode === 'Failed' || StatusCode === 'Cancelled';
  ctx.tx.set(ctx.state.autoscaling.activities, activity.ActivityId, {
    ...activity,
    StatusCode,
    Progress: done ? 100 : progress,
    ...(done ? { EndTime: ctx.now } : {}),
  });
}
