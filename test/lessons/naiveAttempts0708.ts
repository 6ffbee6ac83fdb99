import { call, wait } from '../../src/course/steps';
import {
  EXECUTION_ROLE,
  INSTANCE_ROLE,
  OFFICE,
  policy,
  READ_REPORTS_POLICY,
  REPORTS,
  roleArn,
  S3_FULL_ACCESS,
  S3_READ_ONLY,
  STARTUP_POLICY,
  TASK_EXECUTION_POLICY,
  TASK_ROLE,
  THUMBNAILS_POLICY,
} from '../../lessons/07-three-roles/roles';
import { officeTaskDefinition } from '../../lessons/07-three-roles/scenario';
import {
  deletePolicy,
  instanceRoleWithoutS3,
  putPolicy,
  READ_SECRET_POLICY,
  redeployThumbs,
  reportsTaskRole,
} from '../../lessons/07-three-roles/solution';
import { CLUSTER, PASSWORD_V1, PASSWORD_V2, SERVICE } from '../../lessons/08-config-secrets/config';
import {
  allowExecution,
  createSecret,
  deployLatest,
  redeploy,
  registerOrders,
  rotateSecret,
  toSecret,
} from '../../lessons/08-config-secrets/moves';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts for lessons 7 and 8, in the shape of ./naiveAttempts.ts: what a learner who has not
 * got the idea yet would try, and the goals each must leave unmet.
 */

const THUMBS_GOALS = ['thumbs-running', 'app-writes', 'least-privilege'];

export const threeRoles07Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'does nothing and waits',
    steps: [wait(900)],
    mustMiss: [...THUMBS_GOALS, 'only-reports-reads'],
  },
  {
    name: 'attaches the AWS execution policy to thumbs-execution and nothing else (no secret read)',
    steps: [
      call('iam', 'AttachRolePolicy', { RoleName: EXECUTION_ROLE, PolicyArn: TASK_EXECUTION_POLICY }),
      redeployThumbs,
      wait(600),
    ],
    mustMiss: THUMBS_GOALS,
  },
  {
    name: 'adds the start-up statements to the task role a second time and redeploys',
    steps: [putPolicy(TASK_ROLE, 'startup-again', STARTUP_POLICY), redeployThumbs, wait(600)],
    mustMiss: THUMBS_GOALS,
  },
  {
    name: 'gives both roles every permission',
    steps: [
      putPolicy(EXECUTION_ROLE, 'startup', STARTUP_POLICY),
      putPolicy(TASK_ROLE, 'thumbnails', THUMBNAILS_POLICY),
      redeployThumbs,
      wait(600),
    ],
    mustMiss: ['least-privilege'],
  },
  {
    name: 'fixes the execution role but gives the task role AmazonS3FullAccess',
    steps: [
      putPolicy(EXECUTION_ROLE, 'startup', STARTUP_POLICY),
      deletePolicy(EXECUTION_ROLE, 'thumbnails'),
      deletePolicy(TASK_ROLE, 'startup'),
      call('iam', 'AttachRolePolicy', { RoleName: TASK_ROLE, PolicyArn: S3_FULL_ACCESS }),
      redeployThumbs,
      wait(600),
    ],
    mustMiss: ['least-privilege'],
  },
  {
    name: 'moves the start-up statements but forgets the application’s S3 write',
    steps: [
      deletePolicy(EXECUTION_ROLE, 'thumbnails'),
      call('iam', 'AttachRolePolicy', { RoleName: EXECUTION_ROLE, PolicyArn: TASK_EXECUTION_POLICY }),
      putPolicy(EXECUTION_ROLE, 'read-api-key', READ_SECRET_POLICY),
      deletePolicy(TASK_ROLE, 'startup'),
      redeployThumbs,
      wait(600),
    ],
    mustMiss: ['app-writes'],
  },
  {
    name: 'gives reports a task role but leaves S3 on the instance role',
    steps: [...reportsTaskRole, wait(600)],
    mustMiss: ['only-reports-reads'],
  },
  {
    name: 'takes S3 off the instance role only',
    steps: [instanceRoleWithoutS3, wait(600)],
    mustMiss: ['only-reports-reads'],
  },
  {
    name: 'gives frontend and reports one shared task role that reads the bucket',
    steps: [
      call('iam', 'CreateRole', {
        RoleName: 'office-task',
        AssumeRolePolicyDocument: policy({
          Effect: 'Allow',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: 'sts:AssumeRole',
        }),
      }),
      putPolicy('office-task', 'read-reports', READ_REPORTS_POLICY),
      ...['frontend', REPORTS].flatMap((family) => [
        call('ecs', 'RegisterTaskDefinition', officeTaskDefinition(family, roleArn('office-task'))),
        call('ecs', 'UpdateService', { cluster: OFFICE, service: family, taskDefinition: family }),
      ]),
      instanceRoleWithoutS3,
      wait(600),
    ],
    mustMiss: ['only-reports-reads'],
  },
  {
    name: 'moves S3 read from the instance role to the execution role of reports',
    steps: [
      call('iam', 'CreateRole', {
        RoleName: 'reports-exec',
        AssumeRolePolicyDocument: policy({
          Effect: 'Allow',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: 'sts:AssumeRole',
        }),
      }),
      call('iam', 'AttachRolePolicy', { RoleName: 'reports-exec', PolicyArn: S3_READ_ONLY }),
      call('ecs', 'RegisterTaskDefinition', {
        ...officeTaskDefinition(REPORTS),
        executionRoleArn: roleArn('reports-exec'),
      }),
      call('ecs', 'UpdateService', { cluster: OFFICE, service: REPORTS, taskDefinition: REPORTS }),
      call('iam', 'DetachRolePolicy', { RoleName: INSTANCE_ROLE, PolicyArn: S3_READ_ONLY }),
      wait(600),
    ],
    mustMiss: ['only-reports-reads'],
  },
];

const dbSecretWith = (password: string) => JSON.stringify({ username: 'orders', password });

export const configSecrets08Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'does nothing and waits',
    steps: [wait(900)],
    mustMiss: ['no-plain-password', 'password-from-secret', 'settings-from-file', 'rotation-picked-up'],
  },
  {
    name: 'moves the password into the settings file in S3',
    steps: [
      call('s3api', 'PutObject', {
        Bucket: 'orders-config',
        Key: 'orders.env',
        Body: `LOG_LEVEL=debug\nCHECKOUT_V2=on\nDB_PASSWORD=${PASSWORD_V1}\n`,
      }),
      allowExecution('secret', true),
      registerOrders({ password: 'none', file: true }),
      deployLatest,
      wait(600),
    ],
    mustMiss: ['no-plain-password', 'password-from-secret', 'rotation-picked-up'],
  },
  {
    name: 'references the secret without letting the execution role read it',
    steps: [createSecret, registerOrders({ password: 'secret', file: false }), deployLatest, wait(900)],
    mustMiss: ['no-plain-password', 'password-from-secret', 'settings-from-file', 'rotation-picked-up'],
  },
  {
    name: 'adds the settings file but leaves LOG_LEVEL in environment',
    steps: [
      createSecret,
      allowExecution('secret', true),
      registerOrders({ password: 'secret', file: true, keepLogLevel: true }),
      deployLatest,
      wait(600),
    ],
    mustMiss: ['settings-from-file', 'rotation-picked-up'],
  },
  {
    name: 'adds the settings file without S3 permissions',
    steps: [
      createSecret,
      allowExecution('secret', false),
      registerOrders({ password: 'secret', file: true }),
      deployLatest,
      wait(900),
    ],
    mustMiss: ['no-plain-password', 'password-from-secret', 'settings-from-file', 'rotation-picked-up'],
  },
  {
    name: 'rotates the secret and waits for the tasks to notice',
    steps: [...toSecret, rotateSecret, wait(1200)],
    mustMiss: ['rotation-picked-up'],
  },
  {
    name: 'rotates by registering a new revision with the new password in the secret',
    steps: [
      ...toSecret,
      rotateSecret,
      registerOrders({ password: 'secret', file: true }),
      deployLatest,
      wait(600),
    ],
    mustMiss: ['rotation-picked-up'],
  },
  {
    name: 'creates the secret with the new password from the start and redeploys',
    steps: [
      call('secretsmanager', 'CreateSecret', { Name: 'orders/db', SecretString: dbSecretWith(PASSWORD_V2) }),
      allowExecution('secret', true),
      registerOrders({ password: 'secret', file: true }),
      deployLatest,
      wait(300),
      redeploy,
      wait(600),
    ],
    mustMiss: ['rotation-picked-up'],
  },
  {
    name: 'puts the new password in a plain environment value',
    steps: [
      ...toSecret,
      rotateSecret,
      call('ecs', 'RegisterTaskDefinition', {
        family: SERVICE,
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          {
            name: 'orders',
            image: 'public.ecr.aws/ecs-sandbox/web:v1',
            environment: [{ name: 'DB_PASSWORD', value: PASSWORD_V2 }],
          },
        ],
      }),
      call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, taskDefinition: SERVICE }),
      wait(600),
    ],
    mustMiss: ['no-plain-password', 'password-from-secret', 'rotation-picked-up'],
  },
];
