import { bootDelay } from '../../agent/register';
import { lookUpAmi, type AmiEntry } from '../../catalog/amis';
import type { EngineContext } from '../../context';
import { AwsError } from '../../errors';
import type { Ec2Instance } from '../../model/ec2';
import type { InstanceProfile } from '../../model/iam';
import type { InstanceId } from '../../model/ids';
import { publicIpFor } from './instanceNetwork';
import { runningDelay } from './instanceLifecycle';
import { nextPrivateIp } from './launchTarget';

/** Resolves an AMI reference (an `ami-…` id or a `resolve:ssm:` parameter) or throws EC2's error for it. */
export function requireAmi(ref: string, field = 'ImageId'): AmiEntry {
  const found = lookUpAmi(ref);
  if (found.ok) return found.ami;
  switch (found.problem) {
    case 'malformed':
      throw new AwsError('InvalidAMIID.Malformed', `Invalid id: "${ref}" (expecting "ami-...")`, field);
    case 'not-found':
      throw new AwsError('InvalidAMIID.NotFound', `The image id '[${ref}]' does not exist`, field);
    case 'unknown-parameter':
      throw new AwsError(
        'InvalidParameterValue',
        `${field}: the SSM parameter in '${ref}' does not exist. For the ECS-optimized AMI use resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id.`,
        field,
      );
  }
}

/** Everything one instance launch needs, already validated (RunInstances, an Auto Scaling group). */
export interface InstanceLaunch {
  readonly ami: AmiEntry;
  readonly instanceType: string;
  readonly subnetId: string;
  readonly securityGroupIds: ReadonlyArray<string>;
  readonly publicIp: boolean;
  readonly profile?: InstanceProfile;
  /** base64, as EC2 takes it */
  readonly userData?: string;
  readonly tags: ReadonlyArray<{ readonly Key: string; readonly Value: string }>;
  readonly reservationId: string;
  /** a Spot Instance (InstanceMarketOptions MarketType spot): EC2 may reclaim it (sim InterruptSpot) */
  readonly spot?: boolean;
}

/**
 * Launches one EC2 instance: the record (`pending`), its next private address in the subnet, the timer to
 * `running` (5–15 s) and, from an AMI with the ECS agent, the agent's first registration attempt (30–90 s).
 * The one launch path: RunInstances and Auto Scaling groups both come through here.
 */
export function launchInstance(ctx: EngineContext, launch: InstanceLaunch): Ec2Instance {
  const next = nextPrivateIp(ctx.state.ec2.subnets[launch.subnetId]!);
  ctx.tx.set(ctx.state.ec2.subnets, launch.subnetId, next.subnet);
  const subnet = next.subnet;
  const instanceId = `i-${ctx.randomHex(17)}` as InstanceId;
  const registerIn = launch.ami.runsEcsAgent ? bootDelay(ctx) : undefined;
  const instance: Ec2Instance = {
    InstanceId: instanceId,
    ReservationId: launch.reservationId,
    ImageId: launch.ami.ImageId,
    InstanceType: launch.instanceType,
    AvailabilityZone: subnet.AvailabilityZone,
    SubnetId: subnet.SubnetId,
    VpcId: subnet.VpcId,
    PrivateIpAddress: next.ip,
    ...(launch.publicIp ? { PublicIpAddress: publicIpFor(ctx.state.seed, next.ip) } : {}),
    SecurityGroupIds: launch.securityGroupIds,
    State: 'pending',
    LaunchTime: ctx.now,
    ...(launch.profile ? { IamInstanceProfile: launch.profile.InstanceProfileName } : {}),
    ...(launch.userData !== undefined ? { UserData: launch.userData } : {}),
    Tags: launch.tags,
    ...(launch.spot ? { InstanceLifecycle: 'spot' as const } : {}),
    agent:
      registerIn === undefined ? { phase: 'none' } : { phase: 'booting', registerAt: ctx.now + registerIn },
  };
  ctx.tx.set(ctx.state.ec2.instances, instanceId, instance);
  ctx.schedule(runningDelay(ctx), { kind: 'ec2.instanceState', instanceId, to: 'running' });
  if (registerIn !== undefined) ctx.schedule(registerIn, { kind: 'agent.register', instanceId });
  ctx.emit({
    type: 'InstanceLaunched',
    at: ctx.now,
    instanceId,
    instanceType: launch.instanceType,
    availabilityZone: subnet.AvailabilityZone,
  });
  return instance;
}
