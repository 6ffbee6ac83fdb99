import { ACCOUNT_ID, REGION, type Simulation, type Task, type TaskDefinition } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/**
 * What lesson 7 watches. Fargate: the service `thumbs` in `media` pulls a private ECR image, logs to
 * /ecs/thumbs, reads a Secrets Manager secret at start and writes to the bucket `thumbs-output`. EC2: the services
 * `frontend` and `reports` share one instance of `office`; only `reports` may read the bucket `reports-data`.
 */
export const MEDIA = 'media';
export const THUMBS = 'thumbs';
export const THUMBS_TASKS = 2;
export const OFFICE = 'office';
export const FRONTEND = 'frontend';
export const REPORTS = 'reports';

export const EXECUTION_ROLE = 'thumbs-execution';
export const TASK_ROLE = 'thumbs-task';
export const INSTANCE_ROLE = 'ecsInstanceRole';

export const OUTPUT_BUCKET = 'thumbs-output';
export const REPORTS_BUCKET = 'reports-data';
export const REPORTS_OBJECT = '2026/q1.csv';
export const LOG_GROUP = '/ecs/thumbs';
export const SECRET_NAME = 'thumbs/api-key';

export const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;
export const REPOSITORY_ARN = `arn:aws:ecr:${REGION}:${ACCOUNT_ID}:repository/${THUMBS}`;
export const IMAGE = `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/${THUMBS}:v1`;
export const LOG_GROUP_ARN = `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:${LOG_GROUP}:*`;
/** every version of the secret: its ARN ends in `-` and six random characters */
export const SECRET_ARN_PATTERN = `arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:${SECRET_NAME}-*`;
/** a thumbnail the application writes, and one it has no business writing */
export const THUMBNAIL_ARN = `arn:aws:s3:::${OUTPUT_BUCKET}/thumbs/cat-640.png`;
export const FOREIGN_OBJECT_ARN = `arn:aws:s3:::${REPORTS_BUCKET}/thumbs/cat-640.png`;
export const REPORT_ARN = `arn:aws:s3:::${REPORTS_BUCKET}/${REPORTS_OBJECT}`;

/** A policy document as the IAM API takes it: JSON text. */
export const policy = (...Statement: ReadonlyArray<Record<string, unknown>>) =>
  JSON.stringify({ Version: '2012-10-17', Statement });

/** Who may assume a role for tasks: ECS tasks. */
export const TASKS_TRUST = policy({
  Effect: 'Allow',
  Principal: { Service: 'ecs-tasks.amazonaws.com' },
  Action: 'sts:AssumeRole',
});

/** What starting thumbs needs: the registry token, its image, its log stream, its secret. */
export const STARTUP_POLICY = policy(
  { Sid: 'RegistryToken', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
  {
    Sid: 'PullThumbs',
    Effect: 'Allow',
    Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
    Resource: REPOSITORY_ARN,
  },
  {
    Sid: 'WriteLogs',
    Effect: 'Allow',
    Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    Resource: LOG_GROUP_ARN,
  },
  {
    Sid: 'ReadApiKey',
    Effect: 'Allow',
    Action: 'secretsmanager:GetSecretValue',
    Resource: SECRET_ARN_PATTERN,
  },
);

/** What the thumbs application itself needs: writing thumbnails. */
export const THUMBNAILS_POLICY = policy({
  Sid: 'WriteThumbnails',
  Effect: 'Allow',
  Action: 's3:PutObject',
  Resource: `arn:aws:s3:::${OUTPUT_BUCKET}/*`,
});

/** What reports needs: reading its bucket. */
export const READ_REPORTS_POLICY = policy({
  Sid: 'ReadReports',
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: `arn:aws:s3:::${REPORTS_BUCKET}/*`,
});

export const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
export const S3_FULL_ACCESS = 'arn:aws:iam::aws:policy/AmazonS3FullAccess';
export const TASK_EXECUTION_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';

/** The tasks a service of `cluster` has started that the engine still holds. */
export const serviceTasks = (sim: Simulation, cluster: string, service: string): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) => arnName(t.clusterArn) === cluster && t.group === `service:${service}`,
  );

export const runningTasks = (sim: Simulation, cluster: string, service: string): ReadonlyArray<Task> =>
  serviceTasks(sim, cluster, service).filter(
    (t) => t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
  );

export const taskDefinitionOf = (sim: Simulation, task: Task): TaskDefinition | undefined =>
  sim.state.ecs.taskDefinitions[task.taskDefinitionArn];

/** The role name of an ARN (`arn:aws:iam::…:role/thumbs-task` → `thumbs-task`). */
export const roleNameOf = (arn: string | undefined) =>
  arn === undefined ? undefined : arn.split('/').at(-1);

/** The newest stopped reason among a service's tasks, if one stopped. */
export function lastStoppedReason(sim: Simulation, cluster: string, service: string): string | undefined {
  const stopped = serviceTasks(sim, cluster, service)
    .filter((t) => t.lastStatus === 'STOPPED' && t.stoppedReason !== undefined)
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0));
  return stopped[0]?.stoppedReason;
}

export interface AppCall {
  readonly allowed: boolean;
  readonly principal: string;
  readonly roleName?: string;
  readonly message: string;
}

/**
 * What the application in `task` would get if it made this AWS call now, asked on a copy of the simulation
 * (the call records itself and may write an object; the lesson's own state stays as it is).
 */
export function appCall(
  sim: Simulation,
  cluster: string,
  task: Task,
  action: string,
  resource: string,
): AppCall {
  const out = sim.fork().callByName('sim', 'CallAws', {
    cluster,
    task: task.taskArn,
    action,
    resource,
  }) as AppCall;
  return out;
}

/** Whether a role's policies allow `action` on `resource` (IAM SimulatePrincipalPolicy on a copy). */
export function roleAllows(sim: Simulation, roleName: string, action: string, resource: string): boolean {
  if (!sim.state.iam.roles[roleName]) return false;
  const out = sim.fork().callByName('iam', 'SimulatePrincipalPolicy', {
    PolicySourceArn: roleArn(roleName),
    ActionNames: [action],
    ResourceArns: [resource],
  }) as { EvaluationResults: ReadonlyArray<{ EvalDecision: string }> };
  return out.EvaluationResults.some((r) => r.EvalDecision === 'allowed');
}

/** The role the instance under a task uses (its instance profile's role). */
export function instanceRoleOf(sim: Simulation, task: Task): string | undefined {
  const ci = task.containerInstanceArn
    ? sim.state.ecs.containerInstances[task.containerInstanceArn]
    : undefined;
  const instance = ci ? sim.state.ec2.instances[ci.ec2InstanceId] : undefined;
  const profile = instance?.IamInstanceProfile;
  if (profile === undefined) return undefined;
  const name = profile.includes('/') ? profile.split('/').at(-1)! : profile;
  return sim.state.iam.instanceProfiles[name]?.roleName;
}
