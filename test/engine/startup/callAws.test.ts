import { describe, expect, it } from 'vitest';
import { laterHooks } from '../../../src/engine/laterHooks';
import { checkedAtStart, refuseUncheckedStart } from '../../../src/engine/startup/guard';
import { imdsBlocked } from '../../../src/engine/startup/roles';
import type { Ec2Instance } from '../../../src/engine/model/ec2';
import { AwsError } from '../../../src/engine';
import { putObject, putParameter, putSecret } from './state';
import { ACCOUNT, awslogs, ec2App, fargateApp, INSTANCE_ID, startWorld, type StartWorld } from './world';

/** sim CallAws: the application's own calls, with the credentials its SDK finds (startup/callAws.ts). */

interface Answer {
  allowed: boolean;
  principal: string;
  roleName?: string;
  decision: string;
  statement?: { policy: string };
  message: string;
  body?: string;
}

const call = (w: StartWorld, task: string, action: string, resource: string, body?: string) =>
  w.sim.callByName('sim', 'CallAws', {
    cluster: 'demo',
    task,
    action,
    resource,
    ...(body !== undefined ? { body } : {}),
  }) as Answer;

function running(w: StartWorld, launchType: 'FARGATE' | 'EC2'): string {
  const arn = w.run(launchType);
  expect(w.after(120, arn).lastStatus).toBe('RUNNING');
  return arn;
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('sim CallAws', () => {
  it('uses the task role: reads and writes S3 objects it allows, is refused on the rest', () => {
    const w = startWorld();
    putObject(w.state, 'data', 'in.csv', 'a,b');
    const taskRole = w.role('appRole', 'ecs-tasks.amazonaws.com', [
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::data/*' },
    ]);
    w.register(fargateApp({}, { taskRoleArn: taskRole }));
    const task = running(w, 'FARGATE');
    const read = call(w, task, 's3:GetObject', 'arn:aws:s3:::data/in.csv');
    expect(read).toMatchObject({
      allowed: true,
      principal: 'task-role',
      roleName: 'appRole',
      decision: 'allowed',
      body: 'a,b',
    });
    expect(read.statement?.policy).toBe('inline:inline');
    const write = call(w, task, 's3:PutObject', 'arn:aws:s3:::data/out.csv', 'x,y');
    expect(write.allowed).toBe(true);
    expect(w.state.s3.buckets['data']!.objects['out.csv']!.Body).toBe('x,y');
    const refused = call(w, task, 's3:GetObject', 'arn:aws:s3:::other/secret.txt');
    expect(refused).toMatchObject({ allowed: false, decision: 'implicit-deny' });
    expect(refused.message).toBe(
      `An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::${ACCOUNT}:assumed-role/appRole/${task.split('/').pop()} ` +
        'is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::other/secret.txt because no identity-based policy allows the s3:GetObject action',
    );
  });

  it('Fargate without a task role has no credentials at all', () => {
    const w = startWorld();
    w.register(fargateApp({}));
    const task = running(w, 'FARGATE');
    const answer = call(w, task, 's3:GetObject', 'arn:aws:s3:::data/in.csv');
    expect(answer).toMatchObject({ allowed: false, principal: 'none', decision: 'implicit-deny' });
    expect(answer.roleName).toBeUndefined();
    expect(answer.message).toMatch(/^Unable to locate credentials\./);
  });

  it('EC2 without a task role reaches the instance role through IMDS', () => {
    const w = startWorld();
    w.register(ec2App({}));
    const task = running(w, 'EC2');
    const answer = call(w, task, 'ecr:GetAuthorizationToken', '*');
    expect(answer).toMatchObject({
      allowed: true,
      principal: 'instance-role-imds',
      roleName: 'ecsInstanceRole',
    });
    const s3 = call(w, task, 's3:GetObject', 'arn:aws:s3:::data/in.csv');
    expect(s3.message).toContain(
      `assumed-role/ecsInstanceRole/${INSTANCE_ID} is not authorized to perform: s3:GetObject`,
    );
  });

  it('EC2 bridge tasks lose the instance role when user data drops traffic to 169.254.169.254', () => {
    const w = startWorld();
    const instance = w.state.ec2.instances[INSTANCE_ID]!;
    w.state.ec2.instances[INSTANCE_ID] = {
      ...instance,
      UserData: base64(
        '#!/bin/bash\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config\n' +
          'iptables --insert DOCKER-USER 1 --in-interface docker+ --destination 169.254.169.254/32 --jump DROP\n',
      ),
    };
    w.register(ec2App({}));
    const task = running(w, 'EC2');
    expect(call(w, task, 'ecr:GetAuthorizationToken', '*')).toMatchObject({
      allowed: false,
      principal: 'none',
    });
  });

  it('ECS_AWSVPC_BLOCK_IMDS blocks awsvpc tasks only', () => {
    const instance = {
      InstanceId: INSTANCE_ID,
      UserData: base64('#!/bin/bash\necho ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config\n'),
    } as unknown as Ec2Instance;
    const w = startWorld();
    w.register(ec2App({}, { networkMode: 'awsvpc' }));
    const awsvpcTask = { taskDefinitionArn: Object.keys(w.state.ecs.taskDefinitions)[0] } as never;
    expect(imdsBlocked(w.state, awsvpcTask, instance)).toBe(true);
    w.register(ec2App({}));
    const bridgeTask = { taskDefinitionArn: Object.keys(w.state.ecs.taskDefinitions)[1] } as never;
    expect(imdsBlocked(w.state, bridgeTask, instance)).toBe(false);
  });

  it('records every call with the task for the "who is calling" view', () => {
    const w = startWorld();
    w.register(fargateApp({}));
    const task = running(w, 'FARGATE');
    call(w, task, 'ssm:GetParameter', `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/x`);
    const calls = Object.values(w.state.iam.calls).filter((c) => c.taskArn === task);
    expect(calls.at(-1)).toMatchObject({
      principal: 'none',
      action: 'ssm:GetParameter',
      decision: 'implicit-deny',
    });
  });
});

describe('the first-page guard', () => {
  it('knows what is checked at start', () => {
    const w = startWorld();
    w.register(fargateApp({ logConfiguration: awslogs('/ecs/web-fargate') }));
    w.register(ec2App({}, { family: 'plain' }));
    const [withLogs, plain] = Object.values(w.state.ecs.taskDefinitions);
    expect(checkedAtStart(withLogs!)).toBe(true);
    expect(checkedAtStart(plain!)).toBe(false);
  });

  it('RunTask refuses such a task with ServiceUnavailableException until the checks load, and records nothing', () => {
    const w = startWorld();
    w.register(fargateApp({ logConfiguration: awslogs('/ecs/web-fargate') }));
    const installed = laterHooks.guardStartup;
    laterHooks.guardStartup = refuseUncheckedStart;
    try {
      expect(() => w.run('FARGATE')).toThrow(AwsError);
      expect(() => w.run('FARGATE')).toThrow(/still loading the start-up checks/);
      expect(Object.keys(w.state.ecs.tasks)).toHaveLength(0);
    } finally {
      laterHooks.guardStartup = installed;
    }
    expect(w.run('FARGATE')).toMatch(/task\/demo\//);
  });
});

describe('sim CallAws reads configuration the way the SDK would', () => {
  it('returns the current value of a parameter and of a secret the task role may read', () => {
    const w = startWorld();
    const param = putParameter(w.state, '/app/flag', 'on');
    const secret = putSecret(w.state, 'api', 'token-1');
    const taskRole = w.role('appRole', 'ecs-tasks.amazonaws.com', [
      { Effect: 'Allow', Action: ['ssm:GetParameter', 'secretsmanager:GetSecretValue'], Resource: '*' },
    ]);
    w.register(fargateApp({}, { taskRoleArn: taskRole }));
    const task = running(w, 'FARGATE');
    expect(call(w, task, 'ssm:GetParameter', param)).toMatchObject({ allowed: true, body: 'on' });
    expect(call(w, task, 'secretsmanager:GetSecretValue', secret)).toMatchObject({
      allowed: true,
      body: 'token-1',
    });
  });
});
