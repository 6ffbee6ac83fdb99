import { startOf, refusedBy } from '../../src/course/quizChecks';
import { containerInstancesInput } from '../../src/course/fixtures';
import { call, runSteps } from '../../src/course/steps';
import type { LessonScenario, QuizItem, RunIt } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import scenario from './scenario';
import solution, { deployCms, mountTargetIn, registerCms } from './solution';
import { AZ_A, AZ_B, CMS, runningCms, SERVICE, UPLOADS, writeThenRead } from './storage';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

/** Whether an upload from the us-east-1a task is there for the us-east-1b task. */
function crossAzRead(sim: Simulation): boolean {
  const tasks = runningCms(sim);
  const a = tasks.find((t) => t.availabilityZone === AZ_A);
  const b = tasks.find((t) => t.availabilityZone === AZ_B);
  if (!a || !b) return false;
  const path = `${UPLOADS}/quiz.jpg`;
  const { write, reads } = writeThenRead(sim, { task: a, container: CMS, path }, [
    { task: b, container: CMS, path },
  ]);
  return write.ok && reads[0]!.ok;
}

/** The stopped reasons of cms tasks that failed to start. */
const startFailures = (sim: Simulation): string[] =>
  Object.values(sim.state.ecs.tasks)
    .filter((t) => t.group === `service:${SERVICE}` && t.stopCode === 'TaskFailedToStart')
    .map((t) => `${t.availabilityZone} ${t.stoppedReason ?? ''}`);

const FARGATE_BASE = {
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
};

/** ephemeral-size's world: an empty cluster `media` for Fargate tasks. */
const TRANSCODE_CLUSTER: LessonScenario = {
  seed: 190,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'media' });
  },
  controls: ['editor', 'runTask', 'console', 'events'],
};

/** "Run it" for ephemeral-size: one transcode task, its definition given `extra`. */
const transcodeWith = (extra: { ephemeralStorage?: { sizeInGiB: number } }): RunIt => ({
  scenario: TRANSCODE_CLUSTER,
  steps: [
    call('ecs', 'RegisterTaskDefinition', {
      family: 'transcode',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '1024',
      memory: '2048',
      containerDefinitions: [{ name: 'transcode', image: 'public.ecr.aws/ecs-sandbox/web:v1' }],
      ...extra,
    }),
    call('ecs', 'RunTask', (sim) => ({
      cluster: 'media',
      taskDefinition: 'transcode',
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: { subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId) },
      },
    })),
  ],
  advance: 60,
  look: 'the task’s ephemeral storage size in its details',
});

export default [
  {
    id: 'shared-uploads',
    kind: 'single',
    prompt:
      'A content management system runs as an ECS service on Fargate in three Availability Zones. Files that ' +
      'users upload through any task must be readable by every other task, and must survive task replacement. ' +
      'Which storage meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'efs',
        text: 'An Amazon EFS file system with a mount target in each AZ, mounted as an EFS volume in the task definition.',
        explanation:
          'Right: EFS is a regional, shared file system. Every task that mounts it, in any AZ with a mount ' +
          'target, sees the same files, and they outlive the tasks.',
      },
      {
        id: 'ebs',
        text: 'An Amazon EBS volume configured at launch for the service.',
        explanation:
          'ECS gives each task its own EBS volume, attached to that task only: block storage per task, never ' +
          'shared between tasks.',
      },
      {
        id: 's3-volume',
        text: 'An S3 bucket declared as a volume in the task definition.',
        explanation:
          'ECS has no volume type for a bucket: S3 is an object store, reached through the SDK with the task ' +
          'role. (S3 Files volumes mount a separate managed file system, not a bucket.)',
      },
      {
        id: 'ephemeral',
        text: 'Raise each task’s ephemeral storage to 200 GiB and mount it as a bind mount.',
        explanation:
          'Ephemeral storage belongs to one task and is deleted with it; more of it shares nothing.',
      },
    ],
    correct: ['efs'],
    tags: {
      concepts: ['EFS', 'mount target', 'bind mount'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-3.1', 'DOP-3.1'],
      misconceptions: ['M14'],
      facts: ['F63', 'F64', 'F66'],
    },
    engineCheck(newSim) {
      const untouched = world(newSim);
      const fixed = world(newSim);
      runSteps(fixed, solution);
      return !crossAzRead(untouched) && crossAzRead(fixed);
    },
  },
  {
    id: 'missing-mount-target',
    kind: 'single',
    prompt:
      'After an ECS service moved its uploads to EFS, its tasks in us-east-1a start, but every task placed ' +
      'in us-east-1b stops with "ResourceInitializationError: failed to invoke EFS utils commands to set up' +
      ' EFS volumes: … Failed to resolve "fs-….efs.us-east-1.amazonaws.com"". Which change fixes it with ' +
      'the LEAST operational overhead?',
    options: [
      {
        id: 'mount-target',
        text: 'Create a mount target for the file system in a subnet of us-east-1b.',
        explanation:
          'Right: the file system’s DNS name resolves only in AZs where it has a mount target; one mount target ' +
          'per AZ serves every subnet of that AZ.',
      },
      {
        id: 'task-role',
        text: 'Give the task role elasticfilesystem:ClientMount.',
        explanation:
          'A missing permission is refused by the NFS server after the name resolved ("access denied by server"); ' +
          'here the name does not resolve at all.',
      },
      {
        id: 'one-zone',
        text: 'Recreate the file system as EFS One Zone in us-east-1a.',
        explanation:
          'That removes the ability to serve us-east-1b instead of adding it; tasks there still could not mount it.',
      },
      {
        id: 'public-ip',
        text: 'Turn on assignPublicIp for the service’s tasks.',
        explanation:
          'Tasks reach a mount target inside the VPC; a public IP changes nothing about the name lookup.',
      },
    ],
    correct: ['mount-target'],
    tags: {
      concepts: ['EFS', 'mount target', 'ResourceInitializationError'],
      exams: ['SOA-C03', 'SAA-C03'],
      tasks: ['SOA-1.3', 'SAA-3.1'],
      facts: ['F63'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, [
        registerCms({ uploads: 'efs-access-point-iam', taskRole: true, thumbs: 'mount' }),
        deployCms,
      ]);
      sim.advance(600);
      const failures = startFailures(sim);
      return (
        failures.length > 0 &&
        failures.every(
          (f) =>
            f.startsWith(AZ_B) && /Failed to resolve "fs-[0-9a-f]+\.efs\.us-east-1\.amazonaws\.com"/.test(f),
        )
      );
    },
  },
  {
    id: 'access-point-tls',
    kind: 'spot-the-bug',
    prompt: 'RegisterTaskDefinition refuses this volume. Which setting is wrong?',
    json: JSON.stringify(
      {
        name: 'uploads',
        efsVolumeConfiguration: {
          fileSystemId: 'fs-0123456789abcdef0',
          rootDirectory: '/',
          transitEncryption: 'DISABLED',
          authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' },
        },
      },
      null,
      2,
    ),
    options: [
      {
        id: 'transit',
        text: 'transitEncryption is DISABLED.',
        explanation:
          'Right: an access point, and IAM authorization, both need transit encryption (TLS) on the mount.',
      },
      {
        id: 'root',
        text: 'rootDirectory must be left out when an access point is used.',
        explanation:
          'With an access point rootDirectory must be omitted or "/" (the access point sets the directory), so "/" is allowed.',
      },
      {
        id: 'iam',
        text: 'iam cannot be ENABLED together with an access point.',
        explanation:
          'They combine well: the access point pins the directory and user, IAM checks the task role.',
      },
      {
        id: 'no-port',
        text: 'transitEncryptionPort is missing.',
        explanation: 'It is optional; without it the EFS mount helper picks a port itself.',
      },
    ],
    correct: ['transit'],
    tags: {
      concepts: ['EFS', 'access point', 'transit encryption'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-3.1', 'DVA-3.1'],
      facts: ['F63'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      const volume = (transitEncryption: string) => ({
        family: 'quiz-efs',
        ...FARGATE_BASE,
        containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true }],
        volumes: [
          {
            name: 'uploads',
            efsVolumeConfiguration: {
              fileSystemId: 'fs-0123456789abcdef0',
              rootDirectory: '/',
              transitEncryption,
              authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' },
            },
          },
        ],
      });
      const bad = refusedBy(
        () => sim.callByName('ecs', 'RegisterTaskDefinition', volume('DISABLED')),
        /transit encryption/i,
      );
      sim.callByName('ecs', 'RegisterTaskDefinition', volume('ENABLED'));
      return bad;
    },
  },
  {
    id: 's3-not-a-volume',
    kind: 'single',
    prompt:
      'A developer wants an ECS task on Fargate to read product images stored in an S3 bucket and proposes ' +
      'mounting the bucket at /images. Which approach meets the need with the LEAST operational overhead while ' +
      'keeping credentials out of the image?',
    options: [
      {
        id: 'sdk-task-role',
        text: 'Read the objects with the AWS SDK, using a task role that allows s3:GetObject on the bucket.',
        explanation:
          'Right: the SDK finds the task role’s credentials through the container credentials endpoint; no keys ' +
          'in the image, and no mount to run.',
      },
      {
        id: 'volume',
        text: 'Declare a volume with host.sourcePath "s3://product-images".',
        explanation:
          'ECS has no volume type for a bucket, and a sourcePath is a directory on an EC2 host (not allowed on Fargate at all).',
      },
      {
        id: 'fuse',
        text: 'Run s3fs in the container to mount the bucket.',
        explanation:
          'A FUSE mount needs /dev/fuse and SYS_ADMIN, which Fargate does not grant; it is also code you run and patch.',
      },
      {
        id: 'access-keys',
        text: 'Pass an IAM user’s access keys as environment variables.',
        explanation: 'Long-lived keys in the task definition are what task roles exist to avoid.',
      },
    ],
    correct: ['sdk-task-role'],
    tags: {
      concepts: ['S3', 'task role', 'S3 Files', 'volume'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-2.1', 'SAA-1.2'],
      misconceptions: ['M14'],
      facts: ['F66'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      return refusedBy(
        () =>
          sim.callByName('ecs', 'RegisterTaskDefinition', {
            family: 'quiz-s3',
            requiresCompatibilities: ['EC2'],
            containerDefinitions: [
              {
                name: 'app',
                image: 'nginx:latest',
                memory: 256,
                mountPoints: [{ sourceVolume: 'images', containerPath: '/images' }],
              },
            ],
            volumes: [{ name: 'images', host: { sourcePath: 's3://product-images' } }],
          }),
        /S3 bucket cannot be mounted as a volume/,
      );
    },
  },
  {
    id: 'ephemeral-size',
    kind: 'single',
    prompt:
      'A Fargate task transcodes one video at a time and needs about 150 GiB of scratch space that nothing else ' +
      'reads and that can disappear when the task ends. Which option has the LEAST operational overhead?',
    options: [
      {
        id: 'ephemeral',
        text: 'Set ephemeralStorage.sizeInGiB to 150 in the task definition.',
        explanation:
          'Right: Fargate gives every task 20 GiB of ephemeral storage by default and up to 200 GiB on request; it ' +
          'is the task’s own and deleted with it.',
        runIt: transcodeWith({ ephemeralStorage: { sizeInGiB: 150 } }),
      },
      {
        id: 'efs',
        text: 'Mount an EFS file system at /scratch.',
        explanation:
          'EFS shares files between tasks and keeps them; scratch data needs neither, and you pay for what stays.',
      },
      {
        id: 'instance-store',
        text: 'Move the task to an EC2 instance with a large instance store.',
        explanation:
          'That brings back instances to run and patch for something one task-definition field solves.',
      },
      {
        id: 'default',
        text: 'Nothing: Fargate tasks have unlimited local disk.',
        explanation: 'The default is 20 GiB; a task that fills it fails to write.',
        runIt: transcodeWith({}),
      },
    ],
    correct: ['ephemeral'],
    tags: {
      concepts: ['ephemeral storage'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-3.1', 'SOA-1.3'],
      facts: ['F13'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      const register = (sizeInGiB: number) => () =>
        sim.callByName('ecs', 'RegisterTaskDefinition', {
          family: 'quiz-transcode',
          ...FARGATE_BASE,
          ephemeralStorage: { sizeInGiB },
          containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true }],
        });
      register(150)();
      return refusedBy(register(20), /sizeInGiB|21/) && refusedBy(register(201), /sizeInGiB|200/);
    },
  },
  {
    id: 'efs-iam-role',
    kind: 'single',
    prompt:
      'An EFS volume is mounted with authorizationConfig.iam set to ENABLED. Whose permissions decide whether a ' +
      'Fargate task may mount and write the file system?',
    options: [
      {
        id: 'task-role',
        text: 'The task role (taskRoleArn), checked against elasticfilesystem:ClientMount and ClientWrite.',
        explanation:
          'Right: the mount helper uses the task’s own credentials; without a task role a Fargate task has none, ' +
          'and the mount fails.',
      },
      {
        id: 'execution-role',
        text: 'The task execution role.',
        explanation:
          'The execution role pulls images, sends logs and fetches secrets; it is not the identity of the mount.',
      },
      {
        id: 'service-role',
        text: 'The ECS service-linked role.',
        explanation:
          'That role manages ENIs and load balancer targets for ECS, not file access of your tasks.',
      },
      {
        id: 'nobody',
        text: 'Nobody: the security group on port 2049 is the only check.',
        explanation:
          'The security group must let NFS (2049) through, but with iam ENABLED EFS also asks IAM about the task role.',
      },
    ],
    correct: ['task-role'],
    tags: {
      concepts: ['EFS', 'IAM authorization', 'task role'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-1.2', 'DVA-2.1'],
      facts: ['F63'],
    },
    engineCheck(newSim) {
      const noRole = world(newSim);
      runSteps(noRole, [
        mountTargetIn(AZ_B),
        registerCms({ uploads: 'efs-access-point-iam', thumbs: 'mount' }),
        deployCms,
      ]);
      noRole.advance(600);
      const withRole = world(newSim);
      runSteps(withRole, solution);
      return (
        startFailures(noRole).some((f) => /AWS Access Key ID and Secret Access Key are not found/.test(f)) &&
        crossAzRead(withRole)
      );
    },
  },
  {
    id: 'only-cms-mounts',
    kind: 'single',
    prompt:
      'A security review finds that any workload in the VPC that reaches an EFS mount target can mount the CMS ' +
      'file system. Only the CMS tasks, which run with the task role cms-task, may mount and write it. Which ' +
      'solution meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'policy-iam',
        text: 'A file system policy that allows ClientMount and ClientWrite only to cms-task, and iam ENABLED (with transit encryption) on the tasks’ EFS volume.',
        explanation:
          'Right: with IAM authorization the mount identifies itself as the task role; a file system policy that ' +
          'grants nothing to anonymous clients refuses every other mount.',
      },
      {
        id: 'access-point',
        text: 'An access point for the CMS, without IAM authorization.',
        explanation:
          'An access point sets the directory and user, but a mount without IAM is anonymous: it cannot be told ' +
          'apart from any other client.',
      },
      {
        id: 'policy-only',
        text: 'The same file system policy, leaving iam DISABLED on the volume.',
        explanation: 'Then the CMS tasks mount anonymously too, and the policy refuses them as well.',
      },
      {
        id: 'encryption',
        text: 'Turn on encryption at rest with a customer managed KMS key.',
        explanation: 'Encryption at rest protects the stored data; it does not decide who may mount.',
      },
    ],
    correct: ['policy-iam'],
    tags: {
      concepts: ['EFS', 'file system policy', 'IAM authorization'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-1.2', 'SOA-4.2'],
      facts: ['F63'],
    },
    engineCheck(newSim) {
      const anonymous = world(newSim);
      runSteps(anonymous, [
        mountTargetIn(AZ_B),
        registerCms({ uploads: 'efs-access-point', taskRole: true, thumbs: 'mount' }),
        deployCms,
      ]);
      anonymous.advance(600);
      const asRole = world(newSim);
      runSteps(asRole, solution);
      return (
        startFailures(anonymous).some((f) => /access denied by server/.test(f)) &&
        runningCms(anonymous).every((t) => t.taskDefinitionArn.endsWith(':1')) &&
        crossAzRead(asRole)
      );
    },
  },
  {
    id: 'ebs-per-task',
    kind: 'single',
    prompt:
      'Each task of a search indexer service needs its own 500 GiB block volume with provisioned IOPS, created ' +
      'when the task starts and deleted when it stops. Which option meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'ebs-at-launch',
        text: 'A volume with configuredAtLaunch: true, and an EBS volumeConfiguration on the service.',
        explanation:
          'Right: ECS creates and attaches one EBS volume per task from the service’s configuration (size, type, ' +
          'IOPS), and can delete it when the task stops. (The sandbox does not simulate EBS volumes.)',
      },
      {
        id: 'efs-provisioned',
        text: 'One EFS file system with provisioned throughput, mounted by every task.',
        explanation: 'EFS is shared by all tasks; the requirement is a volume per task.',
      },
      {
        id: 'manual-ebs',
        text: 'Create EBS volumes by hand and attach them to the container instances.',
        explanation:
          'That ties volumes to instances and needs your own tooling; ECS can manage per-task volumes itself.',
      },
      {
        id: 'bind',
        text: 'A bind mount on each task’s ephemeral storage.',
        explanation: 'Ephemeral storage offers no IOPS choice and stops at 200 GiB on Fargate.',
      },
    ],
    correct: ['ebs-at-launch'],
    tags: {
      concepts: ['EBS', 'configuredAtLaunch'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-3.1', 'DOP-1.4'],
      misconceptions: ['M14'],
      facts: ['F64'],
    },
  },
  {
    id: 'host-path',
    kind: 'single',
    prompt:
      'On EC2 container instances, two tasks of the same service use a bind mount with host.sourcePath ' +
      '/srv/cache. Task 1 runs on instance A, task 2 on instance B. Task 1 writes /srv/cache/index.json. What ' +
      'does task 2 see?',
    options: [
      {
        id: 'not-there',
        text: 'No such file: sourcePath is a directory on each host, and task 2 is on another host.',
        explanation:
          'Right: a host path is shared by the tasks on that instance and kept after they stop, but each ' +
          'instance has its own.',
      },
      {
        id: 'there',
        text: 'The file: the same sourcePath means the same data.',
        explanation: 'The path is the same, the disk is not: each instance has its own /srv/cache.',
      },
      {
        id: 'gone',
        text: 'Nothing, and task 1 loses the file when it stops.',
        explanation: 'A host path keeps its files after the task stops, until the instance goes.',
      },
      {
        id: 'refused',
        text: 'ECS refuses host.sourcePath on EC2.',
        explanation: 'sourcePath is refused on Fargate, not on EC2.',
      },
    ],
    correct: ['not-there'],
    tags: {
      concepts: ['bind mount', 'host.sourcePath'],
      exams: ['SOA-C03', 'DVA-C02'],
      tasks: ['SOA-1.3', 'DVA-3.1'],
      facts: ['F65'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.callByName('ecs', 'CreateCluster', { clusterName: 'cache' });
      sim.callByName(
        'ec2',
        'RunInstances',
        containerInstancesInput({ instanceType: 't3.medium', count: 3, cluster: 'cache' }),
      );
      sim.advance(180);
      sim.callByName('ecs', 'RegisterTaskDefinition', {
        family: 'cache',
        containerDefinitions: [
          {
            name: 'app',
            image: 'nginx:latest',
            memory: 128,
            mountPoints: [{ sourceVolume: 'cache', containerPath: '/srv/cache' }],
          },
        ],
        volumes: [{ name: 'cache', host: { sourcePath: '/srv/cache' } }],
      });
      sim.callByName('ecs', 'RunTask', {
        cluster: 'cache',
        taskDefinition: 'cache',
        count: 3,
        placementStrategy: [{ type: 'spread', field: 'instanceId' }],
      });
      sim.advance(120);
      const tasks = Object.values(sim.state.ecs.tasks).filter((t) => t.lastStatus === 'RUNNING');
      const host = (t: (typeof tasks)[number]) =>
        sim.state.ecs.containerInstances[t.containerInstanceArn ?? '']?.ec2InstanceId;
      const [first, ...others] = tasks;
      if (!first || others.length < 2 || new Set(tasks.map(host)).size < 3) return false;
      const file = (task: string, op: 'WriteFile' | 'ReadFile') => {
        try {
          return sim.callByName('sim', op, {
            cluster: 'cache',
            task,
            container: 'app',
            path: '/srv/cache/index.json',
            ...(op === 'WriteFile' ? { content: '{}' } : {}),
          }) as { kind: string };
        } catch {
          return undefined;
        }
      };
      const written = file(first.taskArn, 'WriteFile');
      // another host does not see it; a later task on the first host does, after the writer has stopped
      const blind = others.every((t) => file(t.taskArn, 'ReadFile') === undefined);
      sim.callByName('ecs', 'StopTask', { cluster: 'cache', task: first.taskArn });
      sim.advance(120);
      sim.callByName('ecs', 'StartTask', {
        cluster: 'cache',
        taskDefinition: 'cache',
        containerInstances: [first.containerInstanceArn!],
      });
      sim.advance(120);
      const again = Object.values(sim.state.ecs.tasks).find(
        (t) => t.lastStatus === 'RUNNING' && t.containerInstanceArn === first.containerInstanceArn,
      );
      return (
        written?.kind === 'host-path' &&
        blind &&
        again !== undefined &&
        file(again.taskArn, 'ReadFile')?.kind === 'host-path'
      );
    },
  },
] satisfies QuizItem[];
