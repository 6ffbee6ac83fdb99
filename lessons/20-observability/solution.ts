import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { CHECKOUT_V1 } from './scenario';
import { awslogs, CLUSTER, EXECUTION_ROLE, LOG_GROUP, LOGS_FULL_ACCESS, policy, SERVICE } from './logs';

/** checkout:2: the worker logs like web (both to `group`, creating it when `createGroup`). */
export const registerCheckout = (
  options: { group?: string; workerGroup?: string; createGroup?: boolean; workerLogs?: boolean } = {},
): Step => {
  const [web, worker] = CHECKOUT_V1.containerDefinitions;
  return call('ecs', 'RegisterTaskDefinition', {
    ...CHECKOUT_V1,
    containerDefinitions: [
      { ...web!, logConfiguration: awslogs({ group: options.group, createGroup: options.createGroup }) },
      options.workerLogs === false
        ? worker!
        : {
            ...worker!,
            logConfiguration: awslogs({
              group: options.workerGroup ?? options.group,
              createGroup: options.createGroup,
            }),
          },
    ],
  } as never);
};

export const createGroup = (name = LOG_GROUP): Step => call('logs', 'CreateLogGroup', { logGroupName: name });

export const retain = (days: number): Step =>
  call('logs', 'PutRetentionPolicy', { logGroupName: LOG_GROUP, retentionInDays: days });

export const deployCheckout = call('ecs', 'UpdateService', {
  cluster: CLUSTER,
  service: SERVICE,
  taskDefinition: SERVICE,
});

export const allowCreateGroup = call('iam', 'PutRolePolicy', {
  RoleName: EXECUTION_ROLE,
  PolicyName: 'create-log-groups',
  PolicyDocument: policy({ Effect: 'Allow', Action: 'logs:CreateLogGroup', Resource: '*' }),
});

export const attachLogsFullAccess = call('iam', 'AttachRolePolicy', {
  RoleName: EXECUTION_ROLE,
  PolicyArn: LOGS_FULL_ACCESS,
});

/** The learner's reading: where did the worker's error go? */
export const findErrors = call('logs', 'FilterLogEvents', {
  logGroupName: LOG_GROUP,
  filterPattern: 'ERROR',
});

/**
 * The group created with 30 days' retention; checkout:2 sends the worker's output there too; the service moves to
 * it; after a few minutes the worker's error is found with a filter.
 */
export default [
  createGroup(),
  retain(30),
  registerCheckout(),
  deployCheckout,
  wait(600),
  findErrors,
] satisfies Step[];

export const alternatives: Step[][] = [
  // awslogs-create-group with only logs:CreateLogGroup added to the execution role; retention once the group exists
  [
    allowCreateGroup,
    registerCheckout({ createGroup: true }),
    deployCheckout,
    wait(600),
    retain(60),
    wait(60),
  ],
  // the lazy fix first (CloudWatchLogsFullAccess), then taken back
  [
    attachLogsFullAccess,
    registerCheckout({ createGroup: true }),
    deployCheckout,
    wait(300),
    retain(90),
    call('iam', 'DetachRolePolicy', { RoleName: EXECUTION_ROLE, PolicyArn: LOGS_FULL_ACCESS }),
    wait(300),
  ],
];
