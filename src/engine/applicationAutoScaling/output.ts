import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type {
  ScalableTarget,
  ScalingActivityRecord,
  ScalingPolicyRecord,
  ScheduledActionRecord,
} from '../model/applicationAutoScaling';

/** The Describe* outputs: views of the stored records, timestamps as the CLI prints them. */

export const targetOutput = (ctx: EngineContext, t: ScalableTarget) => ({
  ServiceNamespace: t.ServiceNamespace,
  ResourceId: t.ResourceId,
  ScalableDimension: t.ScalableDimension,
  MinCapacity: t.MinCapacity,
  MaxCapacity: t.MaxCapacity,
  RoleARN: t.RoleARN,
  CreationTime: ctx.iso(t.CreationTime),
  SuspendedState: t.SuspendedState,
  ScalableTargetARN: t.ScalableTargetARN,
});

export const policyOutput = (ctx: EngineContext, p: ScalingPolicyRecord) => ({
  PolicyARN: p.PolicyARN,
  PolicyName: p.PolicyName,
  ServiceNamespace: p.ServiceNamespace,
  ResourceId: p.ResourceId,
  ScalableDimension: p.ScalableDimension,
  PolicyType: p.PolicyType,
  ...(p.StepScalingPolicyConfiguration
    ? { StepScalingPolicyConfiguration: p.StepScalingPolicyConfiguration }
    : {}),
  ...(p.TargetTrackingScalingPolicyConfiguration
    ? { TargetTrackingScalingPolicyConfiguration: p.TargetTrackingScalingPolicyConfiguration }
    : {}),
  Alarms: p.PolicyType === 'StepScaling' ? alarmsInvoking(ctx, p.PolicyARN) : p.Alarms,
  CreationTime: ctx.iso(p.CreationTime),
});

/** A step policy's alarms: the learner's alarms whose actions invoke it. */
const alarmsInvoking = (ctx: EngineContext, policyArn: string) =>
  Object.values(ctx.state.cloudwatch.alarms)
    .filter((a) => a.AlarmActions.includes(policyArn))
    .map((a) => ({ AlarmName: a.AlarmName, AlarmARN: a.AlarmArn }))
    .sort((a, b) => (a.AlarmName < b.AlarmName ? -1 : 1));

export const scheduledActionOutput = (ctx: EngineContext, a: ScheduledActionRecord) => ({
  ScheduledActionName: a.ScheduledActionName,
  ScheduledActionARN: a.ScheduledActionARN,
  ServiceNamespace: a.ServiceNamespace,
  Schedule: a.Schedule,
  ...(a.Timezone !== undefined ? { Timezone: a.Timezone } : {}),
  ResourceId: a.ResourceId,
  ScalableDimension: a.ScalableDimension,
  ...(a.StartTime !== undefined ? { StartTime: ctx.iso(a.StartTime) } : {}),
  ...(a.EndTime !== undefined ? { EndTime: ctx.iso(a.EndTime) } : {}),
  ScalableTargetAction: a.ScalableTargetAction,
  CreationTime: ctx.iso(a.CreationTime),
});

export const activityOutput = (ctx: EngineContext, a: ScalingActivityRecord) => ({
  ActivityId: a.ActivityId,
  ServiceNamespace: a.ServiceNamespace,
  ResourceId: a.ResourceId,
  ScalableDimension: a.ScalableDimension,
  Description: a.Description,
  Cause: a.Cause,
  StartTime: ctx.iso(a.StartTime),
  ...(a.EndTime !== undefined ? { EndTime: ctx.iso(a.EndTime) } : {}),
  StatusCode: a.StatusCode,
  StatusMessage: a.StatusMessage,
});

/** Pages a Describe* list: MaxResults (default 50) items from where NextToken says, and a NextToken for the rest. */
export function page<T>(
  items: ReadonlyArray<T>,
  maxResults: number | undefined,
  nextToken: string | undefined,
): { page: T[]; NextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const m = /^sim-page-(\d+)$/.exec(nextToken);
    if (!m) {
      throw new AwsError(
        'InvalidNextTokenException',
        'NextToken: this token was not issued by a previous call; omit it to start from the beginning.',
        'NextToken',
      );
    }
    start = Number(m[1]);
  }
  const end = start + (maxResults ?? 50);
  const slice = items.slice(start, end);
  return end < items.length ? { page: slice, NextToken: `sim-page-${end}` } : { page: slice };
}
