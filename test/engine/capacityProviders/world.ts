import { ecsConfigUserData, ECS_INSTANCE_ROLE, ECS_OPTIMIZED_AMI } from '../../../src/course/fixtures';
import { createSimulation, type Simulation } from '../../../src/engine';
import { defaultSubnets } from '../../builders/harness';

/** The default subnets of the three AZs. */
export const subnets = (sim: Simulation): string[] => Object.values(defaultSubnets(sim)).sort();

export const awsvpc = (sim: Simulation) => ({
  awsvpcConfiguration: { subnets: subnets(sim), assignPublicIp: 'ENABLED' as const },
});

/** Cluster `web` with FARGATE and FARGATE_SPOT associated (default strategy given, or none), and definition `api`. */
export function fargateWorld(
  defaultStrategy: ReadonlyArray<{ capacityProvider: string; weight?: number; base?: number }> = [],
  seed = 3,
): Simulation {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', {
    clusterName: 'web',
    capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
    defaultCapacityProviderStrategy: defaultStrategy.map((i) => ({ ...i })),
  });
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'api',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ name: 'api', image: 'nginx:latest', essential: true }],
  });
  return sim;
}

/**
 * Cluster `web`, launch template `node` (ECS-optimized AMI, `instanceType`, ecsInstanceRole, joining `web`) and
 * group `asg` (min 0, max 10, desired `desired`, scale-in protection for new instances when `protect`), and an
 * EC2 definition `job` of 1024 CPU units and 1024 MiB.
 */
export function groupWorld(
  options: { seed?: number; desired?: number; max?: number; protect?: boolean; instanceType?: string } = {},
): Simulation {
  const sim = createSimulation({ seed: options.seed ?? 5 });
  sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
  sim.call('ec2', 'CreateLaunchTemplate', {
    LaunchTemplateName: 'node',
    LaunchTemplateData: {
      ImageId: ECS_OPTIMIZED_AMI,
      InstanceType: options.instanceType ?? 't3.medium',
      IamInstanceProfile: { Name: ECS_INSTANCE_ROLE },
      UserData: ecsConfigUserData({ ECS_CLUSTER: 'web' }),
    },
  });
  sim.callByName('autoscaling', 'CreateAutoScalingGroup', {
    AutoScalingGroupName: 'asg',
    LaunchTemplate: { LaunchTemplateName: 'node', Version: '$Latest' },
    MinSize: 0,
    MaxSize: options.max ?? 10,
    DesiredCapacity: options.desired ?? 0,
    VPCZoneIdentifier: subnets(sim).join(','),
    NewInstancesProtectedFromScaleIn: options.protect ?? false,
  });
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'job',
    containerDefinitions: [{ name: 'job', image: 'nginx:latest', cpu: 1024, memory: 1024 }],
  });
  return sim;
}

/** Creates provider `cp` on group `asg` and associates it with `web` as its default strategy. */
export function withProvider(sim: Simulation, extra: Record<string, unknown> = {}): Simulation {
  sim.callByName('ecs', 'CreateCapacityProvider', {
    name: 'cp',
    autoScalingGroupProvider: { autoScalingGroupArn: 'asg', ...extra },
  });
  sim.call('ecs', 'PutClusterCapacityProviders', {
    cluster: 'web',
    capacityProviders: ['cp'],
    defaultCapacityProviderStrategy: [{ capacityProvider: 'cp', weight: 1 }],
  });
  return sim;
}

export const tasksOf = (sim: Simulation, cluster = 'web') =>
  Object.values(sim.state.ecs.tasks).filter((t) => t.clusterArn.endsWith(`/${cluster}`));

export const countBy = (values: ReadonlyArray<string | undefined>): Record<string, number> =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [String(v)]: (acc[String(v)] ?? 0) + 1 }), {});
