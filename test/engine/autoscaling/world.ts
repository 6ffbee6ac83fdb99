import { ecsConfigUserData, ECS_INSTANCE_ROLE, ECS_OPTIMIZED_AMI } from '../../../src/course/fixtures';
import { createSimulation, type Simulation } from '../../../src/engine';
import { defaultSubnets } from '../../builders/harness';

/** The default subnets of the three AZs, as a VPCZoneIdentifier. */
export const allSubnets = (sim: Simulation): string => Object.values(defaultSubnets(sim)).sort().join(',');

/**
 * A simulation with cluster `web` and launch template `ecs-node` (ECS-optimized AMI, t3.medium, ecsInstanceRole,
 * user data joining `web`), optionally with group `asg` over the three default subnets.
 */
export function groupWorld(
  options: { seed?: number; group?: Record<string, unknown> | false; cluster?: string } = {},
): Simulation {
  const sim = createSimulation({ seed: options.seed ?? 11 });
  const cluster = options.cluster ?? 'web';
  sim.call('ecs', 'CreateCluster', { clusterName: cluster });
  sim.call('ec2', 'CreateLaunchTemplate', {
    LaunchTemplateName: 'ecs-node',
    LaunchTemplateData: {
      ImageId: ECS_OPTIMIZED_AMI,
      InstanceType: 't3.medium',
      IamInstanceProfile: { Name: ECS_INSTANCE_ROLE },
      UserData: ecsConfigUserData({ ECS_CLUSTER: cluster }),
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'ecs-node' }] }],
    },
  });
  if (options.group !== false) {
    sim.callByName('autoscaling', 'CreateAutoScalingGroup', {
      AutoScalingGroupName: 'asg',
      LaunchTemplate: { LaunchTemplateName: 'ecs-node', Version: '$Latest' },
      MinSize: 0,
      MaxSize: 10,
      DesiredCapacity: 3,
      VPCZoneIdentifier: allSubnets(sim),
      ...options.group,
    });
  }
  return sim;
}

export const groupOf = (sim: Simulation, name = 'asg') =>
  sim.call('autoscaling', 'DescribeAutoScalingGroups', { AutoScalingGroupNames: [name] })
    .AutoScalingGroups[0]!;

/** The ids of the group's instances that count toward capacity (not Terminating). */
export const liveIds = (sim: Simulation, name = 'asg'): string[] =>
  groupOf(sim, name)
    .Instances.filter((i) => !i.LifecycleState.startsWith('Terminating'))
    .map((i) => i.InstanceId);

export const activities = (sim: Simulation, name = 'asg') =>
  sim.call('autoscaling', 'DescribeScalingActivities', { AutoScalingGroupName: name }).Activities;

/** Count of values in a list. */
export const countBy = (values: ReadonlyArray<string>): Record<string, number> =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
