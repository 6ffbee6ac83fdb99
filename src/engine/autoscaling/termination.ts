import { shutDownInstance } from '../api/ec2/instanceLifecycle';
import type { EngineContext } from '../context';
import type { AsgInstance, AsgTerminationReason, AutoScalingGroup } from '../model/autoscaling';
import type { InstanceId } from '../model/ids';
import { activityDetails, recordActivity, updateActivity } from './activities';
import { liveInstances, wakeGroup } from './groups';
import { askTerminationHandlers, HOOK_RECHECK_SECONDS, HOOK_TIMEOUT_SECONDS } from './hooks';
import { versionNumberOf } from './templates';

/** When the group looks again after EC2 began terminating an instance (EC2 takes 20–40 s). */
const TERMINATED_CHECK_SECONDS = 41;

function terminateEc2(ctx: EngineContext, instanceId: InstanceId): void {
  const instance = ctx.state.ec2.instances[instanceId];
  if (!instance) return;
  if (instance.State === 'shutting-down' || instance.State === 'terminated') return;
  shutDownInstance(ctx, instance);
}

const replaceMember = (group: AutoScalingGroup, member: AsgInstance): AutoScalingGroup => ({
  ...group,
  Instances: group.Instances.map((m) => (m.InstanceId === member.InstanceId ? member : m)),
});

/**
 * Takes an instance of the group out of service: an activity "Terminating EC2 instance: …" with `cause`, then
 * the termination handlers (hooks.ts): on 'wait' the instance stays in Terminating:Wait, otherwise EC2 terminates
 * it now. The instance no longer counts toward the group's capacity either way. Returns the group to store.
 */
export function beginTermination(
  ctx: EngineContext,
  group: AutoScalingGroup,
  instanceId: InstanceId,
  reason: AsgTerminationReason,
  cause: string,
): AutoScalingGroup {
  const member = group.Instances.find((m) => m.InstanceId === instanceId);
  if (!member || member.termination) return group;
  const ec2 = ctx.state.ec2.instances[instanceId];
  const recorded = recordActivity(ctx, group, {
    Description: `Terminating EC2 instance: ${instanceId}`,
    Cause: cause,
    StatusCode: 'InProgress',
    Details: activityDetails(ec2?.SubnetId, member.AvailabilityZone),
    instanceId,
  });
  let marked: AsgInstance = {
    ...member,
    LifecycleState: 'Terminating',
    activityId: recorded.activityId,
    termination: { reason, since: ctx.now },
  };
  let next = replaceMember(recorded.group, marked);
  const held = askTerminationHandlers(ctx, next, instanceId) === 'wait';
  if (held) {
    marked = {
      ...marked,
      LifecycleState: 'Terminating:Wait',
      termination: { reason, since: ctx.now, recheckAt: ctx.now + HOOK_RECHECK_SECONDS },
    };
    next = replaceMember(next, marked);
    updateActivity(ctx, recorded.activityId, 'MidLifecycleAction', 50);
    wakeGroup(ctx, group.AutoScalingGroupName, HOOK_RECHECK_SECONDS);
  } else {
    terminateEc2(ctx, instanceId);
    wakeGroup(ctx, group.AutoScalingGroupName, TERMINATED_CHECK_SECONDS);
  }
  ctx.emit({
    type: 'AutoScalingInstanceTerminating',
    at: ctx.now,
    groupName: group.AutoScalingGroupName,
    instanceId,
    reason,
    protectedFromScaleIn: member.ProtectedFromScaleIn,
    held,
  });
  return next;
}

/** Asks the handlers again about a held instance (or lets it go after the hook timeout). */
export function continueTermination(
  ctx: EngineContext,
  group: AutoScalingGroup,
  member: AsgInstance,
): AutoScalingGroup {
  const termination = member.termination;
  const since = termination?.since ?? ctx.now;
  // a group reconciles for many reasons; only the recheck that was scheduled asks again (and schedules the next),
  // so a held instance never has more than one pending recheck
  if (termination?.recheckAt !== undefined && ctx.now < termination.recheckAt) return group;
  const timedOut = ctx.now - since >= HOOK_TIMEOUT_SECONDS;
  if (!timedOut && askTerminationHandlers(ctx, group, member.InstanceId) === 'wait') {
    wakeGroup(ctx, group.AutoScalingGroupName, HOOK_RECHECK_SECONDS);
    return replaceMember(group, {
      ...member,
      termination: {
        reason: termination?.reason ?? 'scale-in',
        since,
        recheckAt: ctx.now + HOOK_RECHECK_SECONDS,
      },
    });
  }
  terminateEc2(ctx, member.InstanceId);
  updateActivity(ctx, member.activityId, 'InProgress', 75);
  wakeGroup(ctx, group.AutoScalingGroupName, TERMINATED_CHECK_SECONDS);
  return replaceMember(group, { ...member, LifecycleState: 'Terminating' });
}

/**
 * The instances a scale-in terminates, in order, as the termination policies pick them (the sandbox's reading
 * of EC2 Auto Scaling's rules; AWS leaves ties to chance, the sandbox breaks them with the seeded generator):
 * 1. never an instance protected from scale-in;
 * 2. from the Availability Zone with the most instances of the group (that has an unprotected one), so the
 *    zones stay balanced;
 * 3. then each of the group's TerminationPolicies in order narrows the candidates: OldestInstance /
 *    NewestInstance (launch time), OldestLaunchTemplate (instances not on the group's current version first,
 *    then the lowest version), ClosestToNextInstanceHour (the most seconds into its current hour of running);
 *    OldestLaunchConfiguration and AllocationStrategy change nothing here (no launch configurations, one
 *    instance type per group);
 * 4. then Default: OldestLaunchTemplate, ClosestToNextInstanceHour, then one at random.
 */
export function chooseVictims(ctx: EngineContext, group: AutoScalingGroup, count: number): InstanceId[] {
  const remaining = liveInstances(group);
  const victims: InstanceId[] = [];
  const template = ctx.state.ec2.launchTemplates[group.LaunchTemplate.LaunchTemplateId];
  const current = template ? versionNumberOf(template, group.LaunchTemplate.Version) : undefined;
  const narrow = (policy: string, candidates: AsgInstance[]): AsgInstance[] => {
    const keepBest = (score: (m: AsgInstance) => number) => {
      const best = Math.min(...candidates.map(score));
      return candidates.filter((m) => score(m) === best);
    };
    switch (policy) {
      case 'OldestInstance':
        return keepBest((m) => m.LaunchTime);
      case 'NewestInstance':
        return keepBest((m) => -m.LaunchTime);
      case 'OldestLaunchTemplate':
        return keepBest((m) => {
          const v = Number(m.LaunchTemplateVersion);
          return v === current ? Number.MAX_SAFE_INTEGER : v;
        });
      case 'ClosestToNextInstanceHour':
        return keepBest((m) => -((ctx.now - m.LaunchTime) % 3600));
      case 'Default':
        return narrow('ClosestToNextInstanceHour', narrow('OldestLaunchTemplate', candidates));
      default:
        return candidates;
    }
  };
  while (victims.length < count) {
    const unprotected = remaining.filter((m) => !m.ProtectedFromScaleIn && !victims.includes(m.InstanceId));
    if (unprotected.length === 0) break;
    const live = remaining.filter((m) => !victims.includes(m.InstanceId));
    const perZone = (az: string) => live.filter((m) => m.AvailabilityZone === az).length;
    const zones = [...new Set(unprotected.map((m) => m.AvailabilityZone))];
    const most = Math.max(...zones.map(perZone));
    const zone = zones.find((az) => perZone(az) === most)!;
    let candidates = unprotected.filter((m) => m.AvailabilityZone === zone);
    for (const policy of [...group.TerminationPolicies, 'Default']) {
      if (candidates.length > 1) candidates = narrow(policy, candidates);
    }
    const pick = candidates.length > 1 ? candidates[ctx.randomInt(candidates.length)]! : candidates[0]!;
    victims.push(pick.InstanceId);
  }
  return victims;
}
