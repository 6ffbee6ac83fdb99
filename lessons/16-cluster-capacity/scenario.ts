import { ECS_INSTANCE_ROLE, ECS_OPTIMIZED_AMI, ecsConfigUserData } from '../../src/course/fixtures';
import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation, type Simulation } from '../../src/engine/index';
import { BATCH_TASKS, CLUSTER, GROUP, NORMAL_TASKS, PROVIDER, reportsTasks, SERVICE } from './capacity';

/** The default subnets of us-east-1a and us-east-1b, for the group. */
const groupSubnets = (sim: Simulation) =>
  Object.values(sim.state.ec2.subnets)
    .filter((s) => s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b')
    .map((s) => s.SubnetId)
    .join(',');

/** reports:1 — a report generator that holds 3 GiB and uses little CPU: an m5.large (7,987 MiB) takes two. */
export const REPORTS = {
  family: SERVICE,
  containerDefinitions: [
    { name: 'reports', image: 'public.ecr.aws/ecs-sandbox/web:v1', cpu: 256, memory: 3072, essential: true },
  ],
};

/**
 * Cluster `shop` gets its instances from `shop-asg` (launch template `shop-lt`: m5.large, the ECS-optimized AMI,
 * ECS_CLUSTER=shop; 2 to 8 instances, 2 now), which tracks average CPU at 60 %. The capacity provider `shop-cp`
 * wraps the group with managed scaling off and is the cluster's default. The service `reports` (binpack on
 * memory) ran 4 tasks; the batch has just raised it to 8, and 4 of them find no room.
 */
const scenario = {
  seed: 16,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    sim.call('ec2', 'CreateLaunchTemplate', {
      LaunchTemplateName: 'shop-lt',
      LaunchTemplateData: {
        ImageId: ECS_OPTIMIZED_AMI,
        InstanceType: 'm5.large',
        IamInstanceProfile: { Name: ECS_INSTANCE_ROLE },
        UserData: ecsConfigUserData({ ECS_CLUSTER: CLUSTER }),
      },
    });
    sim.call('autoscaling', 'CreateAutoScalingGroup', {
      AutoScalingGroupName: GROUP,
      LaunchTemplate: { LaunchTemplateName: 'shop-lt', Version: '$Latest' },
      MinSize: 2,
      MaxSize: 8,
      DesiredCapacity: 2,
      VPCZoneIdentifier: groupSubnets(sim),
    });
    sim.call('autoscaling', 'PutScalingPolicy', {
      AutoScalingGroupName: GROUP,
      PolicyName: 'cpu-60',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingConfiguration: {
        PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' },
        TargetValue: 60,
      },
    });
    const groupArn = sim.state.autoscaling.groups[GROUP]!.AutoScalingGroupARN;
    sim.call('ecs', 'CreateCapacityProvider', {
      name: PROVIDER,
      autoScalingGroupProvider: {
        autoScalingGroupArn: groupArn,
        managedScaling: { status: 'DISABLED' },
        managedTerminationProtection: 'DISABLED',
      },
    });
    sim.call('ecs', 'PutClusterCapacityProviders', {
      cluster: CLUSTER,
      capacityProviders: [PROVIDER],
      defaultCapacityProviderStrategy: [{ capacityProvider: PROVIDER, weight: 1 }],
    });
    sim.advance(180);
    sim.call('ecs', 'RegisterTaskDefinition', REPORTS);
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: 'reports:1',
      desiredCount: NORMAL_TASKS,
      capacityProviderStrategy: [{ capacityProvider: PROVIDER, weight: 1 }],
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    });
    sim.advance(120);
    sim.call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, desiredCount: BATCH_TASKS });
    sim.advance(60);
  },
  controls: ['services', 'capacity', 'console', 'map', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/** On a fresh copy of the lesson, runs 15 minutes untouched: how many reports tasks run, how many instances. */
export function untouchedProbe(): { running: number; instances: number; waiting: number } {
  const probe = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  probe.advance(900);
  const live = reportsTasks(probe).filter((t) => t.desiredStatus === 'RUNNING');
  return {
    running: live.filter((t) => t.lastStatus === 'RUNNING').length,
    waiting: live.filter((t) => t.lastStatus !== 'RUNNING').length,
    instances: probe.state.autoscaling.groups[GROUP]!.Instances.length,
  };
}

export const prediction: Prediction = {
  prompt:
    'reports has just gone from 4 to 8 tasks. Each reserves 3 GiB (an m5.large holds two) and uses little CPU; ' +
    'the group’s 2 instances are full, and it tracks average CPU at 60 %. What has happened 15 minutes later?',
  options: [
    { id: 'stuck', text: 'Still 4 tasks running on 2 instances; the other 4 are never placed.' },
    { id: 'grows', text: 'The group has added 2 instances and all 8 tasks run.' },
    { id: 'waiting', text: 'The 4 new tasks wait in PROVISIONING until the group grows, then run.' },
    {
      id: 'shrinks',
      text: 'CPU is far below 60 %, so the group has removed an instance and stopped 2 tasks.',
    },
  ],
  outcome() {
    const { running, instances, waiting } = untouchedProbe();
    if (running >= BATCH_TASKS) return 'grows';
    if (instances < 2) return 'shrinks';
    return waiting > 0 ? 'waiting' : 'stuck';
  },
  explanation:
    'Nothing scaled. The group watches CPU, and the tasks barely use any: by its policy it has too many ' +
    'instances, not too few, but it is already at its minimum of 2. Placement looks at reservations: no instance ' +
    'has 3 GiB free, so the service keeps reporting that it was unable to place a task. With managed scaling off, ' +
    'the capacity provider does not hold the tasks in PROVISIONING either. Service scaling asked for more tasks; ' +
    'nothing asked for more instances.',
};
