import { containerInstanceGroupRequests, loadBalancerWithTargetGroup } from '../course/fixtures';
import { DEMO_APP, type Simulation } from '../engine/index';
import { AGENT_BOOT, demoWeb, launchIntoDemo, webTaskDefinition } from './scenarios';

/**
 * The builds of the scenarios the first screen does not open (scenarios.ts lists them all): they load with the
 * later part of the engine, whose operations most of them call, so they stay off the first page.
 */
export const scenarioBuilds = {
  'full-cluster'(sim: Simulation) {
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
  'web-behind-alb'(sim: Simulation) {
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
  'scaling-cluster'(sim: Simulation) {
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
  'secrets-and-roles'(sim: Simulation) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    const { ARN } = sim.call('secretsmanager', 'CreateSecret', {
      Name: 'shop/db',
      SecretString: JSON.stringify({ username: 'thumbs', password: 'correct-horse-battery' }),
    });
    sim.call('logs', 'CreateLogGroup', { logGroupName: '/ecs/thumbs' });
    sim.call('iam', 'CreateRole', {
      RoleName: 'thumbs-task-role',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    sim.call('iam', 'PutRolePolicy', {
      RoleName: 'thumbs-task-role',
      PolicyName: 'read-db-secret',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: ARN }],
      }),
    });
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'thumbs',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      executionRoleArn: `arn:aws:iam::${sim.state.accountId}:role/ecsTaskExecutionRole`,
      taskRoleArn: `arn:aws:iam::${sim.state.accountId}:role/thumbs-task-role`,
      containerDefinitions: [
        {
          name: 'thumbs',
          image: `${DEMO_APP}:v1`,
          essential: true,
          portMappings: [{ containerPort: 8080 }],
          secrets: [{ name: 'DB_PASSWORD', valueFrom: `${ARN}:password::` }],
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': '/ecs/thumbs',
              'awslogs-region': sim.state.region,
              'awslogs-stream-prefix': 'thumbs',
            },
          },
        },
      ],
    });
  },
};
