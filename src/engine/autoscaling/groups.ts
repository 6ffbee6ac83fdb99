import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { AsgInstance, AutoScalingGroup } from '../model/autoscaling';
import type { SimState } from '../state';

/** The group `name`, or Auto Scaling's ValidationError for a name it does not know. */
export function requireGroup(
  state: SimState,
  name: string,
  field = 'AutoScalingGroupName',
): AutoScalingGroup {
  const group = state.autoscaling.groups[name];
  if (!group) {
    throw new AwsError(
      'ValidationError',
      `AutoScalingGroup name not found: there is no group named '${name}'. DescribeAutoScalingGroups lists the groups there are.`,
      field,
    );
  }
  return group;
}

export const putGroup = (ctx: EngineContext, group: AutoScalingGroup): void =>
  ctx.tx.set(ctx.state.autoscaling.groups, group.AutoScalingGroupName, group);

/** Schedules the group's reconcile `delay` seconds from now (0: at the end of this instant). */
export const wakeGroup = (ctx: EngineContext, groupName: string, delay = 0): void =>
  ctx.schedule(delay, { kind: 'autoscaling.reconcile', groupName });

/** The group's instances that count toward its capacity: every one not on its way out. */
export const liveInstances = (group: AutoScalingGroup): AsgInstance[] =>
  group.Instances.filter((i) => i.termination === undefined);

/** "At 2026-01-01T00:05:00Z " — how each sentence of an activity's Cause starts. */
export const at = (ctx: EngineContext): string => `At ${ctx.iso(ctx.now)}`;

/**
 * Sets a group's desired capacity, clamped to [MinSize, MaxSize], with the Cause the activities it leads to
 * will repeat (`cause` ends with "changing the desired capacity from A to B." — pass it without that part:
 * this function adds it). Logs the change and wakes the group. Returns the capacity set.
 */
export function changeDesiredCapacity(
  ctx: EngineContext,
  group: AutoScalingGroup,
  desired: number,
  cause: string,
  extra: Partial<AutoScalingGroup> = {},
): number {
  const next = { ...group, ...extra };
  const to = Math.min(next.MaxSize, Math.max(next.MinSize, desired));
  const from = group.DesiredCapacity;
  const text = `${cause} changing the desired capacity from ${from} to ${to}.`;
  putGroup(ctx, {
    ...next,
    DesiredCapacity: to,
    ...(to !== from ? { capacityCause: text } : {}),
  });
  if (to !== from) {
    ctx.emit({
      type: 'AutoScalingDesiredCapacityChanged',
      at: ctx.now,
      groupName: group.AutoScalingGroupName,
      from,
      to,
      cause: text,
    });
  }
  wakeGroup(ctx, group.AutoScalingGroupName);
  return to;
}
