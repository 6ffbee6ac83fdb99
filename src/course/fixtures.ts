import type { InputOf, OutputOf, Simulation } from '../engine/index';

/** The SSM reference EC2 resolves to the current ECS-optimized Amazon Linux 2023 AMI. */
export const ECS_OPTIMIZED_AMI =
  'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

/** The instance profile that gives the ECS agent its credentials, under the name the console creates. */
export const ECS_INSTANCE_ROLE = 'ecsInstanceRole';

const ECS_CONFIG_FILE = '/etc/ecs/ecs.config';

/** `KEY=VALUE` as one shell word: bare when nothing in it is special to the shell, else single-quoted. */
function shellWord(text: string): string {
  return /^[\w.,:/@%+=-]*$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Base64 of the UTF-8 bytes of `text` (btoa alone only takes Latin-1). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * RunInstances `UserData` (base64, as the API takes it) for a bash script that appends each setting to
 * /etc/ecs/ecs.config in order, one `echo KEY=VALUE >> /etc/ecs/ecs.config` line each; a value with characters
 * the shell would read (quotes, braces, spaces) is single-quoted, e.g. `echo 'ECS_INSTANCE_ATTRIBUTES={"pool":"ml"}'`.
 * The script has no trailing newline. Pure.
 */
export function ecsConfigUserData(settings: Readonly<Record<string, string>>): string {
  const echoes = Object.entries(settings).map(
    ([key, value]) => `echo ${shellWord(`${key}=${value}`)} >> ${ECS_CONFIG_FILE}`,
  );
  return base64(['#!/bin/bash', ...echoes].join('\n'));
}

/** How to launch EC2 container instances: what the learner would type into RunInstances, by meaning. */
export interface ContainerInstanceLaunch {
  readonly instanceType: string;
  /** ECS_CLUSTER in ecs.config; left out, the agent registers in the cluster named `default` */
  readonly cluster?: string;
  /** Placement.AvailabilityZone; left out, EC2 chooses the subnet */
  readonly availabilityZone?: string;
  /** MinCount and MaxCount (default 1) */
  readonly count?: number;
  /** the IAM instance profile's name (default ecsInstanceRole); null launches without one, so the agent cannot register */
  readonly instanceProfile?: string | null;
  /** more ecs.config settings, written after ECS_CLUSTER in this order */
  readonly extraConfig?: Readonly<Record<string, string>>;
  /** the instance's Name tag */
  readonly name?: string;
}

/**
 * The RunInstances input for `launch`: the ECS-optimized AMI, exactly `count` instances, the instance profile
 * and user data that writes ECS_CLUSTER (when given) and `extraConfig` to ecs.config. Pure.
 */
export function containerInstancesInput(launch: ContainerInstanceLaunch): InputOf<'ec2', 'RunInstances'> {
  const { instanceType, cluster, availabilityZone, count = 1, name } = launch;
  const profile = launch.instanceProfile === undefined ? ECS_INSTANCE_ROLE : launch.instanceProfile;
  return {
    ImageId: ECS_OPTIMIZED_AMI,
    InstanceType: instanceType,
    MinCount: count,
    MaxCount: count,
    ...(availabilityZone === undefined ? {} : { Placement: { AvailabilityZone: availabilityZone } }),
    ...(profile === null ? {} : { IamInstanceProfile: { Name: profile } }),
    UserData: ecsConfigUserData({
      ...(cluster === undefined ? {} : { ECS_CLUSTER: cluster }),
      ...launch.extraConfig,
    }),
    ...(name === undefined
      ? {}
      : { TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }] }),
  };
}

/**
 * Launches container instances with one `ec2 RunInstances` call (see `containerInstancesInput`) and returns
 * its output. Their agents register about two minutes later: advance 120 s before placing tasks. Throws the
 * engine's AwsError when EC2 rejects the request.
 */
export function launchContainerInstances(
  sim: Simulation,
  launch: ContainerInstanceLaunch,
): OutputOf<'ec2', 'RunInstances'> {
  return sim.call('ec2', 'RunInstances', containerInstancesInput(launch));
}

/**
 * An internet-facing Application Load Balancer `name` in the default VPC's subnets, with an HTTP listener on
 * port 80 forwarding to a new target group `targetGroupName` (HTTP, health checks on `/` with the ALB defaults).
 * Returns the target group's ARN, for a service's `loadBalancers`.
 */
export function loadBalancerWithTargetGroup(
  sim: Simulation,
  options: { name: string; targetGroupName: string; targetType?: 'instance' | 'ip' },
): string {
  const subnets = Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId);
  const vpc = Object.values(sim.state.ec2.vpcs).find((v) => v.IsDefault)!.VpcId;
  const alb = sim.call('elbv2', 'CreateLoadBalancer', { Name: options.name, Subnets: subnets })
    .LoadBalancers[0]!;
  const tg = sim.call('elbv2', 'CreateTargetGroup', {
    Name: options.targetGroupName,
    Protocol: 'HTTP',
    Port: 80,
    VpcId: vpc,
    TargetType: options.targetType ?? 'instance',
  }).TargetGroups[0]!;
  sim.call('elbv2', 'CreateListener', {
    LoadBalancerArn: alb.LoadBalancerArn,
    Protocol: 'HTTP',
    Port: 80,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: tg.TargetGroupArn }],
  });
  return tg.TargetGroupArn;
}

/** An Auto Scaling group of container instances for a cluster, by meaning. */
export interface ContainerInstanceGroup {
  readonly groupName: string;
  readonly cluster: string;
  readonly instanceType: string;
  readonly minSize: number;
  readonly maxSize: number;
  readonly desiredCapacity: number;
  /** NewInstancesProtectedFromScaleIn (managed termination protection needs it) */
  readonly protectNewInstances?: boolean;
  /** the subnets to launch into; default every subnet of the default VPC */
  readonly subnets: ReadonlyArray<string>;
}

/**
 * The two requests that make a group of container instances: a launch template `<group>-template` with the
 * ECS-optimized AMI, the instance profile and user data that joins `cluster`, then the group across `subnets`.
 * Pure.
 */
export function containerInstanceGroupRequests(group: ContainerInstanceGroup): {
  readonly template: InputOf<'ec2', 'CreateLaunchTemplate'>;
  readonly group: InputOf<'autoscaling', 'CreateAutoScalingGroup'>;
} {
  const templateName = `${group.groupName}-template`;
  return {
    template: {
      LaunchTemplateName: templateName,
      LaunchTemplateData: {
        ImageId: ECS_OPTIMIZED_AMI,
        InstanceType: group.instanceType,
        IamInstanceProfile: { Name: ECS_INSTANCE_ROLE },
        UserData: ecsConfigUserData({ ECS_CLUSTER: group.cluster }),
      },
    },
    group: {
      AutoScalingGroupName: group.groupName,
      LaunchTemplate: { LaunchTemplateName: templateName, Version: '$Latest' },
      MinSize: group.minSize,
      MaxSize: group.maxSize,
      DesiredCapacity: group.desiredCapacity,
      VPCZoneIdentifier: group.subnets.join(','),
      ...(group.protectNewInstances ? { NewInstancesProtectedFromScaleIn: true } : {}),
    },
  };
}
