import { containerInstancesInput } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { apiDefinition } from './scenario';
import {
  API,
  BILLING,
  BILLING_EXECUTION,
  CLUSTER,
  EXEC_POLICY,
  EXECUTION_POLICY,
  ORDERS,
  ORDERS_TASK,
  PULL_BILLING,
  targetGroupArn,
} from './shop';

/** billing: the start-up permissions on the execution role (the AWS managed policy, or `inline` least privilege). */
export const fixBillingRole = (how: 'managed' | 'inline' = 'managed'): Step =>
  how === 'managed'
    ? call('iam', 'AttachRolePolicy', { RoleName: BILLING_EXECUTION, PolicyArn: EXECUTION_POLICY })
    : call('iam', 'PutRolePolicy', {
        RoleName: BILLING_EXECUTION,
        PolicyName: 'pull-billing',
        PolicyDocument: PULL_BILLING,
      });

export const redeploy = (service: string): Step =>
  call('ecs', 'UpdateService', { cluster: CLUSTER, service, forceNewDeployment: true });

/** orders back on orders:1 (optionally turning ECS Exec on in the same request). */
export const rollBackOrders = (exec = false): Step =>
  call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: ORDERS,
    taskDefinition: `${ORDERS}:1`,
    ...(exec ? { enableExecuteCommand: true } : {}),
  });

/** The four ssmmessages actions on a role (orders-task by default). */
export const allowExec = (roleName = ORDERS_TASK): Step =>
  call('iam', 'PutRolePolicy', { RoleName: roleName, PolicyName: 'ecs-exec', PolicyDocument: EXEC_POLICY });

export const enableExec = (force: boolean): Step =>
  call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: ORDERS,
    enableExecuteCommand: true,
    ...(force ? { forceNewDeployment: true } : {}),
  });

/** web-tg's health checks go to the port each target was registered with. */
export const checkTrafficPort = call('elbv2', 'ModifyTargetGroup', ((sim: Simulation) => ({
  TargetGroupArn: targetGroupArn(sim),
  HealthCheckPort: 'traffic-port',
})) as never);

/** api:2 on host port `hostPort` (0 = dynamic), and api moved to it. */
export const redeployApi = (hostPort = 0): Step[] => [
  call('ecs', 'RegisterTaskDefinition', apiDefinition(hostPort)),
  call('ecs', 'UpdateService', { cluster: CLUSTER, service: API, taskDefinition: `${API}:2` }),
];

/**
 * billing-execution gets the managed execution policy and billing tries again; orders-task may open Exec channels,
 * and orders rolls back to orders:1 with ECS Exec on (so its new tasks have the agent); web-tg checks the traffic
 * port; api moves to dynamic host ports.
 */
export default [
  fixBillingRole(),
  redeploy(BILLING),
  allowExec(),
  rollBackOrders(true),
  checkTrafficPort,
  ...redeployApi(),
  wait(420),
] satisfies Step[];

export const alternatives: Step[][] = [
  // least privilege for billing with no forced redeploy (the scheduler's back-off retries it); a third instance for
  // api instead of dynamic ports; orders rolled back first, Exec enabled later with its own forced deployment
  [
    fixBillingRole('inline'),
    rollBackOrders(),
    checkTrafficPort,
    call(
      'ec2',
      'RunInstances',
      containerInstancesInput({
        cluster: CLUSTER,
        instanceType: 'm5.large',
        availabilityZone: 'us-east-1c',
        name: 'shop-c',
      }),
    ),
    wait(300),
    allowExec(),
    enableExec(true),
    wait(1200),
  ],
];
