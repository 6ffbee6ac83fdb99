import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import {
  EXECUTION_ROLE,
  INSTANCE_ROLE,
  MEDIA,
  OFFICE,
  READ_REPORTS_POLICY,
  REPORTS,
  roleArn,
  S3_READ_ONLY,
  STARTUP_POLICY,
  TASK_EXECUTION_POLICY,
  TASK_ROLE,
  TASKS_TRUST,
  THUMBNAILS_POLICY,
  THUMBS,
  SECRET_ARN_PATTERN,
  policy,
} from './roles';
import { officeTaskDefinition, secretArn, thumbsTaskDefinition } from './scenario';

export const putPolicy = (RoleName: string, PolicyName: string, PolicyDocument: string) =>
  call('iam', 'PutRolePolicy', { RoleName, PolicyName, PolicyDocument });

export const deletePolicy = (RoleName: string, PolicyName: string) =>
  call('iam', 'DeleteRolePolicy', { RoleName, PolicyName });

/** A new deployment of thumbs: the service retries at once instead of waiting out its back-off. */
export const redeployThumbs = call('ecs', 'UpdateService', {
  cluster: MEDIA,
  service: THUMBS,
  forceNewDeployment: true,
});

/** reports gets a task role of its own that reads its bucket; the instance role loses S3. */
export const reportsTaskRole: Step[] = [
  call('iam', 'CreateRole', { RoleName: 'reports-task', AssumeRolePolicyDocument: TASKS_TRUST }),
  putPolicy('reports-task', 'read-reports', READ_REPORTS_POLICY),
  call('ecs', 'RegisterTaskDefinition', officeTaskDefinition(REPORTS, roleArn('reports-task'))),
  call('ecs', 'UpdateService', { cluster: OFFICE, service: REPORTS, taskDefinition: REPORTS }),
];

export const instanceRoleWithoutS3 = call('iam', 'DetachRolePolicy', {
  RoleName: INSTANCE_ROLE,
  PolicyArn: S3_READ_ONLY,
});

/**
 * Each permission moves to the role that uses it: the start-up statements to thumbs-execution, the thumbnail
 * write to thumbs-task; then a new deployment. In office, reports gets its own task role and the instance role
 * loses S3.
 */
export default [
  putPolicy(EXECUTION_ROLE, 'startup', STARTUP_POLICY),
  deletePolicy(EXECUTION_ROLE, 'thumbnails'),
  putPolicy(TASK_ROLE, 'thumbnails', THUMBNAILS_POLICY),
  deletePolicy(TASK_ROLE, 'startup'),
  redeployThumbs,
  ...reportsTaskRole,
  instanceRoleWithoutS3,
  wait(300),
] satisfies Step[];

/** Only the secret statement, for the execution role that has the managed policy. */
export const READ_SECRET_POLICY = policy({
  Effect: 'Allow',
  Action: 'secretsmanager:GetSecretValue',
  Resource: SECRET_ARN_PATTERN,
});

export const alternatives: Step[][] = [
  // the AWS managed policy for pull and logs plus a secret statement; the task role's policy replaced in place
  [
    deletePolicy(EXECUTION_ROLE, 'thumbnails'),
    call('iam', 'AttachRolePolicy', { RoleName: EXECUTION_ROLE, PolicyArn: TASK_EXECUTION_POLICY }),
    putPolicy(EXECUTION_ROLE, 'read-api-key', READ_SECRET_POLICY),
    putPolicy(TASK_ROLE, 'startup', THUMBNAILS_POLICY),
    instanceRoleWithoutS3,
    ...reportsTaskRole,
    redeployThumbs,
    wait(300),
  ],
  // leave the roles alone and swap them in a new revision: the role holding the start-up statements becomes
  // the execution role (names aside, what each role may do is what counts)
  [
    call('ecs', 'RegisterTaskDefinition', (sim) => ({
      ...thumbsTaskDefinition(secretArn(sim)),
      executionRoleArn: roleArn(TASK_ROLE),
      taskRoleArn: roleArn(EXECUTION_ROLE),
    })),
    call('ecs', 'UpdateService', { cluster: MEDIA, service: THUMBS, taskDefinition: THUMBS }),
    ...reportsTaskRole,
    instanceRoleWithoutS3,
    wait(300),
  ],
];
