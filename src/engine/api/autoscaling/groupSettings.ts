import { requireLaunchTemplate, resolveVersion } from '../../autoscaling/templates';
import type { EngineContext } from '../../context';
import { AwsError, isAwsError } from '../../errors';
import type { AutoScalingGroup } from '../../model/autoscaling';

const validation = (message: string, field: string) => new AwsError('ValidationError', message, field);

/**
 * The group's LaunchTemplate member resolved: the template must exist and the version must be one it has
 * (Auto Scaling answers ValidationError where EC2 names its own errors), and the version must say what to launch.
 */
export function resolveGroupTemplate(
  ctx: EngineContext,
  spec: {
    readonly LaunchTemplateId?: string;
    readonly LaunchTemplateName?: string;
    readonly Version?: string;
  },
): AutoScalingGroup['LaunchTemplate'] {
  let template;
  try {
    template = requireLaunchTemplate(ctx.state, spec);
  } catch (e) {
    if (!isAwsError(e)) throw e;
    throw validation(
      `You must use a valid launch template: ${e.message}`,
      `LaunchTemplate.${e.field ?? 'LaunchTemplateId'}`,
    );
  }
  const Version = spec.Version ?? '$Default';
  const version = resolveVersion(template, Version);
  if (!version) {
    throw validation(
      `Launch template ${template.LaunchTemplateName} has no version '${Version}': give $Default, $Latest or a number from 1 to ${template.LatestVersionNumber}.`,
      'LaunchTemplate.Version',
    );
  }
  for (const member of ['ImageId', 'InstanceType'] as const) {
    if (version.LaunchTemplateData[member] === undefined) {
      throw validation(
        `You must use a valid fully-formed launch template: version ${version.VersionNumber} of ${template.LaunchTemplateName} has no ${member}, so the group could not launch from it.`,
        'LaunchTemplate',
      );
    }
  }
  return {
    LaunchTemplateId: template.LaunchTemplateId,
    LaunchTemplateName: template.LaunchTemplateName,
    Version,
  };
}

/**
 * Where a group launches: VPCZoneIdentifier (comma-separated subnet ids, one VPC) or AvailabilityZones (their
 * default subnets). Returns the zones in the order given and the first subnet listed for each.
 */
export function resolvePlacement(
  ctx: EngineContext,
  vpcZoneIdentifier: string | undefined,
  availabilityZones: ReadonlyArray<string> | undefined,
): Pick<AutoScalingGroup, 'VPCZoneIdentifier' | 'AvailabilityZones' | 'subnetByZone'> {
  const subnetByZone: Record<string, string> = {};
  if (vpcZoneIdentifier !== undefined) {
    const ids = vpcZoneIdentifier
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (ids.length === 0) throw validation('VPCZoneIdentifier lists no subnet.', 'VPCZoneIdentifier');
    const vpcs = new Set<string>();
    for (const id of ids) {
      const subnet = ctx.state.ec2.subnets[id];
      if (!subnet) {
        throw validation(
          `The subnet ID '${id}' does not exist. DescribeSubnets lists the subnets there are.`,
          'VPCZoneIdentifier',
        );
      }
      vpcs.add(subnet.VpcId);
      subnetByZone[subnet.AvailabilityZone] ??= subnet.SubnetId;
    }
    if (vpcs.size > 1) {
      throw validation('The subnets of VPCZoneIdentifier must all be in one VPC.', 'VPCZoneIdentifier');
    }
    return { VPCZoneIdentifier: ids.join(','), AvailabilityZones: Object.keys(subnetByZone), subnetByZone };
  }
  if (availabilityZones !== undefined && availabilityZones.length > 0) {
    for (const az of availabilityZones) {
      const subnet = Object.values(ctx.state.ec2.subnets).find(
        (s) => s.DefaultForAz && s.AvailabilityZone === az,
      );
      if (!subnet) {
        const zones = [
          ...new Set(Object.values(ctx.state.ec2.subnets).map((s) => s.AvailabilityZone)),
        ].sort();
        throw validation(
          `The Availability Zone '${az}' is not one of this Region's: ${zones.join(', ')}.`,
          'AvailabilityZones',
        );
      }
      subnetByZone[az] ??= subnet.SubnetId;
    }
    return { VPCZoneIdentifier: '', AvailabilityZones: Object.keys(subnetByZone), subnetByZone };
  }
  throw validation(
    'At least one Availability Zone or VPC subnet is required: give VPCZoneIdentifier (comma-separated subnet ids) or AvailabilityZones.',
    'VPCZoneIdentifier',
  );
}

/** Checks MinSize ≤ DesiredCapacity ≤ MaxSize the way Auto Scaling words it. */
export function checkSizes(min: number, max: number, desired: number | undefined): void {
  if (min > max) {
    throw validation(`MinSize (${min}) must be less than or equal to MaxSize (${max}).`, 'MinSize');
  }
  if (desired !== undefined && (desired < min || desired > max)) {
    throw validation(
      `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}.`,
      'DesiredCapacity',
    );
  }
}
