import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation, type Simulation } from '../../src/engine/index';
import {
  BUCKET,
  CLUSTER,
  IMAGE,
  IRSA_TRUST,
  OBJECT,
  PORT,
  READ_SETTINGS,
  readSettings,
  ROLE,
  ROLE_ARN,
  subnets,
  TARGET_GROUP,
} from './eks';

/**
 * Cluster `shop` (no instances: Fargate). What the orders team had around its EKS Deployment is already in AWS:
 * the internet-facing ALB `orders-alb` whose listener on port 80 forwards to `orders-tg` (target type ip, port
 * 8080), the bucket `orders-config` with `settings.json`, and the role `orders-app` that may read it. That role
 * still has its EKS trust policy: the cluster's OIDC provider (IRSA), not ECS. No task definition, no service.
 */
const scenario = {
  seed: 23,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    const vpc = Object.values(sim.state.ec2.vpcs).find((v) => v.IsDefault)!.VpcId;
    const alb = sim.call('elbv2', 'CreateLoadBalancer', { Name: 'orders-alb', Subnets: subnets(sim) })
      .LoadBalancers[0]!.LoadBalancerArn;
    const tg = sim.call('elbv2', 'CreateTargetGroup', {
      Name: TARGET_GROUP,
      Protocol: 'HTTP',
      Port: PORT,
      VpcId: vpc,
      TargetType: 'ip',
    }).TargetGroups[0]!.TargetGroupArn;
    sim.call('elbv2', 'CreateListener', {
      LoadBalancerArn: alb,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg }],
    });
    sim.call('s3api', 'CreateBucket', { Bucket: BUCKET });
    sim.call('s3api', 'PutObject', { Bucket: BUCKET, Key: OBJECT, Body: '{"currency":"EUR","maxItems":50}' });
    sim.call('iam', 'CreateRole', { RoleName: ROLE, AssumeRolePolicyDocument: IRSA_TRUST });
    sim.call('iam', 'PutRolePolicy', {
      RoleName: ROLE,
      PolicyName: 'read-settings',
      PolicyDocument: READ_SETTINGS,
    });
    sim.advance(60);
  },
  controls: ['editor', 'services', 'identity', 'kubernetes', 'console', 'map', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/**
 * On a fresh copy of the lesson: one Fargate task of a definition whose task role is orders-app as it is (IRSA
 * trust), then its app reads settings.json. What the app gets.
 */
export function unchangedRoleProbe(): { allowed: boolean; message: string } {
  const probe: Simulation = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  probe.call('ecs', 'RegisterTaskDefinition', {
    family: 'orders-probe',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    taskRoleArn: ROLE_ARN,
    containerDefinitions: [{ name: 'orders', image: IMAGE, portMappings: [{ containerPort: PORT }] }],
  });
  const task = probe.call('ecs', 'RunTask', {
    cluster: CLUSTER,
    taskDefinition: 'orders-probe',
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: subnets(probe), assignPublicIp: 'ENABLED' } },
  }).tasks[0];
  if (!task) return { allowed: false, message: 'the probe task did not start' };
  probe.advance(120);
  const running = probe.state.ecs.tasks[task.taskArn];
  if (running?.lastStatus !== 'RUNNING') return { allowed: false, message: 'the probe task did not start' };
  return readSettings(probe, running);
}

export const prediction: Prediction = {
  prompt:
    'On EKS the orders pods read settings.json through the ServiceAccount annotated with role orders-app. ' +
    'You put that same role ARN in the task definition’s taskRoleArn and change nothing else. The task ' +
    'starts; its app reads s3://orders-config/settings.json. What happens?',
  options: [
    { id: 'works', text: 'It reads the file: same role, same permissions.' },
    {
      id: 'no-credentials',
      text: 'It is refused: the role’s trust policy lets only the EKS cluster’s OIDC provider assume it, so ECS cannot get credentials for the task.',
    },
    { id: 'register', text: 'ECS refuses to register the task definition: the role is an EKS role.' },
    { id: 'policy', text: 'It is refused because the role’s policy only allows pods, not tasks.' },
  ],
  outcome() {
    const probe = unchangedRoleProbe();
    if (probe.message === 'the probe task did not start') return 'register';
    if (probe.allowed) return 'works';
    return /trust|assume|credentials/i.test(probe.message) ? 'no-credentials' : 'policy';
  },
  explanation:
    'A role is used by whoever its trust policy names. On EKS with IRSA that is the cluster’s OIDC provider ' +
    '(sts:AssumeRoleWithWebIdentity for one service account); with EKS Pod Identity it is ' +
    'pods.eks.amazonaws.com. ECS assumes a task role as ecs-tasks.amazonaws.com. The permissions can stay; ' +
    'the trust has to name ECS (or a new role that trusts ECS gets the same permissions).',
};
