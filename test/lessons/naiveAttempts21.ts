import { call, wait } from '../../src/course/steps';
import type { Simulation } from '../../src/engine';
import {
  allowExec,
  checkTrafficPort,
  enableExec,
  fixBillingRole,
  redeploy,
  redeployApi,
  rollBackOrders,
} from '../../lessons/21-troubleshooting-exec/solution';
import {
  API,
  BILLING,
  BILLING_EXECUTION,
  BILLING_TASK,
  CLUSTER,
  EXECUTION_POLICY,
  ORDERS,
  targetGroupArn,
  WEB,
} from '../../lessons/21-troubleshooting-exec/shop';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts at lesson 21, in the shape of ./naiveAttempts.ts: what a learner who reads the symptom
 * and not the cause would try, and the goals each must leave unmet.
 */

const ALL = ['billing-steady', 'orders-steady', 'web-steady', 'api-steady', 'exec-ready'];

/** every fix but the one `skip` names, so an attempt shows its own wrong move is what fails */
const fixesBut = (skip: 'billing' | 'orders' | 'web' | 'api' | 'exec') => [
  ...(skip === 'billing' ? [] : [fixBillingRole(), redeploy(BILLING)]),
  ...(skip === 'exec' ? [rollBackOrders()] : skip === 'orders' ? [] : [allowExec(), rollBackOrders(true)]),
  ...(skip === 'web' ? [] : [checkTrafficPort]),
  ...(skip === 'api' ? [] : redeployApi()),
];

export const troubleshooting21Attempts: ReadonlyArray<NaiveAttempt> = [
  { name: 'does nothing and waits', steps: [wait(600)], mustMiss: ALL },
  {
    name: 'gives the task role the managed execution policy (billing)',
    steps: [
      call('iam', 'AttachRolePolicy', { RoleName: BILLING_TASK, PolicyArn: EXECUTION_POLICY }),
      ...fixesBut('billing'),
      redeploy(BILLING),
      wait(900),
    ],
    mustMiss: ['billing-steady'],
  },
  {
    name: 'swaps billing to a public image instead of fixing the role',
    steps: [
      call('ecs', 'RegisterTaskDefinition', {
        family: BILLING,
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '256',
        memory: '512',
        executionRoleArn: `arn:aws:iam::123456789012:role/${BILLING_EXECUTION}`,
        containerDefinitions: [
          { name: BILLING, image: 'public.ecr.aws/ecs-sandbox/web:v1', essential: true },
        ],
      }),
      call('ecs', 'UpdateService', { cluster: CLUSTER, service: BILLING, taskDefinition: `${BILLING}:2` }),
      ...fixesBut('billing'),
      wait(900),
    ],
    mustMiss: ['billing-steady'],
  },
  {
    name: 'forces a new deployment of orders (the crashing revision again)',
    steps: [...fixesBut('orders'), allowExec(), enableExec(true), wait(900)],
    mustMiss: ['orders-steady', 'exec-ready'],
  },
  {
    name: 'scales the failing services down to what runs',
    steps: [
      ...fixesBut('api'),
      call('ecs', 'UpdateService', { cluster: CLUSTER, service: API, desiredCount: 2 }),
      wait(900),
    ],
    mustMiss: ['api-steady'],
  },
  {
    name: 'gives web a long health check grace period',
    steps: [
      ...fixesBut('web'),
      call('ecs', 'UpdateService', { cluster: CLUSTER, service: WEB, healthCheckGracePeriodSeconds: 3600 }),
      wait(900),
    ],
    mustMiss: ['web-steady'],
  },
  {
    name: 'changes the health check path of web-tg to /health',
    steps: [
      ...fixesBut('web'),
      call('elbv2', 'ModifyTargetGroup', ((sim: Simulation) => ({
        TargetGroupArn: targetGroupArn(sim),
        HealthCheckPath: '/health',
      })) as never),
      wait(900),
    ],
    mustMiss: ['web-steady'],
  },
  {
    name: 'turns ECS Exec on without forcing new tasks',
    steps: [...fixesBut('exec'), allowExec(), wait(300), enableExec(false), wait(900)],
    mustMiss: ['exec-ready'],
  },
  {
    name: 'turns ECS Exec on and puts ssmmessages on the instance role',
    steps: [...fixesBut('exec'), allowExec('ecsInstanceRole'), enableExec(true), wait(900)],
    mustMiss: ['exec-ready'],
  },
  {
    name: 'puts ssmmessages on orders-task but never turns ECS Exec on',
    steps: [...fixesBut('exec'), allowExec(), redeploy(ORDERS), wait(900)],
    mustMiss: ['exec-ready'],
  },
];
