import { launchContainerInstances, loadBalancerWithTargetGroup } from '../../src/course/fixtures';
import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation, DEMO_APP, type Simulation } from '../../src/engine/index';
import {
  API,
  BILLING,
  BILLING_EXECUTION,
  BILLING_IMAGE,
  BILLING_TASK,
  CLUSTER,
  DESIRED,
  ORDERS,
  ORDERS_TASK,
  PULL_BILLING,
  roleArn,
  runningOf,
  TARGET_GROUP,
  TASKS_TRUST,
  WEB,
} from './shop';

/** billing:1 on Fargate: its image in private ECR, both roles set. */
export const BILLING_V1 = {
  family: BILLING,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '512',
  executionRoleArn: roleArn(BILLING_EXECUTION),
  taskRoleArn: roleArn(BILLING_TASK),
  containerDefinitions: [
    { name: BILLING, image: BILLING_IMAGE, essential: true, portMappings: [{ containerPort: 8080 }] },
  ],
};

/** orders:N on EC2 (bridge, dynamic host port) with the demo app build `tag`. */
export const ordersDefinition = (tag: string) => ({
  family: ORDERS,
  networkMode: 'bridge' as const,
  taskRoleArn: roleArn(ORDERS_TASK),
  containerDefinitions: [
    {
      name: ORDERS,
      image: `${DEMO_APP}:${tag}`,
      cpu: 128,
      memory: 256,
      essential: true,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
    },
  ],
});

/** web:1 on EC2: the demo app on a dynamic host port, behind the ALB. */
export const WEB_V1 = {
  family: WEB,
  networkMode: 'bridge' as const,
  containerDefinitions: [
    {
      name: WEB,
      image: `${DEMO_APP}:v1`,
      cpu: 128,
      memory: 256,
      essential: true,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
    },
  ],
};

/** api:N on EC2: nginx on host port `hostPort` (80 in api:1: one task per instance). */
export const apiDefinition = (hostPort: number) => ({
  family: API,
  networkMode: 'bridge' as const,
  containerDefinitions: [
    {
      name: API,
      image: 'nginx:latest',
      cpu: 128,
      memory: 128,
      essential: true,
      portMappings: [{ containerPort: 80, hostPort }],
    },
  ],
});

const subnets = (sim: Simulation) => Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId);

/**
 * Cluster `shop`: two m5.large container instances (us-east-1a, 1b) and Fargate. Four services, each broken in its
 * own way:
 * - billing (Fargate, 2): its image is in private ECR; the pull permissions were put on the task role
 *   billing-task, and the execution role billing-execution has none;
 * - orders (EC2, 2): orders:1 runs; the deployment of orders:2 (the demo app's crash build) is under way and its
 *   tasks exit a few seconds after they start; orders' task role orders-task has no policy;
 * - web (EC2, 2, behind the ALB): the target group's health checks go to port 8080 of the instance, where nothing
 *   listens (the container's 8080 is mapped to a dynamic host port);
 * - api (EC2, 3): nginx on static host port 80, on two instances.
 */
const scenario = {
  seed: 21,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    for (const [az, name] of [
      ['us-east-1a', 'shop-a'],
      ['us-east-1b', 'shop-b'],
    ] as const)
      launchContainerInstances(sim, {
        cluster: CLUSTER,
        instanceType: 'm5.large',
        availabilityZone: az,
        name,
      });

    // billing: the image and both roles; the pull permissions on the wrong one
    sim.call('ecr', 'CreateRepository', { repositoryName: BILLING });
    sim.call('sim', 'PushImage', { repositoryName: BILLING, imageTag: 'v1', sourceImage: `${DEMO_APP}:v1` });
    for (const RoleName of [BILLING_EXECUTION, BILLING_TASK, ORDERS_TASK])
      sim.call('iam', 'CreateRole', { RoleName, AssumeRolePolicyDocument: TASKS_TRUST });
    sim.call('iam', 'PutRolePolicy', {
      RoleName: BILLING_TASK,
      PolicyName: 'pull-billing',
      PolicyDocument: PULL_BILLING,
    });

    // web: the ALB's target group checks port 8080 of the instance
    const tg = loadBalancerWithTargetGroup(sim, { name: 'web-alb', targetGroupName: TARGET_GROUP });
    sim.call('elbv2', 'ModifyTargetGroup', { TargetGroupArn: tg, HealthCheckPort: '8080' });
    sim.call('elbv2', 'ModifyTargetGroupAttributes', {
      TargetGroupArn: tg,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }],
    });
    sim.advance(120);

    for (const td of [
      BILLING_V1,
      ordersDefinition('v1'),
      ordersDefinition('crash'),
      WEB_V1,
      apiDefinition(80),
    ])
      sim.call('ecs', 'RegisterTaskDefinition', td);
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: BILLING,
      taskDefinition: `${BILLING}:1`,
      desiredCount: DESIRED[BILLING],
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: subnets(sim), assignPublicIp: 'ENABLED' } },
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: ORDERS,
      taskDefinition: `${ORDERS}:1`,
      desiredCount: DESIRED[ORDERS],
      launchType: 'EC2',
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: WEB,
      taskDefinition: `${WEB}:1`,
      desiredCount: DESIRED[WEB],
      launchType: 'EC2',
      loadBalancers: [{ targetGroupArn: tg, containerName: WEB, containerPort: 8080 }],
      healthCheckGracePeriodSeconds: 30,
    });
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: API,
      taskDefinition: `${API}:1`,
      desiredCount: DESIRED[API],
      launchType: 'EC2',
    });
    sim.advance(120);
    // the release that broke orders
    sim.call('ecs', 'UpdateService', { cluster: CLUSTER, service: ORDERS, taskDefinition: `${ORDERS}:2` });
    sim.advance(120);
  },
  controls: ['services', 'logs', 'identity', 'console', 'decode', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/** On a fresh copy of the lesson: the ECR read-only permissions added to billing's task role, a new deployment, 5 minutes. */
export function taskRoleProbe(): { running: number; reason?: string } {
  const probe = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  probe.call('iam', 'PutRolePolicy', {
    RoleName: BILLING_TASK,
    PolicyName: 'more-ecr',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ecr:*', Resource: '*' }],
    }),
  });
  probe.call('ecs', 'UpdateService', { cluster: CLUSTER, service: BILLING, forceNewDeployment: true });
  probe.advance(300);
  const stopped = Object.values(probe.state.ecs.tasks)
    .filter((t) => t.group === `service:${BILLING}` && t.stoppedReason)
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0];
  return { running: runningOf(probe, BILLING).length, ...(stopped ? { reason: stopped.stoppedReason } : {}) };
}

export const prediction: Prediction = {
  prompt:
    'billing’s tasks stop with "ResourceInitializationError: unable to pull secrets or registry auth: … unable ' +
    'to retrieve ecr registry auth … AccessDeniedException". A teammate gives billing-task (the task role) every ' +
    'ECR action (ecr:*) and forces a new deployment. Five minutes later, what do billing’s tasks do?',
  options: [
    { id: 'runs', text: 'They run: the role now has every ECR permission there is.' },
    { id: 'still-fails', text: 'They still stop with the same registry-auth error.' },
    { id: 'pull-denied', text: 'They get further and stop with CannotPullContainerError 403 instead.' },
    { id: 'pending', text: 'They wait in PENDING until the role change propagates.' },
  ],
  outcome() {
    const probe = taskRoleProbe();
    if (probe.running > 0) return 'runs';
    if (/unable to retrieve ecr registry auth/.test(probe.reason ?? '')) return 'still-fails';
    if (/CannotPullContainerError/.test(probe.reason ?? '')) return 'pull-denied';
    return 'pending';
  },
  explanation:
    'Pulling the image, fetching secrets and creating the log stream happen before any container runs, and ECS ' +
    'does them with the task execution role. The task role is only what the application’s own SDK calls use ' +
    'once it runs, so no permission on it can help a task that fails to start.',
};
