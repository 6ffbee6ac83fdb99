import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation, type Simulation } from '../../src/engine/index';
import {
  AZ_A,
  AZ_B,
  CLUSTER,
  CMS,
  FS_TOKEN,
  policy,
  runningCms,
  SCRATCH,
  SERVICE,
  subnetIn,
  TASK_ROLE,
  TASK_ROLE_ARN,
  TASKS,
  THUMBS,
  UPLOADS,
  writeThenRead,
} from './storage';

/** cms:1 — the CMS (`cms`) and its thumbnail sidecar (`thumbs`); uploads and scratch are plain bind mounts. */
export const CMS_V1 = {
  family: SERVICE,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '512',
  memory: '1024',
  containerDefinitions: [
    {
      name: CMS,
      image: 'public.ecr.aws/ecs-sandbox/web:v1',
      essential: true,
      portMappings: [{ containerPort: 8080 }],
      mountPoints: [
        { sourceVolume: 'uploads', containerPath: UPLOADS },
        { sourceVolume: 'scratch', containerPath: SCRATCH },
      ],
    },
    {
      name: THUMBS,
      image: 'busybox:latest',
      essential: false,
      command: ['sh', '-c', 'echo thumbs: watching /tmp/scratch; tail -f /dev/null'],
    },
  ],
  volumes: [{ name: 'uploads' }, { name: 'scratch' }],
};

/**
 * Cluster `shop` runs the Fargate service `cms` (2 tasks, subnets in us-east-1a and us-east-1b). Its uploads
 * and its scratch space are bind mounts, so each task keeps its own. The EFS file system `cms-uploads` exists,
 * with a mount target in us-east-1a only and the access point `/uploads` (POSIX user 1000:1000); its file system
 * policy lets only the role `cms-task` (trusted by ecs-tasks) mount and write it, so anonymous mounts are refused.
 * No task uses it yet.
 */
const scenario = {
  seed: 19,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    const fs = sim.call('efs', 'CreateFileSystem', {
      CreationToken: FS_TOKEN,
      Encrypted: true,
      Tags: [{ Key: 'Name', Value: FS_TOKEN }],
    }) as { FileSystemId: string; FileSystemArn: string };
    sim.call('efs', 'CreateMountTarget', { FileSystemId: fs.FileSystemId, SubnetId: subnetIn(sim, AZ_A) });
    sim.call('efs', 'CreateAccessPoint', {
      FileSystemId: fs.FileSystemId,
      PosixUser: { Uid: 1000, Gid: 1000 },
      RootDirectory: {
        Path: '/uploads',
        CreationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '755' },
      },
      Tags: [{ Key: 'Name', Value: 'cms-uploads' }],
    });
    sim.call('iam', 'CreateRole', {
      RoleName: TASK_ROLE,
      AssumeRolePolicyDocument: policy({
        Effect: 'Allow',
        Principal: { Service: 'ecs-tasks.amazonaws.com' },
        Action: 'sts:AssumeRole',
      }),
    });
    sim.call('iam', 'PutRolePolicy', {
      RoleName: TASK_ROLE,
      PolicyName: 'uploads',
      PolicyDocument: policy({
        Effect: 'Allow',
        Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
        Resource: fs.FileSystemArn,
      }),
    });
    // no anonymous clients: only cms-task may mount and write (EFS's default policy would let anyone in)
    sim.call('efs', 'PutFileSystemPolicy', {
      FileSystemId: fs.FileSystemId,
      Policy: policy({
        Sid: 'cms-task-only',
        Effect: 'Allow',
        Principal: { AWS: TASK_ROLE_ARN },
        Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
        Resource: fs.FileSystemArn,
      }),
    });
    sim.call('ecs', 'RegisterTaskDefinition', CMS_V1);
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: `${SERVICE}:1`,
      desiredCount: TASKS,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: [subnetIn(sim, AZ_A), subnetIn(sim, AZ_B)],
          assignPublicIp: 'ENABLED',
        },
      },
    });
    sim.advance(120);
  },
  controls: ['editor', 'services', 'identity', 'console', 'map', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/**
 * On a fresh copy of the lesson: the cms task in us-east-1a writes an upload, the one in us-east-1b reads the
 * same path.
 */
export function uploadProbe(): { write: boolean; read: boolean; error?: string } {
  const probe: Simulation = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  const tasks = runningCms(probe);
  const a = tasks.find((t) => t.availabilityZone === AZ_A);
  const b = tasks.find((t) => t.availabilityZone === AZ_B);
  if (!a || !b) return { write: false, read: false, error: 'cms does not run in both AZs' };
  const path = `${UPLOADS}/cat.jpg`;
  const { write, reads } = writeThenRead(probe, { task: a, container: CMS, path }, [
    { task: b, container: CMS, path },
  ]);
  return { write: write.ok, read: reads[0]!.ok, ...(reads[0]!.error ? { error: reads[0]!.error } : {}) };
}

export const prediction: Prediction = {
  prompt:
    'A visitor uploads cat.jpg through the cms task in us-east-1a; it lands in /var/www/uploads. The next ' +
    'request goes to the task in us-east-1b, which opens /var/www/uploads/cat.jpg. What does it get?',
  options: [
    {
      id: 'sees',
      text: 'The photo: both tasks run the same task definition, so they mount the same volume.',
    },
    { id: 'missing', text: 'No such file: each task has its own uploads directory.' },
    { id: 'later', text: 'The photo, after a few seconds of replication between the AZs.' },
    { id: 'no-write', text: 'Nothing was written: a Fargate task has no disk to write to.' },
  ],
  outcome() {
    const probe = uploadProbe();
    if (!probe.write) return 'no-write';
    return probe.read ? 'sees' : 'missing';
  },
  explanation:
    'A volume with no configuration is a bind mount: on Fargate its files sit in the task’s own ephemeral ' +
    'storage, created with the task and deleted with it. Two tasks of one definition each get their own copy of ' +
    'the volume, so the write in us-east-1a is invisible in us-east-1b, and gone when that task stops.',
};
