import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import { createSimulation, type Simulation } from '../../src/engine';
import goals from '../../lessons/19-storage/goals';
import quiz from '../../lessons/19-storage/quiz';
import scenario, { prediction, uploadProbe } from '../../lessons/19-storage/scenario';
import solution, {
  alternatives,
  cmsDefinition,
  deployCms,
  mountTargetIn,
  registerCms,
} from '../../lessons/19-storage/solution';
import {
  AZ_A,
  AZ_B,
  CLUSTER,
  CMS,
  fileSystemId,
  policy,
  runningCms,
  SCRATCH,
  SERVICE,
  subnetIn,
  TASK_ROLE,
  THUMBS,
  UPLOADS,
  writeThenRead,
} from '../../lessons/19-storage/storage';
import { storage19Attempts } from './naiveAttempts1920';
import { proofKit, refusal } from './proofKit';

/**
 * Lesson 19 proves itself: its start (uploads per task), what its text says about EFS, bind mounts, ephemeral
 * storage and S3, its solution and alternatives over several seeds, the naive attempts that must fail, and the
 * quiz claims the engine can check.
 */

const { lessonStart, check, why, ids, solvedBy, itSolves, itMisses } = proofKit(
  '19-storage',
  scenario,
  goals,
);

const failures = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks)
    .filter((t) => t.group === `service:${SERVICE}` && t.stopCode === 'TaskFailedToStart')
    .map((t) => ({ az: t.availabilityZone, reason: t.stoppedReason ?? '' }));

const FARGATE = { requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512' };
const app = { name: 'app', image: 'nginx:latest', essential: true };

describe('lesson 19: its start', () => {
  it('runs cms in both AZs, each task with its own uploads and no scratch for thumbs', () => {
    const sim = lessonStart();
    const tasks = runningCms(sim);
    expect(tasks.map((t) => t.availabilityZone).sort()).toEqual([AZ_A, AZ_B]);
    const probe = uploadProbe();
    expect(probe).toMatchObject({ write: true, read: false });
    expect(probe.error).toMatch(
      /No such file or directory \(looked in the task's Fargate ephemeral storage\)/,
    );
    // the file system has a mount target in us-east-1a only, and one access point
    const fs = fileSystemId(sim);
    expect(
      Object.values(sim.state.efs.mountTargets)
        .filter((m) => m.FileSystemId === fs)
        .map((m) => m.AvailabilityZoneName),
    ).toEqual([AZ_A]);
    expect(Object.values(sim.state.efs.accessPoints).map((a) => a.RootDirectory.Path)).toEqual(['/uploads']);
  });

  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'uploads-shared'))).toMatch(
      /is not there for task .* in us-east-1b: cat: .*No such file/,
    );
    expect(why(check(sim, 'access-point-iam'))).toMatch(
      /does not mount \/var\/www\/uploads from the EFS file system fs-/,
    );
    expect(why(check(sim, 'scratch-per-task'))).toMatch(
      /thumbs does not see what cms writes to \/tmp\/scratch.*writable layer/,
    );
  });

  it('bears out the prediction: the other AZ’s task does not see the upload', () => {
    expect(prediction.outcome(lessonStart())).toBe('missing');
  });
});

describe('lesson 19: what its text says', () => {
  it('shares EFS files across AZs, and they outlive the tasks that wrote them', () => {
    const { sim } = solvedBy(solution);
    const [a, b] = [AZ_A, AZ_B].map((az) => runningCms(sim).find((t) => t.availabilityZone === az)!);
    const read = sim.call('sim', 'ReadFile', {
      cluster: CLUSTER,
      task: b!.taskArn,
      container: CMS,
      path: `${UPLOADS}/cat.jpg`,
    });
    expect(read).toMatchObject({ kind: 'efs', content: 'a photo of a cat', path: '/uploads/cat.jpg' });
    expect(read.writtenBy.startsWith(a!.taskArn.slice(a!.taskArn.lastIndexOf('/') + 1))).toBe(true);
    // a new deployment replaces both tasks; the new ones read the same file
    const before = runningCms(sim).map((t) => t.taskArn);
    sim.call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, forceNewDeployment: true });
    sim.advance(900);
    const after = runningCms(sim);
    expect(after.some((t) => before.includes(t.taskArn))).toBe(false);
    for (const t of after)
      expect(
        sim.call('sim', 'ReadFile', {
          cluster: CLUSTER,
          task: t.taskArn,
          container: CMS,
          path: `${UPLOADS}/cat.jpg`,
        }).content,
      ).toBe('a photo of a cat');
  });

  it('keeps a path on no volume to its own container, and a bind mount to the containers that mount it', () => {
    const { sim } = solvedBy(solution);
    const [t, other] = runningCms(sim);
    const layer = writeThenRead(sim, { task: t!, container: CMS, path: '/tmp/notes.txt' }, [
      { task: t!, container: THUMBS, path: '/tmp/notes.txt' },
    ]);
    expect(layer.write).toMatchObject({ ok: true, kind: 'container-layer' });
    expect(layer.reads[0]!.ok).toBe(false);
    const scratch = writeThenRead(sim, { task: t!, container: CMS, path: `${SCRATCH}/a.tmp` }, [
      { task: t!, container: THUMBS, path: `${SCRATCH}/a.tmp` },
      { task: other!, container: CMS, path: `${SCRATCH}/a.tmp` },
    ]);
    expect(scratch.write).toMatchObject({ ok: true, kind: 'fargate-ephemeral' });
    expect(scratch.reads.map((r) => r.ok)).toEqual([true, false]);
  });

  it('gives Fargate 21 to 200 GiB of ephemeral storage on request, and refuses 20 or 201', () => {
    const sim = createSimulation({ seed: 1 });
    const register = (sizeInGiB: number) => () =>
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'eph',
        ...FARGATE,
        ephemeralStorage: { sizeInGiB },
        containerDefinitions: [app],
      } as never);
    expect(refusal(register(21))).toBe('');
    expect(refusal(register(200))).toBe('');
    expect(refusal(register(20))).toMatch(/ClientException|InvalidParameter/);
    expect(refusal(register(201))).toMatch(/ClientException|InvalidParameter/);
  });

  it('takes one mount target per AZ; a task in an AZ without one fails with the mount helper’s message', () => {
    const sim = lessonStart();
    const fs = fileSystemId(sim);
    const second = Object.values(sim.state.ec2.subnets).find(
      (s) => s.AvailabilityZone === AZ_A && s.SubnetId !== subnetIn(sim, AZ_A),
    );
    if (second)
      expect(
        refusal(() => sim.call('efs', 'CreateMountTarget', { FileSystemId: fs, SubnetId: second.SubnetId })),
      ).toMatch(/MountTargetConflict/);
    expect(
      refusal(() =>
        sim.call('efs', 'CreateMountTarget', { FileSystemId: fs, SubnetId: subnetIn(sim, AZ_A) }),
      ),
    ).toMatch(/MountTargetConflict: mount target already exists in this AZ/);
    runSteps(sim, [
      registerCms({ uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'mount' }),
      deployCms,
    ]);
    sim.advance(600);
    const failed = failures(sim);
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) {
      expect(f.az).toBe(AZ_B);
      expect(f.reason).toBe(
        'ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: ' +
          `Failed to resolve "${fs}.efs.us-east-1.amazonaws.com" - check that your file system ID is correct, ` +
          'and ensure that the VPC has an EFS mount target for this file system ID. ' +
          'See https://docs.aws.amazon.com/console/efs/mount-dns-name for more detail. ' +
          'Attempting to lookup mount target ip address using botocore. ' +
          'Failed to import necessary dependency botocore, please install botocore first. : unsuccessful EFS utils command execution; code: 1',
      );
    }
  });

  it('needs transit encryption for an access point and for IAM, and rootDirectory / with an access point', () => {
    const sim = lessonStart();
    const base = cmsDefinition(sim, { uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'mount' }) as {
      volumes: Array<{ name: string; efsVolumeConfiguration?: Record<string, unknown> }>;
    };
    const withUploads = (efs: Record<string, unknown>) => ({
      ...base,
      volumes: [{ name: 'uploads', efsVolumeConfiguration: efs }, { name: 'scratch' }],
    });
    const efs = base.volumes[0]!.efsVolumeConfiguration!;
    const register = (td: unknown) => () => sim.call('ecs', 'RegisterTaskDefinition', td as never);
    expect(refusal(register(withUploads({ ...efs, transitEncryption: 'DISABLED' })))).toMatch(
      /transit encryption/i,
    );
    expect(
      refusal(
        register(withUploads({ fileSystemId: efs.fileSystemId, authorizationConfig: { iam: 'ENABLED' } })),
      ),
    ).toMatch(/IAM authorization requires transit encryption/);
    expect(refusal(register(withUploads({ ...efs, rootDirectory: '/photos' })))).not.toBe('');
    expect(refusal(register(withUploads({ ...efs, rootDirectory: '/' })))).toBe('');
  });

  it('mounts as the task role: none fails to start; ClientWrite comes from its policies or the file system policy', () => {
    const noRole = lessonStart();
    runSteps(noRole, [
      mountTargetIn(AZ_B),
      registerCms({ uploads: 'efs-access-point-iam', thumbs: 'mount' }),
      deployCms,
    ]);
    noRole.advance(600);
    expect(failures(noRole).map((f) => f.reason)).toContain(
      'ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: AWS Access Key ID ' +
        'and Secret Access Key are not found in AWS credentials file (~/.aws/credentials), config file (~/.aws/config), ' +
        'from ECS credentials relative uri, or from the instance security credentials service : unsuccessful EFS utils command execution; code: 1',
    );
    // the role's own policy and the file system policy both allow only ClientMount: the write is refused
    const readOnly = lessonStart();
    const mountOnly = policy({ Effect: 'Allow', Action: 'elasticfilesystem:ClientMount', Resource: '*' });
    readOnly.call('iam', 'PutRolePolicy', {
      RoleName: TASK_ROLE,
      PolicyName: 'uploads',
      PolicyDocument: mountOnly,
    });
    readOnly.call('efs', 'PutFileSystemPolicy', {
      FileSystemId: fileSystemId(readOnly),
      Policy: policy({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::123456789012:role/${TASK_ROLE}` },
        Action: 'elasticfilesystem:ClientMount',
        Resource: '*',
      }),
    });
    runSteps(readOnly, solution.slice(0, -1));
    const out = readOnly.call('sim', 'WriteFile', {
      cluster: CLUSTER,
      task: runningCms(readOnly)[0]!.taskArn,
      container: CMS,
      path: `${UPLOADS}/x.jpg`,
      content: 'x',
    });
    expect(out.written).toBe(false);
    expect(out.error).toMatch(/Permission denied.*elasticfilesystem:ClientWrite/);
    expect(why(check(readOnly, 'uploads-shared'))).toMatch(/cannot save an upload: .*Permission denied/);
  });

  it('refuses an anonymous mount (no IAM) under a file system policy, and lets one in under EFS’s default policy', () => {
    const sim = lessonStart();
    runSteps(sim, [
      mountTargetIn(AZ_B),
      registerCms({ uploads: 'efs-access-point', taskRole: true, thumbs: 'mount' }),
      deployCms,
    ]);
    sim.advance(600);
    expect(failures(sim).map((f) => f.reason)).toContain(
      "ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes: stderr: b'mount.nfs4: " +
        "access denied by server while mounting 127.0.0.1:/' : unsuccessful EFS utils command execution; code: 32",
    );
    expect(why(check(sim, 'uploads-shared'))).toMatch(
      /A newer task failed to start: .*access denied by server/,
    );
    // a second file system, with no file system policy, in the same account: the same anonymous mount works
    const open = sim.call('efs', 'CreateFileSystem', { CreationToken: 'open' });
    for (const az of [AZ_A, AZ_B])
      sim.call('efs', 'CreateMountTarget', { FileSystemId: open.FileSystemId, SubnetId: subnetIn(sim, az) });
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'open',
      ...FARGATE,
      containerDefinitions: [{ ...app, mountPoints: [{ sourceVolume: 'shared', containerPath: '/shared' }] }],
      volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: open.FileSystemId } }],
    } as never);
    const run = sim.call('ecs', 'RunTask', {
      cluster: CLUSTER,
      taskDefinition: 'open',
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: [subnetIn(sim, AZ_A)] } },
    });
    sim.advance(120);
    const task = sim.state.ecs.tasks[run.tasks[0]!.taskArn]!;
    expect(task.lastStatus).toBe('RUNNING');
    expect(
      sim.call('sim', 'WriteFile', {
        cluster: CLUSTER,
        task: task.taskArn,
        container: 'app',
        path: '/shared/a.txt',
        content: 'a',
      }),
    ).toMatchObject({ written: true, kind: 'efs' });
  });

  it('refuses host.sourcePath on Fargate, and any attempt to mount an S3 bucket, with the alternatives', () => {
    const sim = createSimulation({ seed: 1 });
    const td =
      (volume: Record<string, unknown>, compat = FARGATE) =>
      () =>
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: 's3',
          ...compat,
          containerDefinitions: [
            { ...app, memory: 256, mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] },
          ],
          volumes: [{ name: 'data', ...volume }],
        } as never);
    expect(refusal(td({ host: { sourcePath: '/srv/data' } }))).toMatch(
      /host.sourcePath should not be set for volumes in Fargate\./,
    );
    const ec2 = { requiresCompatibilities: ['EC2'] } as unknown as typeof FARGATE;
    for (const volume of [
      { host: { sourcePath: 's3://product-images' } },
      { host: { sourcePath: 'arn:aws:s3:::product-images' } },
    ]) {
      const message = refusal(td(volume, ec2));
      expect(message).toMatch(/An S3 bucket cannot be mounted as a volume/);
      expect(message).toMatch(/environmentFiles/);
      expect(message).toMatch(/task role/);
      expect(message).toMatch(/S3 Files file system, not a bucket/);
    }
    expect(refusal(td({ s3VolumeConfiguration: { bucket: 'product-images' } }, ec2))).toMatch(
      /An S3 bucket cannot be mounted as a volume/,
    );
  });
});

describe('lesson 19: the solution and the alternatives', () => {
  itSolves(solution, alternatives);
});

describe('lesson 19: naive attempts miss their goals', () => {
  itMisses(storage19Attempts);

  it('says why, in the learner’s terms', () => {
    const say = (name: string, id: string) => {
      const sim = lessonStart();
      runSteps(sim, storage19Attempts.find((a) => a.name.startsWith(name))!.steps);
      return why(check(sim, id));
    };
    expect(say('mounts EFS through the access point with IAM, but adds no', 'uploads-shared')).toMatch(
      /All 2 running cms tasks are in us-east-1a/,
    );
    expect(say('adds the mount target and mounts the whole', 'uploads-shared')).toMatch(
      /A newer task failed to start: .*access denied by server/,
    );
    expect(say('puts the scratch space on EFS', 'scratch-per-task')).toMatch(/sees the scratch file of task/);
  });
});

describe('lesson 19: its hints', () => {
  it('runs the bottom-out commands as typed in the console (ids filled in), and they meet every goal', () => {
    const sim = lessonStart();
    const fill = (typed: string) =>
      typed
        .replaceAll('<fs id>', fileSystemId(sim))
        .replaceAll('<the us-east-1b subnet>', subnetIn(sim, AZ_B));
    const commands = goals.flatMap((g) =>
      [...g.hints.bottomOut.matchAll(/`(aws [^`]+)`/g)].map((m) => fill(m[1]!)),
    );
    expect(commands.some((c) => c.startsWith('aws efs create-mount-target'))).toBe(true);
    runSteps(sim, [registerCms({ uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'mount' })]);
    for (const command of commands) {
      const result = runCommand(command, sim, engineCatalog());
      expect(result.ok, `${command} ${result.ok ? '' : result.stderr}`).toBe(true);
    }
    sim.advance(600);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 19: its quiz', () => {
  it('is well formed, with at least six items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(6);
  });
});
