import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../src/engine';
import { anAccount, containerInstancesOf, expectRejected } from '../../builders/account';
import {
  CLIENT_MOUNT_WRITE,
  efsWorld,
  fileSystemIn,
  IAM_ONLY_POLICY,
  putTaskRole,
  registerEfsApp,
  runIn,
  taskOf,
} from '../efs/world';

const write = (sim: Simulation, task: string, path: string, content: string, container = 'app') =>
  sim.call('sim', 'WriteFile', { task, container, path, content });
const read = (sim: Simulation, task: string, path: string, container = 'app') =>
  sim.call('sim', 'ReadFile', { task, container, path });

describe('the file view on Fargate: EFS is shared across AZs, the rest is the task’s own', () => {
  it('two tasks in different AZs see the same EFS file, but not each other’s scratch volume or container layer', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a', 'us-east-1b']);
    registerEfsApp(sim, { fileSystemId: fsId });
    const inA = runIn(sim, 'us-east-1a');
    const inB = runIn(sim, 'us-east-1b');
    expect([taskOf(sim, inA).availabilityZone, taskOf(sim, inB).availabilityZone]).toEqual([
      'us-east-1a',
      'us-east-1b',
    ]);

    const written = write(sim, inA, '/data/reports/today.txt', 'hello from a');
    expect(written).toMatchObject({
      written: true,
      kind: 'efs',
      lifetime: 'file-system',
      volume: 'data',
      location: `efs:${fsId}`,
      path: '/reports/today.txt',
    });
    expect(written.sharedWith).toEqual([
      expect.objectContaining({
        taskArn: inB,
        containerName: 'app',
        availabilityZone: 'us-east-1b',
        sameTask: false,
      }),
    ]);
    expect(read(sim, inB, '/data/reports/today.txt')).toMatchObject({
      content: 'hello from a',
      writtenBy: `${inA.split('/').pop()}/app`,
      kind: 'efs',
    });

    write(sim, inA, '/tmp/scratch/note.txt', 'only mine');
    write(sim, inA, '/var/cache/app.bin', 'layer');
    expect(read(sim, inA, '/tmp/scratch/note.txt').kind).toBe('fargate-ephemeral');
    expect(read(sim, inA, '/var/cache/app.bin').kind).toBe('container-layer');
    expectRejected(
      sim,
      () => read(sim, inB, '/tmp/scratch/note.txt'),
      'ResourceNotFoundException',
      /No such file or directory \(looked in the task's Fargate ephemeral storage\)/,
    );
    expectRejected(
      sim,
      () => read(sim, inB, '/var/cache/app.bin'),
      'ResourceNotFoundException',
      /the path is on no volume/,
    );
  });

  it('keeps EFS files after the writer stops; drops its own storage', () => {
    const { sim } = efsWorld();
    registerEfsApp(sim, { fileSystemId: fileSystemIn(sim, ['us-east-1a']) });
    const first = runIn(sim, 'us-east-1a');
    write(sim, first, '/data/keep.txt', 'kept');
    write(sim, first, '/tmp/scratch/gone.txt', 'gone');
    sim.call('ecs', 'StopTask', { task: first });
    sim.advance(60);
    expect(taskOf(sim, first).lastStatus).toBe('STOPPED');
    const second = runIn(sim, 'us-east-1a');
    expect(read(sim, second, '/data/keep.txt').content).toBe('kept');
    write(sim, second, '/tmp/scratch/mine.txt', 'x');
    expect(Object.keys(sim.state.files).some((l) => l.includes(first))).toBe(false);
    expectRejected(sim, () => read(sim, first, '/data/keep.txt'), 'InvalidParameterException', /STOPPED/);
  });

  it('maps the path under the volume’s rootDirectory or access point root', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    const ap = sim.call('efs', 'CreateAccessPoint', {
      FileSystemId: fsId,
      RootDirectory: { Path: '/tenants/blue' },
    });
    registerEfsApp(sim, {
      fileSystemId: fsId,
      transitEncryption: 'ENABLED',
      authorizationConfig: { accessPointId: ap.AccessPointId },
    });
    const blue = runIn(sim, 'us-east-1a');
    registerEfsApp(sim, { fileSystemId: fsId, rootDirectory: '/' }, { family: 'admin' });
    const admin = runIn(sim, 'us-east-1a', 'admin');
    expect(write(sim, blue, '/data/a.txt', 'blue').path).toBe('/tenants/blue/a.txt');
    expect(read(sim, admin, '/data/tenants/blue/a.txt').content).toBe('blue');
    expectRejected(sim, () => read(sim, admin, '/data/a.txt'), 'ResourceNotFoundException');
    expectRejected(
      sim,
      () => read(sim, admin, '/data/tenants'),
      'ResourceNotFoundException',
      /is a directory \(1 file\(s\) below it\)/,
    );
  });

  it('refuses writes through a read-only mount', () => {
    const { sim } = efsWorld();
    registerEfsApp(sim, { fileSystemId: fileSystemIn(sim, ['us-east-1a']) }, { readOnly: true });
    const task = runIn(sim, 'us-east-1a');
    expectRejected(
      sim,
      () => write(sim, task, '/data/x', 'y'),
      'InvalidParameterException',
      /Read-only file system \(volume 'data' is mounted with readOnly: true\)/,
    );
  });

  it('an IAM mount needs ClientWrite to write: the write fails and the denied call is recorded', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    sim.call('efs', 'PutFileSystemPolicy', { FileSystemId: fsId, Policy: IAM_ONLY_POLICY });
    const role = putTaskRole(sim, 'readerRole', {
      mount: [{ Effect: 'Allow', Action: 'elasticfilesystem:ClientMount', Resource: '*' }],
    });
    registerEfsApp(
      sim,
      { fileSystemId: fsId, transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } },
      { taskRoleArn: role },
    );
    const task = runIn(sim, 'us-east-1a');
    expect(taskOf(sim, task).lastStatus).toBe('RUNNING');
    const out = write(sim, task, '/data/x.txt', 'nope');
    expect(out.written).toBe(false);
    expect(out.error).toMatch(/Permission denied.*elasticfilesystem:ClientWrite/);
    expect(sim.state.files[`efs:${fsId}`]).toBeUndefined();
    const last = Object.values(sim.state.iam.calls).at(-1)!;
    expect(last).toMatchObject({
      action: 'elasticfilesystem:ClientWrite',
      decision: 'implicit-deny',
      taskArn: task,
      principal: 'task-role',
    });

    const writer = putTaskRole(sim, 'writerRole', { efs: CLIENT_MOUNT_WRITE });
    registerEfsApp(
      sim,
      { fileSystemId: fsId, transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } },
      { taskRoleArn: writer, family: 'w' },
    );
    expect(write(sim, runIn(sim, 'us-east-1a', 'w'), '/data/x.txt', 'yes').written).toBe(true);
  });

  it('names the container and task when they are wrong', () => {
    const { sim } = efsWorld();
    registerEfsApp(sim, { fileSystemId: fileSystemIn(sim, ['us-east-1a']) });
    const task = runIn(sim, 'us-east-1a');
    expectRejected(
      sim,
      () => write(sim, task, '/data/x', 'y', 'web'),
      'InvalidParameterException',
      /no container 'web' \(it has app\)/,
    );
    expectRejected(sim, () => write(sim, task, '/data/', 'y'), 'InvalidParameterException', /name a file/);
    expectRejected(
      sim,
      () => sim.callByName('sim', 'WriteFile', { task, container: 'app', path: 'rel', content: '' }),
      'InvalidParameterException',
      /path/,
    );
  });
});

describe('the file view on EC2: host paths and shared Docker volumes are per host', () => {
  function ec2World() {
    const sim = anAccount(5)
      .withCluster('default')
      .withInstances(2, 'm5.large', { azs: ['us-east-1a', 'us-east-1b'] })
      .build();
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'host',
      containerDefinitions: [
        {
          name: 'app',
          image: 'public.ecr.aws/ecs-sandbox/web:v1',
          memory: 128,
          mountPoints: [
            { sourceVolume: 'shared', containerPath: '/srv' },
            { sourceVolume: 'cache', containerPath: '/cache' },
            { sourceVolume: 'tmp', containerPath: '/scratch' },
            { sourceVolume: 'perTask', containerPath: '/work' },
          ],
        },
        {
          name: 'sidecar',
          image: 'public.ecr.aws/ecs-sandbox/web:v1',
          memory: 128,
          essential: false,
          volumesFrom: [{ sourceContainer: 'app', readOnly: true }],
        },
      ],
      volumes: [
        { name: 'shared', host: { sourcePath: '/ecs/shared' } },
        {
          name: 'cache',
          dockerVolumeConfiguration: { scope: 'shared', autoprovision: true, driver: 'local' },
        },
        { name: 'tmp', host: {} },
        { name: 'perTask', dockerVolumeConfiguration: { scope: 'task' } },
      ],
    });
    const [ciA, ciB] = containerInstancesOf(sim);
    const start = (ci: string) => {
      const out = sim.call('ecs', 'StartTask', { taskDefinition: 'host', containerInstances: [ci] });
      sim.advance(60);
      return out.tasks[0]!.taskArn!;
    };
    return { sim, start, ciA: ciA!, ciB: ciB! };
  }

  it('tasks on the same host share its sourcePath and shared Docker volume; a task on another host does not', () => {
    const { sim, start, ciA, ciB } = ec2World();
    const one = start(ciA);
    const two = start(ciA);
    const other = start(ciB);
    const hostA = sim.state.ecs.containerInstances[ciA]!.ec2InstanceId;
    expect(write(sim, one, '/srv/site.conf', 'v1')).toMatchObject({
      kind: 'host-path',
      lifetime: 'host',
      location: `host:${hostA}`,
      path: '/ecs/shared/site.conf',
    });
    expect(read(sim, two, '/srv/site.conf').content).toBe('v1');
    expectRejected(
      sim,
      () => read(sim, other, '/srv/site.conf'),
      'ResourceNotFoundException',
      /EC2 instance's directory/,
    );

    expect(write(sim, one, '/cache/k', 'c').location).toBe(`docker:${hostA}:cache`);
    expect(read(sim, two, '/cache/k').content).toBe('c');
    expectRejected(sim, () => read(sim, other, '/cache/k'), 'ResourceNotFoundException');

    expect(write(sim, one, '/scratch/t', 's').kind).toBe('task-scratch');
    expect(write(sim, one, '/work/t', 'w').kind).toBe('docker-task');
    expectRejected(sim, () => read(sim, two, '/scratch/t'), 'ResourceNotFoundException');
    expectRejected(sim, () => read(sim, two, '/work/t'), 'ResourceNotFoundException');
  });

  it('volumesFrom gives the sidecar the same files, read-only', () => {
    const { sim, start, ciA } = ec2World();
    const task = start(ciA);
    write(sim, task, '/scratch/from-app', 'hi');
    expect(read(sim, task, '/scratch/from-app', 'sidecar').content).toBe('hi');
    expectRejected(
      sim,
      () => write(sim, task, '/scratch/x', 'no', 'sidecar'),
      'InvalidParameterException',
      /Read-only file system/,
    );
  });

  it('host files outlive the task; the next task on that host reads them', () => {
    const { sim, start, ciA } = ec2World();
    const first = start(ciA);
    write(sim, first, '/srv/keep', 'host data');
    write(sim, first, '/scratch/lost', 'task data');
    sim.call('ecs', 'StopTask', { task: first });
    sim.advance(60);
    const next = start(ciA);
    expect(read(sim, next, '/srv/keep').content).toBe('host data');
    write(sim, next, '/scratch/new', 'x');
    expectRejected(sim, () => read(sim, next, '/scratch/lost'), 'ResourceNotFoundException');
  });

  it('host data goes when its instance is terminated', () => {
    const { sim, start, ciA, ciB } = ec2World();
    const onA = start(ciA);
    const hostA = sim.state.ecs.containerInstances[ciA]!.ec2InstanceId;
    write(sim, onA, '/srv/keep', 'host data');
    write(sim, onA, '/cache/k', 'c');
    sim.call('ec2', 'TerminateInstances', { InstanceIds: [hostA] });
    sim.advance(120);
    write(sim, start(ciB), '/srv/other', 'x');
    expect(Object.keys(sim.state.files).filter((l) => l.includes(hostA))).toEqual([]);
  });
});
