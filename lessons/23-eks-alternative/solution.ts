import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { ACCOUNT_ID, type Simulation } from '../../src/engine/index';
import {
  CLUSTER,
  CONTAINER,
  CPU_UNITS,
  IMAGE,
  MEMORY_MIB,
  PORT,
  READ_SETTINGS,
  REPLICAS,
  ROLE,
  ROLE_ARN,
  SERVICE,
  subnets,
  targetGroupArn,
  TASKS_TRUST,
  IRSA_AND_TASKS_TRUST,
} from './eks';

/** The ECS side of the Deployment's pod template, with what a learner might get different. */
export interface OrdersOptions {
  readonly cpu?: string;
  readonly memory?: string;
  readonly image?: string;
  /** taskRoleArn (undefined: none) */
  readonly taskRole?: string;
  /** the role put in executionRoleArn instead (a mix-up of the two slots) */
  readonly executionRole?: string;
  /** the IRSA annotation copied as a Docker label (it means nothing to ECS) */
  readonly annotationAsLabel?: boolean;
}

export function ordersDefinition(options: OrdersOptions = {}): Record<string, unknown> {
  return {
    family: SERVICE,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: options.cpu ?? CPU_UNITS,
    memory: options.memory ?? MEMORY_MIB,
    ...(options.taskRole ? { taskRoleArn: options.taskRole } : {}),
    ...(options.executionRole ? { executionRoleArn: options.executionRole } : {}),
    containerDefinitions: [
      {
        name: CONTAINER,
        image: options.image ?? IMAGE,
        essential: true,
        portMappings: [{ containerPort: PORT, protocol: 'tcp' }],
        ...(options.annotationAsLabel ? { dockerLabels: { 'eks.amazonaws.com/role-arn': ROLE_ARN } } : {}),
      },
    ],
  };
}

export const registerOrders = (options: OrdersOptions = {}): Step =>
  call('ecs', 'RegisterTaskDefinition', ordersDefinition(options) as never);

/** The service: replicas → desiredCount, the LoadBalancer Service → the ALB's target group. */
export const createOrders = (options: { desiredCount?: number; loadBalancer?: boolean } = {}): Step =>
  call('ecs', 'CreateService', ((sim: Simulation) => ({
    cluster: CLUSTER,
    serviceName: SERVICE,
    taskDefinition: SERVICE,
    desiredCount: options.desiredCount ?? REPLICAS,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: subnets(sim), assignPublicIp: 'ENABLED' } },
    ...(options.loadBalancer === false
      ? {}
      : {
          loadBalancers: [
            { targetGroupArn: targetGroupArn(sim), containerName: CONTAINER, containerPort: PORT },
          ],
        }),
  })) as never);

/** orders-app trusts ECS tasks too (a second statement; the EKS service account keeps it during the move). */
export const trustEcsTasks = call('iam', 'UpdateAssumeRolePolicy', {
  RoleName: ROLE,
  PolicyDocument: IRSA_AND_TASKS_TRUST,
});

/**
 * orders-app is made assumable by ECS; orders:1 is the pod template (web:v2 on 8080, 512 CPU units = 500m,
 * 1024 MiB = 1Gi, task role orders-app); the service runs 3 copies behind orders-tg.
 */
export default [
  trustEcsTasks,
  registerOrders({ taskRole: ROLE_ARN }),
  createOrders(),
  wait(300),
] satisfies Step[];

/** The learner keeps orders-app for EKS and gives ECS its own role with the same permission. */
const ORDERS_TASK_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/orders-task`;

export const alternatives: Step[][] = [
  [
    call('iam', 'CreateRole', { RoleName: 'orders-task', AssumeRolePolicyDocument: TASKS_TRUST }),
    call('iam', 'PutRolePolicy', {
      RoleName: 'orders-task',
      PolicyName: 'read-settings',
      PolicyDocument: READ_SETTINGS,
    }),
    registerOrders({ taskRole: ORDERS_TASK_ARN }),
    createOrders(),
    wait(300),
  ],
  // service first with 1 task and the wrong size, then fixed: a later revision and UpdateService
  [
    registerOrders({ cpu: '256', memory: '512' }),
    createOrders({ desiredCount: 1 }),
    wait(120),
    trustEcsTasks,
    registerOrders({ taskRole: ROLE_ARN }),
    call('ecs', 'UpdateService', {
      cluster: CLUSTER,
      service: SERVICE,
      taskDefinition: SERVICE,
      desiredCount: REPLICAS,
    }),
    wait(600),
  ],
];
