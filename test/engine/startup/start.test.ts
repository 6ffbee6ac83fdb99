import { describe, expect, it } from 'vitest';
import type { Task } from '../../../src/engine/model/ecs';
import { putObject, putParameter, putSecret, pushImage, rotateSecret } from './state';
import {
  ACCOUNT,
  awslogs,
  ec2App,
  EXEC_ROLE,
  fargateApp,
  INSTANCE_ID,
  startWorld,
  type StartWorld,
} from './world';

/** Every failure mode of a task's start-up work, with the stoppedReason ECS gives (startup/start.ts). */

const REQUEST_ID = /request id: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXEC_SESSION = (t: Task) =>
  `User: arn:aws:sts::${ACCOUNT}:assumed-role/ecsTaskExecutionRole/${t.taskArn.split('/').pop()}`;

/** Replaces the execution role's policies with exactly these statements. */
function execRoleAllows(w: StartWorld, statements: Array<{ Action: string | string[]; Resource: string }>) {
  w.role(
    'ecsTaskExecutionRole',
    'ecs-tasks.amazonaws.com',
    statements.map((s) => ({ Effect: 'Allow' as const, ...s })),
  );
}

function failed(w: StartWorld, arn: string): Task {
  const t = w.after(60, arn);
  expect(t.lastStatus).toBe('STOPPED');
  expect(t.stopCode).toBe('TaskFailedToStart');
  return t;
}

function started(w: StartWorld, arn: string): Task {
  const t = w.after(120, arn);
  expect(t.stoppedReason).toBeUndefined();
  expect(t.lastStatus).toBe('RUNNING');
  return t;
}

const callsOf = (w: StartWorld, t: Task) =>
  Object.values(w.state.iam.calls).filter((c) => c.taskArn === t.taskArn);

describe('Fargate: secrets from Parameter Store', () => {
  it('reads the parameter with the execution role and injects it, marked secret', () => {
    const w = startWorld();
    putParameter(w.state, '/app/db-url', 'postgres://db');
    execRoleAllows(w, [{ Action: 'ssm:GetParameters', Resource: '*' }]);
    w.register(fargateApp({ secrets: [{ name: 'DB_URL', valueFrom: '/app/db-url' }] }));
    const t = started(w, w.run('FARGATE'));
    expect(t.containerConfig!['web']).toContainEqual({
      name: 'DB_URL',
      value: 'postgres://db',
      source: 'ssm',
      from: '/app/db-url',
      secret: true,
    });
    expect(callsOf(w, t)).toContainEqual(
      expect.objectContaining({
        principal: 'execution-role',
        roleName: 'ecsTaskExecutionRole',
        action: 'ssm:GetParameters',
        resource: `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/db-url`,
        decision: 'allowed',
      }),
    );
  });

  it('fails with AccessDeniedException when the execution role lacks ssm:GetParameters', () => {
    const w = startWorld();
    putParameter(w.state, '/app/db-url', 'x');
    w.register(fargateApp({ secrets: [{ name: 'DB_URL', valueFrom: '/app/db-url' }] }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toMatch(
      new RegExp(
        '^' +
          escape(
            'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: ' +
              'unable to retrieve secrets from ssm: service call has been retried 1 time(s): AccessDeniedException: ' +
              `${EXEC_SESSION(t)} is not authorized to perform: ssm:GetParameters on resource: ` +
              `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/db-url because no identity-based policy allows the ` +
              'ssm:GetParameters action status code: 400, ',
          ),
      ),
    );
    expect(t.stoppedReason).toMatch(REQUEST_ID);
  });

  it('fails with invalid parameters when the parameter does not exist', () => {
    const w = startWorld();
    execRoleAllows(w, [{ Action: 'ssm:GetParameters', Resource: '*' }]);
    w.register(fargateApp({ secrets: [{ name: 'A', valueFrom: 'missing-a' }] }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toBe(
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: ' +
        'unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid parameters: missing-a',
    );
  });
});

describe('Fargate: secrets from Secrets Manager', () => {
  it('injects one JSON key and keeps the value it started with after a rotation', () => {
    const w = startWorld();
    const arn = putSecret(w.state, 'db', JSON.stringify({ password: 'one' }));
    execRoleAllows(w, [{ Action: 'secretsmanager:GetSecretValue', Resource: arn }]);
    w.register(fargateApp({ secrets: [{ name: 'PASSWORD', valueFrom: `${arn}:password::` }] }));
    const first = started(w, w.run('FARGATE'));
    rotateSecret(w.state, arn, JSON.stringify({ password: 'two' }));
    const second = started(w, w.run('FARGATE'));
    const value = (t: Task) =>
      w.state.ecs.tasks[t.taskArn]!.containerConfig!['web']!.find((v) => v.name === 'PASSWORD')!.value;
    expect(value(first)).toBe('one');
    expect(value(second)).toBe('two');
  });

  it('fails with the agent text when the key is not in the secret', () => {
    const w = startWorld();
    const arn = putSecret(w.state, 'db', JSON.stringify({ user: 'u' }));
    execRoleAllows(w, [{ Action: 'secretsmanager:GetSecretValue', Resource: '*' }]);
    w.register(fargateApp({ secrets: [{ name: 'PASSWORD', valueFrom: `${arn}:password::` }] }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toBe(
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: ' +
        'unable to retrieve secret from asm: service call has been retried 1 time(s): retrieved secret from ' +
        'Secrets Manager did not contain json key password',
    );
  });

  it('fails with AccessDeniedException naming the secret when the role lacks secretsmanager:GetSecretValue', () => {
    const w = startWorld();
    const arn = putSecret(w.state, 'db', 'pw');
    w.register(fargateApp({ secrets: [{ name: 'PASSWORD', valueFrom: arn }] }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toContain(
      'unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret ' +
        `${arn} from secrets manager: AccessDeniedException: ${EXEC_SESSION(t)} is not authorized to perform: ` +
        `secretsmanager:GetSecretValue on resource: ${arn} because no identity-based policy allows the ` +
        'secretsmanager:GetSecretValue action status code: 400, request id: ',
    );
  });

  it('fails with ResourceNotFoundException for a secret that does not exist', () => {
    const w = startWorld();
    execRoleAllows(w, [{ Action: 'secretsmanager:GetSecretValue', Resource: '*' }]);
    const arn = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:gone-AbCdEf`;
    w.register(fargateApp({ secrets: [{ name: 'X', valueFrom: arn }] }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toContain(
      `failed to fetch secret ${arn} from secrets manager: ResourceNotFoundException: Secrets Manager can't find the specified secret. status code: 400, request id: `,
    );
  });
});

describe('environment files', () => {
  it('reads the files in order (first value wins), environment wins over them, secrets and agent variables follow', () => {
    const w = startWorld();
    const a = putObject(w.state, 'cfg', 'a.env', '# comment\nCOLOR=blue\nSIZE=10\n\nMODE=a=b');
    const b = putObject(w.state, 'cfg', 'b.env', 'COLOR=red\nEXTRA=1');
    execRoleAllows(w, [{ Action: ['s3:GetObject', 's3:GetBucketLocation'], Resource: '*' }]);
    w.register(
      fargateApp(
        {
          environmentFiles: [
            { value: a, type: 's3' },
            { value: b, type: 's3' },
          ],
          environment: [{ name: 'SIZE', value: '20' }],
        },
        { taskRoleArn: w.role('appRole', 'ecs-tasks.amazonaws.com', []) },
      ),
    );
    const t = started(w, w.run('FARGATE'));
    const vars = Object.fromEntries(t.containerConfig!['web']!.map((v) => [v.name, [v.value, v.source]]));
    expect(vars['COLOR']).toEqual(['blue', 'environmentFile']);
    expect(vars['SIZE']).toEqual(['20', 'environment']);
    expect(vars['MODE']).toEqual(['a=b', 'environmentFile']);
    expect(vars['EXTRA']).toEqual(['1', 'environmentFile']);
    expect(vars['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']![0]).toMatch(/^\/v2\/credentials\/[0-9a-f-]{36}$/);
    expect(vars['AWS_EXECUTION_ENV']).toEqual(['AWS_ECS_FARGATE', 'agent']);
  });

  it('fails with Access Denied when the execution role cannot read the object', () => {
    const w = startWorld();
    const a = putObject(w.state, 'cfg', 'app.env', 'A=1');
    execRoleAllows(w, [{ Action: 's3:GetBucketLocation', Resource: '*' }]);
    w.register(fargateApp({ environmentFiles: [{ value: a, type: 's3' }] }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toBe(
      'ResourceInitializationError: failed to download env files: file download command: non-empty error stream: ' +
        'failed to download file app.env: failed to write to a temporary file: AccessDenied: Access Denied',
    );
  });

  it('fails with NoSuchKey for a file that is not there', () => {
    const w = startWorld();
    putObject(w.state, 'cfg', 'other.env', 'A=1');
    execRoleAllows(w, [{ Action: 's3:*', Resource: '*' }]);
    w.register(fargateApp({ environmentFiles: [{ value: 'arn:aws:s3:::cfg/app.env', type: 's3' }] }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toContain(
      'failed to download file app.env: failed to write to a temporary file: NoSuchKey: The specified key does not exist.',
    );
  });
});

describe('awslogs', () => {
  it('fails when the log group does not exist', () => {
    const w = startWorld();
    w.register(fargateApp({ logConfiguration: awslogs('/ecs/missing') }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toBe(
      'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: ' +
        'failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1',
    );
    expect(t.containers[0]!.reason).toBe(t.stoppedReason);
  });

  it('awslogs-create-group needs logs:CreateLogGroup, which the managed execution policy does not grant', () => {
    const w = startWorld();
    w.register(fargateApp({ logConfiguration: awslogs('/ecs/new', { 'awslogs-create-group': 'true' }) }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toContain(
      'failed to create Cloudwatch log group: AccessDeniedException: ' +
        `${EXEC_SESSION(t)} is not authorized to perform: logs:CreateLogGroup on resource: ` +
        `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/ecs/new:log-stream: because no identity-based policy allows`,
    );
    expect(w.state.logs.groups['/ecs/new']).toBeUndefined();
  });

  it('creates the group when allowed and starts', () => {
    const w = startWorld();
    execRoleAllows(w, [{ Action: 'logs:*', Resource: '*' }]);
    w.register(fargateApp({ logConfiguration: awslogs('/ecs/new', { 'awslogs-create-group': 'true' }) }));
    started(w, w.run('FARGATE'));
    expect(w.state.logs.groups['/ecs/new']).toBeDefined();
  });

  it('on EC2, Docker reports it when it creates the container', () => {
    const w = startWorld();
    w.register(ec2App({ logConfiguration: awslogs('/ecs/missing') }));
    const t = failed(w, w.run('EC2'));
    expect(t.stoppedReason).toBe(
      'CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to ' +
        'create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist.',
    );
  });

  it('on EC2 without an execution role, the agent writes logs with the instance role', () => {
    const w = startWorld();
    w.register(ec2App({ logConfiguration: awslogs('/ecs/api') }));
    const t = started(w, w.run('EC2'));
    expect(callsOf(w, t)).toContainEqual(
      expect.objectContaining({
        principal: 'agent',
        roleName: 'ecsInstanceRole',
        ec2InstanceId: INSTANCE_ID,
        decision: 'allowed',
      }),
    );
  });
});

describe('private ECR images', () => {
  it('run as their pushed sourceImage, pulled with the execution role', () => {
    const w = startWorld();
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest');
    w.register(fargateApp({ image }));
    const t = started(w, w.run('FARGATE'));
    expect(t.runImages).toEqual({ web: 'nginx:latest' });
    expect(t.containers[0]!.image).toBe(image);
    expect(callsOf(w, t).map((c) => c.action)).toEqual([
      'ecr:GetAuthorizationToken',
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
    ]);
  });

  it('Fargate: an execution role without ECR permissions cannot get the registry token', () => {
    const w = startWorld();
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest');
    execRoleAllows(w, [{ Action: 'logs:*', Resource: '*' }]);
    w.register(fargateApp({ image }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toContain(
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: ' +
        'unable to retrieve ecr registry auth: service call has been retried 3 time(s): AccessDeniedException: ' +
        `${EXEC_SESSION(t)} is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no ` +
        'identity-based policy allows the ecr:GetAuthorizationToken action',
    );
  });

  it('Fargate: a token without ecr:BatchGetImage is refused with 403', () => {
    const w = startWorld();
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest');
    execRoleAllows(w, [{ Action: 'ecr:GetAuthorizationToken', Resource: '*' }]);
    w.register(fargateApp({ image }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toBe(
      `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${image}: ` +
        `pulling from host ${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com failed with status code [manifests v1]: 403 Forbidden`,
    );
  });

  it('a tag that was never pushed is not found', () => {
    const w = startWorld();
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest').replace(':v1', ':v2');
    w.register(fargateApp({ image }));
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toBe(
      `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${image}: ${image}: not found`,
    );
  });

  it('EC2 without an execution role: the agent pulls with the instance role, and fails when it may not', () => {
    const w = startWorld();
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest');
    w.register(ec2App({ image }));
    const ok = started(w, w.run('EC2'));
    expect(callsOf(w, ok).every((c) => c.principal === 'agent' && c.roleName === 'ecsInstanceRole')).toBe(
      true,
    );
    w.role('ecsInstanceRole', 'ec2.amazonaws.com', [{ Effect: 'Allow', Action: 'ecs:*', Resource: '*' }]);
    const t = failed(w, w.run('EC2'));
    expect(t.stoppedReason).toMatch(
      new RegExp(
        '^' +
          escape(
            `CannotPullECRContainerError: AccessDeniedException: User: arn:aws:sts::${ACCOUNT}:assumed-role/ecsInstanceRole/${INSTANCE_ID} ` +
              'is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy ' +
              'allows the ecr:GetAuthorizationToken action status code: 400, ',
          ),
      ),
    );
  });

  it('EC2: a role that gets the token but not the image gets the agent hint and Docker’s denial', () => {
    const w = startWorld();
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest');
    w.role('ecsInstanceRole', 'ec2.amazonaws.com', [
      { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
    ]);
    w.register(ec2App({ image }));
    const t = failed(w, w.run('EC2'));
    expect(t.stoppedReason).toBe(
      'CannotPullContainerError: The task can’t pull the image. Check that the role has the permissions to pull ' +
        `images from the registry. Error response from daemon: pull access denied for ${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/shop, ` +
        `repository does not exist or may require 'docker login': denied: User: arn:aws:sts::${ACCOUNT}:assumed-role/ecsInstanceRole/${INSTANCE_ID} ` +
        `is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:${ACCOUNT}:repository/shop ` +
        'because no identity-based policy allows the ecr:BatchGetImage action',
    );
  });
});

describe('EC2 secrets and roles', () => {
  it('the agent reports Parameter Store failures in its own words', () => {
    const w = startWorld();
    putParameter(w.state, 'db', 'x');
    w.register(ec2App({ secrets: [{ name: 'DB', valueFrom: 'db' }] }, { executionRoleArn: EXEC_ROLE }));
    const t = failed(w, w.run('EC2'));
    expect(t.stoppedReason).toMatch(
      /^Fetching secret data from SSM Parameter Store in us-east-1: AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role\/ecsTaskExecutionRole\/[0-9a-f]{32} is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:us-east-1:123456789012:parameter\/db because/,
    );
  });

  it('an execution role that does not exist gives no credentials', () => {
    const w = startWorld();
    putParameter(w.state, 'db', 'x');
    w.register(
      fargateApp(
        { secrets: [{ name: 'DB', valueFrom: 'db' }] },
        { executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/nope` },
      ),
    );
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toContain(
      'unable to retrieve secrets from ssm: service call has been retried 1 time(s): NoCredentialProviders',
    );
    expect(callsOf(w, t)[0]).toMatchObject({ principal: 'execution-role', decision: 'implicit-deny' });
    expect(callsOf(w, t)[0]!.roleName).toBeUndefined();
  });

  it('a RunTask override of the execution role is the one used', () => {
    const w = startWorld();
    putParameter(w.state, 'db', 'x');
    const other = w.role('otherExec', 'ecs-tasks.amazonaws.com', [
      { Effect: 'Allow', Action: 'ssm:GetParameters', Resource: '*' },
    ]);
    w.register(fargateApp({ secrets: [{ name: 'DB', valueFrom: 'db' }] }));
    const t = started(w, w.run('FARGATE', { executionRoleArn: other }));
    expect(callsOf(w, t)[0]).toMatchObject({ roleName: 'otherExec', decision: 'allowed' });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('EFS volumes (efs/mount.ts) in the start-up order', () => {
  it('a file system without a mount target in the task’s AZ stops the task, after its secrets were read', () => {
    const w = startWorld();
    putParameter(w.state, '/app/db-url', 'x');
    execRoleAllows(w, [{ Action: 'ssm:GetParameters', Resource: '*' }]);
    w.register(
      fargateApp(
        {
          secrets: [{ name: 'DB_URL', valueFrom: '/app/db-url' }],
          mountPoints: [{ sourceVolume: 'shared', containerPath: '/data' }],
        },
        { volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }] },
      ),
    );
    const t = failed(w, w.run('FARGATE'));
    expect(t.stoppedReason).toMatch(
      /^ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: Failed to resolve "fs-0123456789abcdef0\.efs\.us-east-1\.amazonaws\.com"/,
    );
    expect(callsOf(w, t).map((c) => c.action)).toEqual(['ssm:GetParameters']);
  });
});
