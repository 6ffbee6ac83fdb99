import { describe, expect, it } from 'vitest';
import { anAccount } from '../../builders/account';
import { ACCESS_DENIED, NO_CREDENTIALS, resolveFailure } from '../../../src/engine/efs/mount';
import {
  CLIENT_MOUNT_WRITE,
  efsWorld,
  fileSystemIn,
  IAM_ONLY_POLICY,
  putTaskRole,
  registerEfsApp,
  runIn,
  taskOf,
} from './world';

const calls = (sim: ReturnType<typeof efsWorld>['sim'], taskArn: string) =>
  Object.values(sim.state.iam.calls).filter(
    (c) => c.taskArn === taskArn && c.action.startsWith('elasticfilesystem:'),
  );

describe('EFS mount at task start', () => {
  it('mounts where the file system has a mount target in the task’s AZ', () => {
    const { sim } = efsWorld();
    registerEfsApp(sim, { fileSystemId: fileSystemIn(sim, ['us-east-1a']) });
    const task = runIn(sim, 'us-east-1a');
    expect(taskOf(sim, task).lastStatus).toBe('RUNNING');
  });

  it('fails a task in an AZ without a mount target with the mount helper’s real message', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    registerEfsApp(sim, { fileSystemId: fsId });
    const task = taskOf(sim, runIn(sim, 'us-east-1b'));
    expect(task.lastStatus).toBe('STOPPED');
    expect(task.stopCode).toBe('TaskFailedToStart');
    expect(task.stoppedReason).toBe(
      'ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: ' +
        `Failed to resolve "${fsId}.efs.us-east-1.amazonaws.com" - check that your file system ID is correct, ` +
        'and ensure that the VPC has an EFS mount target for this file system ID. ' +
        'See https://docs.aws.amazon.com/console/efs/mount-dns-name for more detail. ' +
        'Attempting to lookup mount target ip address using botocore. ' +
        'Failed to import necessary dependency botocore, please install botocore first. ' +
        ': unsuccessful EFS utils command execution; code: 1',
    );
  });

  it('fails the same way for a file system id that does not exist', () => {
    const { sim } = efsWorld();
    registerEfsApp(sim, { fileSystemId: 'fs-0123456789abcdef0' });
    const task = taskOf(sim, runIn(sim, 'us-east-1a'));
    expect(task.stoppedReason).toBe(resolveFailure(sim.state, 'fs-0123456789abcdef0'));
  });

  it('starts again in that AZ once a mount target is added there', () => {
    const { sim, subnets } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    registerEfsApp(sim, { fileSystemId: fsId });
    expect(taskOf(sim, runIn(sim, 'us-east-1c')).lastStatus).toBe('STOPPED');
    sim.call('efs', 'CreateMountTarget', { FileSystemId: fsId, SubnetId: subnets['us-east-1c']! });
    expect(taskOf(sim, runIn(sim, 'us-east-1c')).lastStatus).toBe('RUNNING');
  });

  it('refuses a missing access point, or one of another file system, as the NFS server does', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    const other = fileSystemIn(sim, ['us-east-1a'], 'other');
    const foreign = sim.call('efs', 'CreateAccessPoint', { FileSystemId: other });
    registerEfsApp(sim, {
      fileSystemId: fsId,
      transitEncryption: 'ENABLED',
      authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' },
    });
    expect(taskOf(sim, runIn(sim, 'us-east-1a')).stoppedReason).toBe(ACCESS_DENIED);
    expect(ACCESS_DENIED).toBe(
      "ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: b'mount.nfs4: access denied by server while mounting 127.0.0.1:/' : unsuccessful EFS utils command execution; code: 32",
    );
    registerEfsApp(sim, {
      fileSystemId: fsId,
      transitEncryption: 'ENABLED',
      authorizationConfig: { accessPointId: foreign.AccessPointId },
    });
    expect(taskOf(sim, runIn(sim, 'us-east-1a')).stoppedReason).toBe(ACCESS_DENIED);
    const own = sim.call('efs', 'CreateAccessPoint', { FileSystemId: fsId });
    registerEfsApp(sim, {
      fileSystemId: fsId,
      transitEncryption: 'ENABLED',
      authorizationConfig: { accessPointId: own.AccessPointId },
    });
    expect(taskOf(sim, runIn(sim, 'us-east-1a')).lastStatus).toBe('RUNNING');
  });
});

describe('a client mounting without IAM is anonymous to EFS', () => {
  it('is refused once a file system policy grants nothing to everyone (*)', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    sim.call('efs', 'PutFileSystemPolicy', { FileSystemId: fsId, Policy: IAM_ONLY_POLICY });
    registerEfsApp(
      sim,
      { fileSystemId: fsId },
      { taskRoleArn: putTaskRole(sim, 'appTaskRole', { efs: CLIENT_MOUNT_WRITE }) },
    );
    // the task role does not help: without iam ENABLED the mount does not use it
    expect(taskOf(sim, runIn(sim, 'us-east-1a')).stoppedReason).toBe(ACCESS_DENIED);
  });

  it('mounts with a policy that lets everyone mount, but cannot write unless it lets everyone write', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    sim.call('efs', 'PutFileSystemPolicy', {
      FileSystemId: fsId,
      Policy: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: '*' },
            Action: 'elasticfilesystem:ClientMount',
            Resource: '*',
          },
        ],
      }),
    });
    registerEfsApp(sim, { fileSystemId: fsId });
    const arn = runIn(sim, 'us-east-1a');
    expect(taskOf(sim, arn).lastStatus).toBe('RUNNING');
    const out = sim.call('sim', 'WriteFile', { task: arn, container: 'app', path: '/data/x', content: 'y' });
    expect(out).toMatchObject({
      written: false,
      error: expect.stringMatching(/mounted without IAM \(anonymously\)/),
    });
  });
});

describe('EFS IAM authorization (iam: ENABLED) uses the task role', () => {
  const iamVolume = (fsId: string) => ({
    fileSystemId: fsId,
    transitEncryption: 'ENABLED',
    authorizationConfig: { iam: 'ENABLED' },
  });

  it('fails a Fargate task without a task role: the mount helper finds no credentials', () => {
    const { sim } = efsWorld();
    registerEfsApp(sim, iamVolume(fileSystemIn(sim, ['us-east-1a'])));
    expect(taskOf(sim, runIn(sim, 'us-east-1a')).stoppedReason).toBe(NO_CREDENTIALS);
  });

  it('denies a task role without ClientMount when the file system policy does not let it in', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    sim.call('efs', 'PutFileSystemPolicy', { FileSystemId: fsId, Policy: IAM_ONLY_POLICY });
    registerEfsApp(sim, iamVolume(fsId), { taskRoleArn: putTaskRole(sim, 'appTaskRole') });
    const arn = runIn(sim, 'us-east-1a');
    expect(taskOf(sim, arn).stoppedReason).toBe(ACCESS_DENIED);
    expect(calls(sim, arn)).toEqual([
      expect.objectContaining({
        principal: 'task-role',
        roleName: 'appTaskRole',
        action: 'elasticfilesystem:ClientMount',
        resource: `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${fsId}`,
        decision: 'implicit-deny',
      }),
    ]);
  });

  it('mounts once the task role allows ClientMount, recording the allowing statement', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    sim.call('efs', 'PutFileSystemPolicy', { FileSystemId: fsId, Policy: IAM_ONLY_POLICY });
    registerEfsApp(sim, iamVolume(fsId), {
      taskRoleArn: putTaskRole(sim, 'appTaskRole', { efs: CLIENT_MOUNT_WRITE }),
    });
    const arn = runIn(sim, 'us-east-1a');
    expect(taskOf(sim, arn).lastStatus).toBe('RUNNING');
    expect(calls(sim, arn)).toEqual([
      expect.objectContaining({
        decision: 'allowed',
        statement: expect.objectContaining({ policy: 'inline:efs' }),
      }),
    ]);
  });

  it('lets the task in through EFS’s default policy when the file system has no policy, and says so', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    registerEfsApp(sim, iamVolume(fsId), { taskRoleArn: putTaskRole(sim, 'appTaskRole') });
    const arn = runIn(sim, 'us-east-1a');
    expect(taskOf(sim, arn).lastStatus).toBe('RUNNING');
    expect(calls(sim, arn)).toEqual([
      expect.objectContaining({
        decision: 'allowed',
        statement: expect.objectContaining({ policy: `file-system-policy:${fsId}` }),
      }),
    ]);
  });

  it('lets a file system policy naming the role allow it, and an explicit deny in the role win over the default', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    const roleArn = putTaskRole(sim, 'appTaskRole');
    sim.call('efs', 'PutFileSystemPolicy', {
      FileSystemId: fsId,
      Policy: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: roleArn },
            Action: 'elasticfilesystem:ClientMount',
            Resource: '*',
          },
        ],
      }),
    });
    registerEfsApp(sim, iamVolume(fsId), { taskRoleArn: roleArn });
    expect(taskOf(sim, runIn(sim, 'us-east-1a')).lastStatus).toBe('RUNNING');

    const other = fileSystemIn(sim, ['us-east-1a'], 'open');
    const denied = putTaskRole(sim, 'deniedRole', {
      deny: [{ Effect: 'Deny', Action: 'elasticfilesystem:*', Resource: '*' }],
    });
    registerEfsApp(sim, iamVolume(other), { taskRoleArn: denied, family: 'denied' });
    const arn = runIn(sim, 'us-east-1a', 'denied');
    expect(taskOf(sim, arn).stoppedReason).toBe(ACCESS_DENIED);
    expect(calls(sim, arn)[0]).toMatchObject({ decision: 'explicit-deny' });
  });

  it('uses RunTask’s taskRoleArn override', () => {
    const { sim, subnets } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    sim.call('efs', 'PutFileSystemPolicy', { FileSystemId: fsId, Policy: IAM_ONLY_POLICY });
    registerEfsApp(sim, iamVolume(fsId), { taskRoleArn: putTaskRole(sim, 'weakRole') });
    const strong = putTaskRole(sim, 'strongRole', { efs: CLIENT_MOUNT_WRITE });
    const out = sim.call('ecs', 'RunTask', {
      taskDefinition: 'app',
      launchType: 'FARGATE',
      overrides: { taskRoleArn: strong },
      networkConfiguration: { awsvpcConfiguration: { subnets: [subnets['us-east-1a']!] } },
    });
    sim.advance(90);
    const arn = out.tasks[0]!.taskArn!;
    expect(taskOf(sim, arn).lastStatus).toBe('RUNNING');
    expect(calls(sim, arn)[0]).toMatchObject({ roleName: 'strongRole', decision: 'allowed' });
  });
});

describe('EFS IAM authorization on EC2 without a task role', () => {
  it('falls back to the instance role through instance metadata, recorded as such', () => {
    const sim = anAccount(4)
      .withCluster('default')
      .withInstances(1, 'm5.large', { azs: ['us-east-1a'] })
      .build();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    sim.call('efs', 'PutFileSystemPolicy', { FileSystemId: fsId, Policy: IAM_ONLY_POLICY });
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'ec2app',
      containerDefinitions: [
        {
          name: 'app',
          image: 'public.ecr.aws/ecs-sandbox/web:v1',
          memory: 128,
          mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }],
        },
      ],
      volumes: [
        {
          name: 'data',
          efsVolumeConfiguration: {
            fileSystemId: fsId,
            transitEncryption: 'ENABLED',
            authorizationConfig: { iam: 'ENABLED' },
          },
        },
      ],
    });
    const arn = sim.call('ecs', 'RunTask', { taskDefinition: 'ec2app' }).tasks[0]!.taskArn!;
    sim.advance(90);
    expect(taskOf(sim, arn).stoppedReason).toBe(ACCESS_DENIED);
    expect(calls(sim, arn)).toEqual([
      expect.objectContaining({
        principal: 'instance-role-imds',
        roleName: 'ecsInstanceRole',
        decision: 'implicit-deny',
      }),
    ]);
  });
});
