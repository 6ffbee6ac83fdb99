import type { EngineContext } from '../context';
import type { ScalableTarget, ScalingActivityRecord } from '../model/applicationAutoScaling';
import { seededUuid } from '../tasks/eni';

/** How many scaling activities the account keeps: the newest 500 (AWS keeps six weeks; the sandbox's bound). */
export const ACTIVITY_LIMIT = 500;

export interface ActivitySpec {
  readonly Description: string;
  readonly Cause: string;
  readonly StatusCode: ScalingActivityRecord['StatusCode'];
  readonly StatusMessage: string;
}

/** Records a scaling activity of `target` (it starts and ends now) and drops the oldest beyond the limit. */
export function recordActivity(
  ctx: EngineContext,
  target: ScalableTarget,
  spec: ActivitySpec,
): ScalingActivityRecord {
  const table = ctx.state.applicationAutoScaling.activities;
  const activity: ScalingActivityRecord = {
    ActivityId: seededUuid(ctx),
    ServiceNamespace: 'ecs',
    ResourceId: target.ResourceId,
    ScalableDimension: target.ScalableDimension,
    ...spec,
    StartTime: ctx.now,
    EndTime: ctx.now,
    seq: ctx.nextSeq(),
  };
  ctx.tx.set(table, activity.ActivityId, activity);
  const ids = Object.keys(table);
  if (ids.length > ACTIVITY_LIMIT) {
    let oldest = ids[0]!;
    for (const id of ids) if (table[id]!.seq < table[oldest]!.seq) oldest = id;
    ctx.tx.remove(table, oldest);
  }
  return activity;
}

/** The activities of one resource (or all), newest first, as DescribeScalingActivities lists them. */
export function activitiesOf(
  table: Readonly<Record<string, ScalingActivityRecord>>,
  resourceId: string | undefined,
): ScalingActivityRecord[] {
  return Object.values(table)
    .filter((a) => resourceId === undefined || a.ResourceId === resourceId)
    .sort((a, b) => b.seq - a.seq);
}
