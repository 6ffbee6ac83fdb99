import type { EngineContext } from '../context';
import type { AsgInstance, AutoScalingGroup } from '../model/autoscaling';
import { updateActivity } from './activities';
import { at, liveInstances, putGroup } from './groups';
import { launchInto } from './launch';
import { beginTermination, chooseVictims, continueTermination } from './termination';

/** EC2 states in which the group's EC2 health check finds an instance healthy. */
const HEALTHY_STATES = new Set(['pending', 'running']);

/** Removes a group for good once a forced delete has terminated all its instances. */
function removeGroup(ctx: EngineContext, group: AutoScalingGroup): void {
  for (const id of group.activityIds) ctx.tx.remove(ctx.state.autoscaling.activities, id);
  ctx.tx.remove(ctx.state.autoscaling.groups, group.AutoScalingGroupName);
}

/**
 * The `autoscaling.reconcile` timer: brings a group to its desired capacity. In order:
 * 1. its instances follow EC2: Pending becomes InService once running; an instance taken out of service
 *    leaves the group once EC2 has terminated it;
 * 2. the EC2 health check: an instance no longer pending or running (stopped by a failed host, terminated from
 *    outside the group) is Unhealthy and is taken out of service (scale-in protection does not prevent that);
 * 3. instances held by a termination hook are asked about again;
 * 4. fewer live instances than desired: launch (balanced across zones); more: terminate the ones the
 *    termination policies pick, never one protected from scale-in.
 * It runs whenever something about the group changes, when one of its instances changes state in EC2
 * (`instanceStateChanged`, called from EC2's state changes and a failed host), after its own launches and
 * terminations, and each minute (the health check's period: a change no hook reported is seen within a minute).
 */
export function reconcileGroup(ctx: EngineContext, groupName: string): void {
  let group = ctx.state.autoscaling.groups[groupName];
  if (!group) return;
  const unhealthy: AsgInstance[] = [];
  const members: AsgInstance[] = [];
  for (const m of group.Instances) {
    const ec2 = ctx.state.ec2.instances[m.InstanceId];
    const gone = !ec2 || ec2.State === 'terminated';
    if (m.termination) {
      if (gone) updateActivity(ctx, m.activityId, 'Successful', 100);
      else members.push(m);
      continue;
    }
    if (gone || !HEALTHY_STATES.has(ec2.State)) {
      const sick: AsgInstance = { ...m, HealthStatus: 'Unhealthy' };
      unhealthy.push(sick);
      members.push(sick);
      continue;
    }
    if (m.LifecycleState === 'Pending' && ec2.State === 'running') {
      updateActivity(ctx, m.activityId, 'Successful', 100);
      members.push({ ...m, LifecycleState: 'InService' });
      continue;
    }
    members.push(m);
  }
  group = { ...group, Instances: members };
  for (const m of members)
    if (m.LifecycleState === 'Terminating:Wait') group = continueTermination(ctx, group, m);
  for (const m of unhealthy) {
    group = beginTermination(
      ctx,
      group,
      m.InstanceId,
      'unhealthy',
      `${at(ctx)} an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped.`,
    );
  }
  if (group.Status === 'Delete in progress') {
    if (group.Instances.length === 0) removeGroup(ctx, group);
    else putGroup(ctx, group);
    return;
  }
  const live = liveInstances(group).length;
  if (live < group.DesiredCapacity) {
    group = launchInto(ctx, group, group.DesiredCapacity - live, unhealthy.length > 0);
  } else if (live > group.DesiredCapacity) {
    const victims = chooseVictims(ctx, group, live - group.DesiredCapacity);
    const prefix = group.capacityCause ? `${group.capacityCause}  ` : '';
    const shrinking = `${at(ctx)} an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from ${live} to ${live - victims.length}.`;
    for (const id of victims) {
      group = beginTermination(
        ctx,
        group,
        id,
        'scale-in',
        `${prefix}${shrinking}  ${at(ctx)} instance ${id} was selected for termination.`,
      );
    }
  }
  // the cause of a capacity change is told once, by the activities that acted on it
  const acted = liveInstances(group).length !== live;
  if (acted || live === group.DesiredCapacity) {
    const { capacityCause: _told, ...rest } = group;
    group = rest;
  }
  putGroup(ctx, group);
}

/** Reconciles every group (the minute's health check). */
export function reconcileAllGroups(ctx: EngineContext): void {
  for (const name of Object.keys(ctx.state.autoscaling.groups).sort()) reconcileGroup(ctx, name);
}
