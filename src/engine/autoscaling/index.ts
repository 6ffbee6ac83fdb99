import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { AsgInstance, AutoScalingGroup } from '../model/autoscaling';
import type { InstanceId } from '../model/ids';
import type { SimState } from '../state';
import { changeDesiredCapacity, putGroup, requireGroup, wakeGroup } from './groups';
import { groupOfInstance } from './names';

/**
 * EC2 Auto Scaling groups: what other engine modules use (the capacity providers' managed scaling, termination
 * protection and draining). The operations live in api/autoscaling; the group's own loop in reconcile.ts.
 */
export { onGroupTermination, type TerminationDecision, type TerminationHandler } from './hooks';
export { GROUP_TAG, groupOfInstance } from './names';

/**
 * Tells the group that launched `instanceId` (if any) that the instance changed state, so it looks again at the end
 * of this instant instead of at the next minute's health check. For EC2's own state changes (a failed host, a
 * reclaimed Spot Instance, pending → running); harmless for instances no group launched.
 */
export function instanceStateChanged(ctx: EngineContext, instanceId: string): void {
  const name = groupOfInstance(ctx.state.ec2.instances[instanceId]);
  if (name !== undefined && ctx.state.autoscaling.groups[name]) wakeGroup(ctx, name);
}

/**
 * Sets a group's desired capacity (clamped to [MinSize, MaxSize]) for a reason given as the start of an AWS-style
 * Cause ("At 2026-01-01T00:05:00Z a monitor alarm … triggered policy …"; the function adds "changing the desired
 * capacity from A to B."). Returns the capacity set; throws ValidationError for a group that does not exist.
 */
export function setGroupDesiredCapacity(
  ctx: EngineContext,
  groupName: string,
  n: number,
  cause: string,
): number {
  return changeDesiredCapacity(ctx, requireGroup(ctx.state, groupName), n, cause);
}

/** The group's instances (every lifecycle state, Terminating included), in launch order; [] for no such group. */
export const groupInstances = (state: SimState, groupName: string): ReadonlyArray<AsgInstance> =>
  state.autoscaling.groups[groupName]?.Instances ?? [];

/**
 * Sets or clears scale-in protection on instances of a group (SetInstanceProtection's rule: every id must be an
 * instance of the group, else ValidationError and nothing changes).
 */
export function setInstanceProtection(
  ctx: EngineContext,
  groupName: string,
  ids: ReadonlyArray<string>,
  on: boolean,
): AutoScalingGroup {
  const group = requireGroup(ctx.state, groupName);
  for (const id of ids) {
    if (!group.Instances.some((m) => m.InstanceId === id)) {
      throw new AwsError(
        'ValidationError',
        `The instance ${id} is not part of Auto Scaling group ${groupName}; DescribeAutoScalingGroups lists its instances.`,
        'InstanceIds',
      );
    }
  }
  const next: AutoScalingGroup = {
    ...group,
    Instances: group.Instances.map((m) =>
      ids.includes(m.InstanceId as InstanceId) ? { ...m, ProtectedFromScaleIn: on } : m,
    ),
  };
  putGroup(ctx, next);
  // taking protection off may let a waiting scale-in go ahead
  if (!on) wakeGroup(ctx, groupName);
  return next;
}
