import {
  containerInstanceGroupRequests,
  launchContainerInstances,
  loadBalancerWithTargetGroup,
} from '../course/fixtures';
import { DEMO_APP, type InputOf, type Simulation } from '../engine/index';
import type { Scenario } from './timeline';

/**
 * Launches one container instance of `instanceType` in `availabilityZone` for cluster demo, with the Name tag
 * `name` that the map shows on its card.
 */
const launchIntoDemo = (sim: Simulation, instanceType: string, availabilityZone: string, name: string) =>
  launchContainerInstances(sim, { cluster: 'demo', instanceType, availabilityZone, name });

/** The task definition most scenarios start with: nginx on a dynamic host port. */
export const webTaskDefinition = {
  family: 'web',
  networkMode: 'bridge',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:latest',
      cpu: 256,
      memory: 512,
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }],
    },
  ],
} satisfies InputOf<'ecs', 'RegisterTaskDefinition'>;

/** Revision `tag` of family `web`: the sandbox's demo app image, port 8080 on a dynamic host port, `cpu` units. */
const demoWeb = (tag: string, cpu = 256) =>
  ({
    family: 'web',
    networkMode: 'bridge',
    containerDefinitions: [
      {
        name: 'web',
        image: `${DEMO_APP}:${tag}`,
        cpu,
        memory: 512,
        portMappings: [{ containerPort: 8080, hostPort: 0, protocol: 'tcp' }],
      },
    ],
  }) satisfies InputOf<'ecs', 'RegisterTaskDefinition'>;

/** Agents register within two minutes of launch; scenarios wait that long so the learner starts on a ready cluster. */
const AGENT_BOOT = 120;

export const scenarios: ReadonlyArray<Scenario> = [
  {
    id: 'mixed-fleet',
    title: 'Mixed fleet across three AZs',
    description:
      'Cluster "demo" with six container instances of three types spread over us-east-1a, 1b and 1c, and the task definition "web" registered.',
    seed: 7,
    build(sim) {
      sim.call('ecs', 'CreateCluster', { clusterName: 'demo' });
      // named <family>-<AZ letter><n>, so "which t3 is in 1b?" can be read off the map
      launchIntoDemo(sim, 't3.medium', 'us-east-1a', 't3-a1');
      launchIntoDemo(sim, 'm5.large', 'us-east-1a', 'm5-a2');
      launchIntoDemo(sim, 't3.medium', 'us-east-1b', 't3-b1');
      launchIntoDemo(sim, 'c5.large', 'us-east-1b', 'c5-b2');
      launchIntoDemo(sim, 'm5.large', 'us-east-1c', 'm5-c1');
      launchIntoDemo(sim, 'c5.large', 'us-east-1c', 'c5-c2');
      sim.call('ecs', 'RegisterTaskDefinition', webTaskDefinition);
      sim.advance(AGENT_BOOT);
    },
  },
  {
    id: 'full-cluster',
    title: 'A full cluster',
    description:
      'Cluster "demo" with three small instances already holding most of their memory: the next tasks cannot all be placed.',
    seed: 11,
    build(sim) {
      sim.call('ecs', 'CreateCluster', { clusterName: 'demo' });
      for (const az of ['us-east-1a', 'us-east-1b', 'us-east-1c'])
        launchIntoDemo(sim, 't3.small', az, `small-${az.slice(-1)}`);
      sim.call('ecs', 'RegisterTaskDefinition', webTaskDefinition);
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'batch',
        containerDefinitions: [
          { name: 'worker', image: 'busybox:latest', command: ['sleep', '3600'], memory: 1400, cpu: 512 },
        ],
      });
      sim.advance(AGENT_BOOT);
      sim.call('ecs', 'RunTask', {
        cluster: 'demo',
        taskDefinition: 'batch',
        count: 3,
        placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
      });
      sim.advance(30);
    },
  },
  {
    id: 'web-behind-alb',
    title: 'A service behind a load balancer',
    description:
      'Service "web-svc" keeps 4 tasks of web:1 behind the ALB "web-alb" (dynamic host ports, target group "web-tg") on three instances; web:2 (a new version) and web:3 (an image that crashes) are registered, ready for a rolling update.',
    seed: 23,
    build(sim) {
      sim.call('ecs', 'CreateCluster', { clusterName: 'demo' });
      for (const az of ['us-east-1a', 'us-east-1b', 'us-east-1c'])
        launchIntoDemo(sim, 'm5.large', az, `m5-${az.slice(-1)}`);
      for (const tag of ['v1', 'v2', 'crash']) sim.call('ecs', 'RegisterTaskDefinition', demoWeb(tag));
      const targetGroupArn = loadBalancerWithTargetGroup(sim, { name: 'web-alb', targetGroupName: 'web-tg' });
      sim.advance(AGENT_BOOT);
      sim.call('ecs', 'CreateService', {
        cluster: 'demo',
        serviceName: 'web-svc',
        taskDefinition: 'web:1',
        desiredCount: 4,
        loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 8080 }],
        healthCheckGracePeriodSeconds: 30,
        deploymentConfiguration: {
          minimumHealthyPercent: 50,
          maximumPercent: 150,
          deploymentCircuitBreaker: { enable: true, rollback: true },
        },
      });
      // long enough for every target to pass its health checks and the service to reach a steady state
      sim.advance(300);
    },
  },
  {
    id: 'scaling-cluster',
    title: 'Both scaling loops',
    description:
      'Cluster "shop" gets its instances from the Auto Scaling group "shop-asg" (t3.medium, 1 to 6) through capacity provider "shop-cp" with managed scaling, its default strategy. Service "web" runs 2 tasks (0.5 vCPU each) behind the ALB "shop-alb" with no load yet: give it load and a target tracking policy, then watch tasks and instances follow.',
    seed: 31,
    build(sim) {
      sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
      const group = containerInstanceGroupRequests({
        groupName: 'shop-asg',
        cluster: 'shop',
        instanceType: 't3.medium',
        minSize: 1,
        maxSize: 6,
        desiredCapacity: 1,
        protectNewInstances: true,
        subnets: Object.keys(sim.state.ec2.subnets).sort(),
      });
      sim.call('ec2', 'CreateLaunchTemplate', group.template);
      sim.call('autoscaling', 'CreateAutoScalingGroup', group.group);
      sim.call('ecs', 'CreateCapacityProvider', {
        name: 'shop-cp',
        autoScalingGroupProvider: {
          autoScalingGroupArn: 'shop-asg',
          managedScaling: { status: 'ENABLED', targetCapacity: 100 },
          managedTerminationProtection: 'ENABLED',
        },
      });
      sim.call('ecs', 'PutClusterCapacityProviders', {
        cluster: 'shop',
        capacityProviders: ['shop-cp'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'shop-cp', weight: 1 }],
      });
      sim.call('ecs', 'RegisterTaskDefinition', demoWeb('v1', 512));
      const targetGroupArn = loadBalancerWithTargetGroup(sim, {
        name: 'shop-alb',
        targetGroupName: 'shop-tg',
      });
      sim.advance(AGENT_BOOT + 60);
      sim.call('ecs', 'CreateService', {
        cluster: 'shop',
        serviceName: 'web',
        taskDefinition: 'web:1',
        desiredCount: 2,
        loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 8080 }],
        healthCheckGracePeriodSeconds: 30,
      });
      // the service and its targets reach a steady state
      sim.advance(300);
    },
  },
  {
    id: 'empty',
    title: 'Empty account',
    description:
      'A new account: the default VPC with a subnet in each of three AZs, the two ECS roles, and no cluster yet.',
    seed: 1,
    build() {},
  },
];

export const defaultScenario = scenarios[0]!;

export const findScenario = (id: string): Scenario | undefined => scenarios.find((s) => s.id === id);
