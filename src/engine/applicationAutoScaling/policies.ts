import { deleteAlarm } from '../cloudwatch/alarmStore';
import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { ScalingPolicyRecord, ScheduledActionRecord } from '../model/applicationAutoScaling';
import { ECS_DIMENSION } from './resource';

/** The policy called `name` on a resource, if there is one. */
export const findPolicy = (
  policies: Readonly<Record<string, ScalingPolicyRecord>>,
  resourceId: string,
  name: string,
): ScalingPolicyRecord | undefined =>
  Object.values(policies).find((p) => p.ResourceId === resourceId && p.PolicyName === name);

export const findScheduledAction = (
  actions: Readonly<Record<string, ScheduledActionRecord>>,
  resourceId: string,
  name: string,
): ScheduledActionRecord | undefined =>
  Object.values(actions).find((a) => a.ResourceId === resourceId && a.ScheduledActionName === name);

export const objectNotFound = (what: string, resourceId: string, name: string, field: string) =>
  new AwsError(
    'ObjectNotFoundException',
    `No ${what} found for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ${ECS_DIMENSION}, ${what === 'scaling policy' ? 'policy' : 'scheduled action'} name: ${name}.`,
    field,
  );

/**
 * Deletes a policy: a target tracking policy's own alarms go with it; a step scaling policy's alarm stays (it is
 * the learner's), losing only the action that pointed at the policy, as AWS does.
 */
export function deletePolicy(ctx: EngineContext, policy: ScalingPolicyRecord): void {
  const alarms = ctx.state.cloudwatch.alarms;
  for (const owned of policy.Alarms) deleteAlarm(ctx, owned.AlarmName);
  for (const name of Object.keys(alarms).sort()) {
    const alarm = alarms[name]!;
    if (alarm.AlarmActions.includes(policy.PolicyARN)) {
      ctx.tx.set(alarms, name, {
        ...alarm,
        AlarmActions: alarm.AlarmActions.filter((a) => a !== policy.PolicyARN),
      });
    }
  }
  ctx.tx.remove(ctx.state.applicationAutoScaling.policies, policy.PolicyARN);
}

/** Removes a target's policies and scheduled actions (DeregisterScalableTarget; a deleted service). */
export function deleteTargetChildren(ctx: EngineContext, resourceId: string): void {
  const { policies, scheduledActions } = ctx.state.applicationAutoScaling;
  for (const arn of Object.keys(policies).sort()) {
    if (policies[arn]!.ResourceId === resourceId) deletePolicy(ctx, policies[arn]!);
  }
  for (const arn of Object.keys(scheduledActions).sort()) {
    if (scheduledActions[arn]!.ResourceId === resourceId) ctx.tx.remove(scheduledActions, arn);
  }
}
