import { launchContainerInstances } from '../../src/course/fixtures';
import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation, type Simulation } from '../../src/engine/index';
import {
  appCall,
  EXECUTION_ROLE,
  FRONTEND,
  IMAGE,
  INSTANCE_ROLE,
  lastStoppedReason,
  LOG_GROUP,
  MEDIA,
  OFFICE,
  OUTPUT_BUCKET,
  REPORTS,
  REPORTS_BUCKET,
  REPORTS_OBJECT,
  roleArn,
  runningTasks,
  S3_READ_ONLY,
  SECRET_NAME,
  STARTUP_POLICY,
  TASK_ROLE,
  TASKS_TRUST,
  THUMBNAIL_ARN,
  THUMBNAILS_POLICY,
  THUMBS,
  THUMBS_TASKS,
} from './roles';

/** thumbs:1 — its image in private ECR, logs through awslogs, its API key from Secrets Manager, both roles set. */
export const thumbsTaskDefinition = (secretArn: string) => ({
  family: THUMBS,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '512',
  executionRoleArn: roleArn(EXECUTION_ROLE),
  taskRoleArn: roleArn(TASK_ROLE),
  containerDefinitions: [
    {
      name: THUMBS,
      image: IMAGE,
      portMappings: [{ containerPort: 8080 }],
      secrets: [{ name: 'API_KEY', valueFrom: secretArn }],
      logConfiguration: {
        logDriver: 'awslogs' as const,
        options: {
          'awslogs-group': LOG_GROUP,
          'awslogs-region': 'us-east-1',
          'awslogs-stream-prefix': THUMBS,
        },
      },
    },
  ],
});

/** frontend:1 and reports:1 on EC2 (bridge mode), neither with a task role. */
export const officeTaskDefinition = (family: string, taskRoleArn?: string) => ({
  family,
  containerDefinitions: [
    {
      name: family,
      image: 'public.ecr.aws/ecs-sandbox/web:v1',
      memory: 256,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
    },
  ],
  ...(taskRoleArn === undefined ? {} : { taskRoleArn }),
});

/** The ARN of thumbs' secret (it ends in six random characters, so it is read from the state). */
export const secretArn = (sim: Simulation) =>
  Object.values(sim.state.secretsManager.secrets).find((s) => s.Name === SECRET_NAME)!.ARN;

/**
 * Fargate: cluster `media`; the private repository `thumbs` with `thumbs:v1` pushed; the log group /ecs/thumbs;
 * the secret thumbs/api-key; the bucket thumbs-output; the roles thumbs-execution (with the application's S3
 * write) and thumbs-task (with ECR, logs and the secret): each holds the other's permissions. The service thumbs
 * (2 tasks) has just been created. EC2: cluster `office`, one t3.medium whose instance role also has
 * AmazonS3ReadOnlyAccess; frontend and reports run one task each without task roles; reports-data holds a report.
 */
const scenario = {
  seed: 7,
  build(sim) {
    // office: the instance role was given S3 read "so reports can read its bucket"
    sim.call('iam', 'AttachRolePolicy', { RoleName: INSTANCE_ROLE, PolicyArn: S3_READ_ONLY });
    sim.call('ecs', 'CreateCluster', { clusterName: OFFICE });
    launchContainerInstances(sim, {
      cluster: OFFICE,
      instanceType: 't3.medium',
      availabilityZone: 'us-east-1a',
    });
    sim.call('s3api', 'CreateBucket', { Bucket: REPORTS_BUCKET });
    sim.call('s3api', 'PutObject', {
      Bucket: REPORTS_BUCKET,
      Key: REPORTS_OBJECT,
      Body: 'region,revenue\nnorth,1200\nsouth,950\n',
    });
    sim.advance(120);
    for (const family of [FRONTEND, REPORTS]) {
      sim.call('ecs', 'RegisterTaskDefinition', officeTaskDefinition(family));
      sim.call('ecs', 'CreateService', {
        cluster: OFFICE,
        serviceName: family,
        taskDefinition: `${family}:1`,
        desiredCount: 1,
        launchType: 'EC2',
      });
    }

    // media: everything thumbs needs exists; the permissions sit on the wrong roles
    sim.call('ecs', 'CreateCluster', { clusterName: MEDIA });
    sim.call('ecr', 'CreateRepository', { repositoryName: THUMBS });
    sim.call('sim', 'PushImage', {
      repositoryName: THUMBS,
      imageTag: 'v1',
      sourceImage: 'public.ecr.aws/ecs-sandbox/web:v1',
    });
    sim.call('logs', 'CreateLogGroup', { logGroupName: LOG_GROUP });
    sim.call('secretsmanager', 'CreateSecret', { Name: SECRET_NAME, SecretString: 'tk_live_4f9a2c71e8' });
    sim.call('s3api', 'CreateBucket', { Bucket: OUTPUT_BUCKET });
    for (const RoleName of [EXECUTION_ROLE, TASK_ROLE]) {
      sim.call('iam', 'CreateRole', { RoleName, AssumeRolePolicyDocument: TASKS_TRUST });
    }
    sim.call('iam', 'PutRolePolicy', {
      RoleName: EXECUTION_ROLE,
      PolicyName: 'thumbnails',
      PolicyDocument: THUMBNAILS_POLICY,
    });
    sim.call('iam', 'PutRolePolicy', {
      RoleName: TASK_ROLE,
      PolicyName: 'startup',
      PolicyDocument: STARTUP_POLICY,
    });
    sim.call('ecs', 'RegisterTaskDefinition', thumbsTaskDefinition(secretArn(sim)));
    sim.call('ecs', 'CreateService', {
      cluster: MEDIA,
      serviceName: THUMBS,
      taskDefinition: `${THUMBS}:1`,
      desiredCount: THUMBS_TASKS,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId),
          assignPublicIp: 'ENABLED',
        },
      },
    });
    sim.advance(5);
  },
  controls: ['services', 'identity', 'console', 'logs', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/** On a fresh copy of the lesson, runs 5 minutes untouched: do thumbs' tasks run, and why not. */
export function untouchedThumbs(): { running: number; stoppedReason?: string; appAllowed?: boolean } {
  const probe = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  probe.advance(300);
  const running = runningTasks(probe, MEDIA, THUMBS);
  return {
    running: running.length,
    stoppedReason: lastStoppedReason(probe, MEDIA, THUMBS),
    appAllowed: running[0]
      ? appCall(probe, MEDIA, running[0], 's3:PutObject', THUMBNAIL_ARN).allowed
      : undefined,
  };
}

export const prediction: Prediction = {
  prompt:
    'thumbs’ task definition names both roles, but the ECR, logs and secret permissions sit on the task role, ' +
    'and the S3 write on the execution role. What happens to the 2 tasks the service is starting?',
  options: [
    { id: 'merged', text: 'They run and everything works: a task gets both roles’ permissions together.' },
    { id: 'app-denied', text: 'They run, but the application’s writes to thumbs-output are denied.' },
    {
      id: 'never-start',
      text: 'They never run: each stops while starting, because the execution role may not get the registry login or the secret.',
    },
    { id: 'stop-on-write', text: 'They start, then stop when the application first writes to S3.' },
  ],
  outcome() {
    const { running, stoppedReason, appAllowed } = untouchedThumbs();
    if (running > 0) return appAllowed ? 'merged' : 'app-denied';
    return stoppedReason?.startsWith('ResourceInitializationError') ||
      stoppedReason?.startsWith('CannotPullContainerError')
      ? 'never-start'
      : 'stop-on-write';
  },
  explanation:
    'Starting a task is the execution role’s job alone: Fargate asked for the ECR login with thumbs-execution, ' +
    'found no statement allowing it, and stopped each task with ResourceInitializationError (the image and the ' +
    'secret would have needed that role too). ' +
    'The task role’s permissions are only ever handed to the running application, so they could not help. The ' +
    'service keeps trying, more slowly each time.',
};
