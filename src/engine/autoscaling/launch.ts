import { decodeUserData } from '../agent/userData';
import { INSTANCE_TYPES, findInstanceType } from '../catalog/instanceTypes';
import { getsPublicIp, launchSecurityGroups } from '../api/ec2/instanceNetwork';
import { launchInstance, requireAmi, type InstanceLaunch } from '../api/ec2/launchInstance';
import { requireInstanceProfile } from '../api/ec2/launchTarget';
import type { EngineContext } from '../context';
import { AwsError, isAwsError } from '../errors';
import type { AsgInstance, AutoScalingGroup, LaunchTemplateData } from '../model/autoscaling';
import { isZoneFailed } from '../faults/zoneState';
import { activityDetails, recordActivity } from './activities';
import { at, liveInstances, wakeGroup } from './groups';
import { GROUP_TAG } from './names';
import { resolveVersion } from './templates';

/** After a failed launch the group tries again this much later (the sandbox's fixed back-off). */
export const LAUNCH_RETRY_SECONDS = 60;
/** When the group looks again after a launch: EC2 has the instance running within 15 s. */
const RUNNING_CHECK_SECONDS = 16;

type Settings = Omit<InstanceLaunch, 'subnetId' | 'reservationId' | 'securityGroupIds' | 'publicIp'> & {
  readonly data: LaunchTemplateData;
  readonly version: number;
};

/**
 * What the group's launch template says about the instances to launch, checked as RunInstances checks a request
 * (a template need not be complete or valid to exist; it must be to launch). Throws the EC2 error otherwise.
 */
function launchSettings(ctx: EngineContext, group: AutoScalingGroup): Settings {
  const template = ctx.state.ec2.launchTemplates[group.LaunchTemplate.LaunchTemplateId];
  if (!template) {
    throw new AwsError(
      'InvalidLaunchTemplateId.NotFound',
      `The launch template ${group.LaunchTemplate.LaunchTemplateId} (${group.LaunchTemplate.LaunchTemplateName}) was deleted.`,
    );
  }
  const version = resolveVersion(template, group.LaunchTemplate.Version);
  if (!version) {
    throw new AwsError(
      'InvalidLaunchTemplateId.VersionNotFound',
      `Launch template ${template.LaunchTemplateName} has no version ${group.LaunchTemplate.Version}.`,
    );
  }
  const data = version.LaunchTemplateData;
  if (data.ImageId === undefined)
    throw new AwsError('MissingParameter', 'The launch template has no ImageId.');
  if (data.InstanceType === undefined || !findInstanceType(data.InstanceType)) {
    throw new AwsError(
      'InvalidParameterValue',
      `The launch template's InstanceType '${data.InstanceType ?? ''}' is not one the simulator offers (${INSTANCE_TYPES.map((t) => t.InstanceType).join(', ')}).`,
    );
  }
  if (data.UserData !== undefined) {
    const decoded = decodeUserData(data.UserData);
    if (!decoded.ok) throw new AwsError('InvalidUserData.Malformed', decoded.error);
  }
  const tags = (data.TagSpecifications ?? [])
    .filter((spec) => spec.ResourceType === 'instance')
    .flatMap((spec) => spec.Tags ?? [])
    .map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }));
  return {
    ami: requireAmi(data.ImageId),
    instanceType: data.InstanceType,
    ...(data.IamInstanceProfile
      ? { profile: requireInstanceProfile(ctx.state, data.IamInstanceProfile) }
      : {}),
    ...(data.UserData !== undefined ? { userData: data.UserData } : {}),
    ...(data.InstanceMarketOptions?.MarketType === 'spot' ? { spot: true } : {}),
    tags: [
      ...tags.filter((t) => t.Key !== GROUP_TAG),
      ...group.Tags.filter((t) => t.PropagateAtLaunch).map((t) => ({ Key: t.Key, Value: t.Value })),
      { Key: GROUP_TAG, Value: group.AutoScalingGroupName },
    ],
    data,
    version: version.VersionNumber,
  };
}

/** The zone for the next instance: the group's zone (not failed) with the fewest instances, first listed on ties. */
function nextZone(ctx: EngineContext, group: AutoScalingGroup): string | undefined {
  const zones = group.AvailabilityZones.filter((az) => !isZoneFailed(ctx.state, az));
  const live = liveInstances(group);
  const count = (az: string) => live.filter((m) => m.AvailabilityZone === az).length;
  return zones.reduce<string | undefined>(
    (best, az) => (best === undefined || count(az) < count(best) ? az : best),
    undefined,
  );
}

function launchFailed(ctx: EngineContext, group: AutoScalingGroup, reason: string): AutoScalingGroup {
  const recorded = recordActivity(ctx, group, {
    Description: `Launching a new EC2 instance.  Status Reason: ${reason} Launching EC2 instance failed.`,
    Cause: `${at(ctx)} an instance was started in response to a difference between desired and actual capacity, but the launch failed.`,
    StatusCode: 'Failed',
    StatusMessage: reason,
    Details: activityDetails(undefined, undefined),
  });
  ctx.emit({ type: 'AutoScalingLaunchFailed', at: ctx.now, groupName: group.AutoScalingGroupName, reason });
  wakeGroup(ctx, group.AutoScalingGroupName, LAUNCH_RETRY_SECONDS);
  return { ...recorded.group, launchRetryAt: ctx.now + LAUNCH_RETRY_SECONDS };
}

/**
 * Launches `count` instances into the group through the same path RunInstances uses (api/ec2/launchInstance),
 * from the launch template's image, type, profile, user data and instance tags, plus the group's propagated tags
 * and `aws:autoscaling:groupName`; each goes to the group's least-populated zone that has not failed. Each launch
 * is an activity "Launching a new EC2 instance: i-…". Returns the group to store.
 */
export function launchInto(
  ctx: EngineContext,
  start: AutoScalingGroup,
  count: number,
  replacing: boolean,
): AutoScalingGroup {
  if (start.launchRetryAt !== undefined && ctx.now < start.launchRetryAt) return start;
  let group = start;
  let settings: Settings;
  try {
    settings = launchSettings(ctx, group);
  } catch (e) {
    if (!isAwsError(e)) throw e;
    return launchFailed(ctx, group, `${e.name}: ${e.message}`);
  }
  const from = liveInstances(group).length;
  const to = from + count;
  const reservationId = `r-${ctx.randomHex(17)}`;
  for (let i = 0; i < count; i++) {
    const az = nextZone(ctx, group);
    if (az === undefined) {
      return launchFailed(
        ctx,
        group,
        'No Availability Zone of the group can take an instance now (every one has failed).',
      );
    }
    const subnet = ctx.state.ec2.subnets[group.subnetByZone[az]!]!;
    let securityGroupIds: ReadonlyArray<string>;
    try {
      securityGroupIds = launchSecurityGroups(
        subnet.VpcId,
        settings.data.SecurityGroupIds,
        'SecurityGroupIds',
      );
    } catch (e) {
      if (!isAwsError(e)) throw e;
      return launchFailed(ctx, group, `${e.name}: ${e.message}`);
    }
    const { data: _data, version: _version, ...launch } = settings;
    const instance = launchInstance(ctx, {
      ...launch,
      subnetId: subnet.SubnetId,
      securityGroupIds,
      publicIp: getsPublicIp(subnet, undefined),
      reservationId,
    });
    const cause = replacing
      ? `${at(ctx)} an instance was launched in response to an unhealthy instance needing to be replaced.`
      : `${group.capacityCause ? `${group.capacityCause}  ` : ''}${at(ctx)} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from ${from} to ${to}.`;
    const recorded = recordActivity(ctx, group, {
      Description: `Launching a new EC2 instance: ${instance.InstanceId}`,
      Cause: cause,
      StatusCode: 'InProgress',
      Details: activityDetails(subnet.SubnetId, az),
      instanceId: instance.InstanceId,
    });
    const member: AsgInstance = {
      InstanceId: instance.InstanceId,
      InstanceType: instance.InstanceType,
      AvailabilityZone: az,
      LifecycleState: 'Pending',
      HealthStatus: 'Healthy',
      ProtectedFromScaleIn: group.NewInstancesProtectedFromScaleIn,
      LaunchTemplateVersion: String(settings.version),
      LaunchTime: ctx.now,
      activityId: recorded.activityId,
    };
    group = { ...recorded.group, Instances: [...recorded.group.Instances, member] };
    ctx.emit({
      type: 'AutoScalingInstanceLaunching',
      at: ctx.now,
      groupName: group.AutoScalingGroupName,
      instanceId: instance.InstanceId,
      availabilityZone: az,
      replacing,
    });
  }
  wakeGroup(ctx, group.AutoScalingGroupName, RUNNING_CHECK_SECONDS);
  const { launchRetryAt: _retry, ...rest } = group;
  return rest;
}
