import { bootDelay } from '../../agent/register';
import { decodeUserData } from '../../agent/userData';
import { INSTANCE_TYPES, findInstanceType } from '../../catalog/instanceTypes';
import { lookUpAmi, type AmiEntry } from '../../catalog/amis';
import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import type { Ec2Instance } from '../../model/ec2';
import type { InstanceId } from '../../model/ids';
import { runInstancesSchema } from '../../schema/ec2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { getsPublicIp, launchSecurityGroups, publicIpFor } from './instanceNetwork';
import { instanceOutput, type InstanceOutput } from './instanceShape';
import { runningDelay } from './instanceLifecycle';
import { chooseSubnet, nextPrivateIp, requireInstanceProfile } from './launchTarget';

export type RunInstancesInput = Infer<typeof runInstancesSchema>;

export interface RunInstancesOutput {
  readonly ReservationId: string;
  readonly OwnerId: string;
  readonly Groups: never[];
  readonly Instances: InstanceOutput[];
}

function requireAmi(ref: string): AmiEntry {
  const found = lookUpAmi(ref);
  if (found.ok) return found.ami;
  switch (found.problem) {
    case 'malformed':
      throw new AwsError('InvalidAMIID.Malformed', `Invalid id: "${ref}" (expecting "ami-...")`, 'ImageId');
    case 'not-found':
      throw new AwsError('InvalidAMIID.NotFound', `The image id '[${ref}]' does not exist`, 'ImageId');
    case 'unknown-parameter':
      throw new AwsError(
        'InvalidParameterValue',
        `ImageId: the SSM parameter in '${ref}' does not exist. For the ECS-optimized AMI use resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id.`,
        'ImageId',
      );
  }
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
    let subnet = chosen;
    const launched: Ec2Instance[] = [];
    for (let i = 0; i < input.MaxCount; i++) {
      const next = nextPrivateIp(subnet);
      subnet = next.subnet;
      const instanceId = `i-${ctx.randomHex(17)}` as InstanceId;
      const registerIn = ami.runsEcsAgent ? bootDelay(ctx) : undefined;
      const instance: Ec2Instance = {
        InstanceId: instanceId,
        ReservationId: reservationId,
        ImageId: ami.ImageId,
        InstanceType: input.InstanceType,
        AvailabilityZone: subnet.AvailabilityZone,
        SubnetId: subnet.SubnetId,
        VpcId: subnet.VpcId,
        PrivateIpAddress: next.ip,
        ...(publicIp ? { PublicIpAddress: publicIpFor(ctx.state.seed, next.ip) } : {}),
        SecurityGroupIds: groups,
        State: 'pending',
        LaunchTime: ctx.now,
        ...(profile ? { IamInstanceProfile: profile.InstanceProfileName } : {}),
        ...(input.UserData !== undefined ? { UserData: input.UserData } : {}),
        Tags: tags,
        agent:
          registerIn === undefined
            ? { phase: 'none' }
            : { phase: 'booting', registerAt: ctx.now + registerIn },
      };
      ctx.tx.set(ctx.state.ec2.instances, instanceId, instance);
      ctx.schedule(runningDelay(ctx), { kind: 'ec2.instanceState', instanceId, to: 'running' });
      if (registerIn !== undefined) ctx.schedule(registerIn, { kind: 'agent.register', instanceId });
      ctx.emit({
        type: 'InstanceLaunched',
        at: ctx.now,
        instanceId,
        instanceType: input.InstanceType,
        availabilityZone: subnet.AvailabilityZone,
      });
      launched.push(instance);
    }
    ctx.tx.set(ctx.state.ec2.subnets, subnet.SubnetId, subnet);
    return {
      ReservationId: reservationId,
      OwnerId: ctx.state.accountId,
      Groups: [],
      Instances: launched.map((inst) => instanceOutput(ctx.state, inst)),
    };
  },
});
