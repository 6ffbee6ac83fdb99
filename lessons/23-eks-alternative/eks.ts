import { ACCOUNT_ID, type Simulation, type Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** Names of lesson 23: the `orders` Deployment moving from EKS (on a Fargate profile) to ECS on Fargate. */
export const CLUSTER = 'shop';
export const SERVICE = 'orders';
export const CONTAINER = 'orders';
export const IMAGE = 'public.ecr.aws/ecs-sandbox/web:v2';
export const PORT = 8080;
export const REPLICAS = 3;
/** the manifest's requests (= limits): 500m CPU and 1Gi memory, i.e. 512 CPU units and 1024 MiB */
export const CPU_UNITS = '512';
export const MEMORY_MIB = '1024';
export const ROLE = 'orders-app';
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/${ROLE}`;
export const BUCKET = 'orders-config';
export const OBJECT = 'settings.json';
export const OBJECT_ARN = `arn:aws:s3:::${BUCKET}/${OBJECT}`;
export const TARGET_GROUP = 'orders-tg';
/** the EKS cluster's OIDC provider (an example id: the sandbox has no EKS) */
export const OIDC_PROVIDER = `arn:aws:iam::${ACCOUNT_ID}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B7`;

/** A policy document as IAM takes it (a JSON string). */
export const policy = (...Statement: ReadonlyArray<Record<string, unknown>>) =>
  JSON.stringify({ Version: '2012-10-17', Statement });

/** The trust orders-app had on EKS: the cluster's OIDC provider, for the orders service account (IRSA). */
const IRSA_STATEMENT = {
  Effect: 'Allow',
  Principal: { Federated: OIDC_PROVIDER },
  Action: 'sts:AssumeRoleWithWebIdentity',
  Condition: {
    StringEquals: {
      'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B7:sub':
        'system:serviceaccount:default:orders',
    },
  },
};
const TASKS_STATEMENT = {
  Effect: 'Allow',
  Principal: { Service: 'ecs-tasks.amazonaws.com' },
  Action: 'sts:AssumeRole',
};

/** What ECS needs in a task role's trust policy. */
export const TASKS_TRUST = policy(TASKS_STATEMENT);
export const IRSA_TRUST = policy(IRSA_STATEMENT);
/** During a move: orders-app trusted by the EKS service account (IRSA) and by ECS tasks, one statement each. */
export const IRSA_AND_TASKS_TRUST = policy(IRSA_STATEMENT, TASKS_STATEMENT);

/** The permission orders-app carries: read the app's settings. */
export const READ_SETTINGS = policy({
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: `arn:aws:s3:::${BUCKET}/*`,
});

/** The default subnets of two AZs, for the service and the load balancer. */
export const subnets = (sim: Simulation): string[] =>
  Object.values(sim.state.ec2.subnets)
    .filter((s) => s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b')
    .map((s) => s.SubnetId);

/** The ARN of target group orders-tg (built by the scenario). */
export const targetGroupArn = (sim: Simulation): string =>
  Object.values(sim.state.elbv2.targetGroups).find((tg) => tg.TargetGroupName === TARGET_GROUP)!
    .TargetGroupArn;

/** The ACTIVE service `orders` of `shop`, if any. */
export const ordersService = (sim: Simulation) =>
  Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );

/** The RUNNING tasks of service orders. */
export const runningOrders = (sim: Simulation): Task[] =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) =>
      arnName(t.clusterArn) === CLUSTER && t.group === `service:${SERVICE}` && t.lastStatus === 'RUNNING',
  );

/** What the app in `task` gets when it reads s3://orders-config/settings.json (on a copy of the simulation). */
export function readSettings(sim: Simulation, task: Task): { allowed: boolean; message: string } {
  const out = sim.fork().callByName('sim', 'CallAws', {
    cluster: CLUSTER,
    task: task.taskArn,
    action: 's3:GetObject',
    resource: OBJECT_ARN,
  }) as { allowed: boolean; message: string };
  return { allowed: out.allowed, message: out.message };
}
