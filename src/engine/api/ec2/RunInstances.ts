import { decodeUserData } from '../../agent/userData';
import { INSTANCE_TYPES, findInstanceType } from '../../catalog/instanceTypes';
import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import { isZoneFailed, zoneCapacityError } from '../../faults/zoneState';
import type { Ec2Instance } from '../../model/ec2';
import { runInstancesSchema } from '../../schema/ec2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { getsPublicIp, launchSecurityGroups } from './instanceNetwork';
import { instanceOutput, type InstanceOutput } from './instanceShape';
import { chooseSubnet, requireInstanceProfile } from './launchTarget';
import { launchInstance, requireAmi } from './launchInstance';

export type RunInstancesInput = Infer<typeof runInstancesSchema>;

export interface RunInstancesOutput {
  readonly ReservationId: string;
  readonly OwnerId: string;
  readonly Groups: never[];
  readonly Instances: InstanceOutput[];
}

const combinationError = (what: string, field: string) =>
  new AwsError(
    'InvalidParameterCombination',
    `Network interfaces and an instance-level ${what} may not be specified on the same request`,
    field,
  );

/**
 * Where the primary network interface goes: SubnetId and SecurityGroupIds, or the same members of
 * NetworkInterfaces[DeviceIndex 0] (EC2 refuses both at once), and whether it gets a public IP.
 */
function primaryInterface(input: RunInstancesInput) {
  const index = input.NetworkInterfaces?.findIndex((n) => (n.DeviceIndex ?? 0) === 0) ?? -1;
  const primary = index >= 0 ? input.NetworkInterfaces![index] : undefined;
  if (primary?.SubnetId !== undefined && input.SubnetId !== undefined)
    throw combinationError('subnet ID', 'SubnetId');
  if (primary?.Groups?.length && input.SecurityGroupIds?.length)
    throw combinationError('security groups', 'SecurityGroupIds');
  return {
    subnetId: primary?.SubnetId ?? input.SubnetId,
    groups: primary?.Groups?.length ? primary.Groups : input.SecurityGroupIds,
    groupsField: primary?.Groups?.length ? `NetworkInterfaces[${index}].Groups` : 'SecurityGroupIds',
    associatePublicIp: primary?.AssociatePublicIpAddress,
  };
}

function validate(ctx: EngineContext, input: RunInstancesInput) {
  if (input.MaxCount < input.MinCount) {
    throw new AwsError(
      'InvalidParameterValue',
      `MaxCount (${input.MaxCount}) must be at least MinCount (${input.MinCount}).`,
      'MaxCount',
    );
  }
  const ami = requireAmi(input.ImageId);
  if (!findInstanceType(input.InstanceType)) {
    throw new AwsError(
      'InvalidParameterValue',
      `Invalid value '${input.InstanceType}' for InstanceType. The simulator offers: ${INSTANCE_TYPES.map((t) => t.InstanceType).join(', ')}.`,
      'InstanceType',
    );
  }
  const profile = input.IamInstanceProfile
    ? requireInstanceProfile(ctx.state, input.IamInstanceProfile)
    : undefined;
  if (input.UserData !== undefined) {
    const decoded = decodeUserData(input.UserData);
    if (!decoded.ok) throw new AwsError('InvalidUserData.Malformed', decoded.error, 'UserData');
  }
  const nic = primaryInterface(input);
  const subnet = chooseSubnet(ctx, nic.subnetId, input.Placement?.AvailabilityZone);
  if (isZoneFailed(ctx.state, subnet.AvailabilityZone))
    throw zoneCapacityError(ctx.state, input.InstanceType, subnet.AvailabilityZone);
  const groups = launchSecurityGroups(subnet.VpcId, nic.groups, nic.groupsField);
  return { ami, profile, subnet, groups, publicIp: getsPublicIp(subnet, nic.associatePublicIp) };
}

/**
 * Launches MaxCount instances into one subnet. They are `pending`, then `running` 5–15 s later. From the
 * ECS-optimized AMI the ECS agent boots and tries to register 30–90 s after launch (see agent/register.ts);
 * from plain Amazon Linux nothing joins a cluster.
 */
export const RunInstances = defineOperation<RunInstancesInput, RunInstancesOutput>({
  schema: runInstancesSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const { ami, profile, subnet: chosen, groups, publicIp } = validate(ctx, input);
    // the instance's own tags; those for its volumes, interfaces and the rest go to resources not simulated
    const tags = (input.TagSpecifications ?? [])
      .filter((spec) => spec.ResourceType === 'instance')
      .flatMap((spec) => spec.Tags.map((t) => ({ ...t })));
    const reservationId = `r-${ctx.randomHex(17)}`;
    const launched: Ec2Instance[] = [];
    for (let i = 0; i < input.MaxCount; i++) {
      launched.push(
        launchInstance(ctx, {
          ami,
          instanceType: input.InstanceType,
          subnetId: chosen.SubnetId,
          securityGroupIds: groups,
          publicIp,
          ...(profile ? { profile } : {}),
          ...(input.UserData !== undefined ? { userData: input.UserData } : {}),
          tags,
          reservationId,
          ...(input.InstanceMarketOptions?.MarketType === 'spot' ? { spot: true } : {}),
        }),
      );
    }
    return {
      ReservationId: reservationId,
      OwnerId: ctx.state.accountId,
      Groups: [],
      Instances: launched.map((inst) => instanceOutput(ctx.state, inst)),
    };
  },
});
