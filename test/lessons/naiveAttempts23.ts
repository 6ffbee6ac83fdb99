import { call, wait } from '../../src/course/steps';
import { ROLE_ARN } from '../../lessons/23-eks-alternative/eks';
import { ROLE_OPTIONS } from '../../lessons/23-eks-alternative/quiz';
import { createOrders, registerOrders, trustEcsTasks } from '../../lessons/23-eks-alternative/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts for lesson 23, in the shape of ./naiveAttempts.ts: what a learner who has not got the
 * idea yet would try, and the goals each must leave unmet.
 */

const ALL = ['behind-alb', 'same-pod', 'task-role'];

export const eks23Attempts: ReadonlyArray<NaiveAttempt> = [
  { name: 'does nothing and waits', steps: [wait(900)], mustMiss: ALL },
  {
    name: 'takes 500m as 500 units and 1Gi as 1000 MB (cpu 256, memory 512: the nearest Fargate size)',
    steps: [
      trustEcsTasks,
      registerOrders({ cpu: '256', memory: '512', taskRole: ROLE_ARN }),
      createOrders(),
      wait(600),
    ],
    mustMiss: ['same-pod'],
  },
  {
    name: 'keeps the old image v1',
    steps: [
      trustEcsTasks,
      registerOrders({ image: 'public.ecr.aws/ecs-sandbox/web:v1', taskRole: ROLE_ARN }),
      createOrders(),
      wait(600),
    ],
    mustMiss: ['same-pod'],
  },
  {
    name: 'runs one task instead of 3 replicas',
    steps: [
      trustEcsTasks,
      registerOrders({ taskRole: ROLE_ARN }),
      createOrders({ desiredCount: 1 }),
      wait(600),
    ],
    mustMiss: ['same-pod', 'behind-alb'],
  },
  {
    name: 'leaves out the load balancer',
    steps: [
      trustEcsTasks,
      registerOrders({ taskRole: ROLE_ARN }),
      createOrders({ loadBalancer: false }),
      wait(600),
    ],
    mustMiss: ['behind-alb'],
  },
  {
    name: 'uses orders-app as it is (trust for the EKS OIDC provider only)',
    steps: ROLE_OPTIONS.unchanged!,
    mustMiss: ['task-role'],
  },
  {
    name: 'puts orders-app in the execution role slot',
    steps: ROLE_OPTIONS.execution!,
    mustMiss: ['task-role'],
  },
  {
    name: 'copies the IRSA annotation into a Docker label',
    steps: ROLE_OPTIONS.label!,
    mustMiss: ['task-role'],
  },
  {
    name: 'makes a new role trusted by ECS but without the S3 permission',
    steps: [
      call('iam', 'CreateRole', {
        RoleName: 'orders-task',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
      registerOrders({ taskRole: 'arn:aws:iam::123456789012:role/orders-task' }),
      createOrders(),
      wait(600),
    ],
    mustMiss: ['task-role'],
  },
];
