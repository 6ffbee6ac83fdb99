import { startOf } from '../../src/course/quizChecks';
import { launchContainerInstances } from '../../src/course/fixtures';
import { call, runSteps, wait } from '../../src/course/steps';
import type { QuizItem, RunIt, Step } from '../../src/course/types';
import { ACCOUNT_ID, isAwsError, type Simulation } from '../../src/engine/index';
import {
  appCall,
  EXECUTION_ROLE,
  FRONTEND,
  lastStoppedReason,
  MEDIA,
  OFFICE,
  policy,
  REPORT_ARN,
  REPORTS,
  roleArn,
  runningTasks,
  S3_FULL_ACCESS,
  S3_READ_ONLY,
  STARTUP_POLICY,
  TASK_EXECUTION_POLICY,
  TASKS_TRUST,
  THUMBS,
} from './roles';
import scenario, { officeTaskDefinition } from './scenario';
import { instanceRoleWithoutS3, putPolicy, redeployThumbs, reportsTaskRole } from './solution';

/** The running task of `service` in office asks S3 for the report, as its application would. */
const readReports = (service: string): Step =>
  call(
    'sim',
    'CallAws',
    (sim) => ({
      cluster: OFFICE,
      task: runningTasks(sim, OFFICE, service)[0]!.taskArn,
      action: 's3:GetObject',
      resource: REPORT_ARN,
    }),
    `${service} reads the report`,
  );

/** "Run it" for shared-host: `steps` on the lesson's office cluster, where frontend and reports share hosts. */
const onOffice = (steps: ReadonlyArray<Step>): RunIt => ({
  steps: [...steps, wait(300), readReports(REPORTS), readReports(FRONTEND)],
  advance: 120,
  look: 'the Identity tab: which of reports’ and frontend’s calls to reports-data are allowed or denied',
});

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

const subnets = (sim: Simulation) => Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId);

/**
 * A small Fargate world: `prepare` runs first (roles, buckets, secrets); then cluster `q` and the service `app`
 * (1 task of the public demo image) with `roles` as its execution and task roles and `secretsOf(sim)` in its
 * container. Returns the simulation 3 minutes after the service was created.
 */
function fargateApp(
  newSim: (seed: number) => Simulation,
  prepare: (sim: Simulation) => void,
  roles: { execution?: string; task?: string },
  secretsOf: (sim: Simulation) => ReadonlyArray<{ name: string; valueFrom: string }> = () => [],
): Simulation {
  const sim = newSim(1);
  prepare(sim);
  const secrets = secretsOf(sim);
  sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'app',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    ...(roles.execution ? { executionRoleArn: roleArn(roles.execution) } : {}),
    ...(roles.task ? { taskRoleArn: roleArn(roles.task) } : {}),
    containerDefinitions: [
      { name: 'app', image: 'public.ecr.aws/ecs-sandbox/web:v1', ...(secrets.length ? { secrets } : {}) },
    ],
  });
  sim.call('ecs', 'CreateService', {
    cluster: 'q',
    serviceName: 'app',
    taskDefinition: 'app',
    desiredCount: 1,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: subnets(sim), assignPublicIp: 'ENABLED' } },
  });
  sim.advance(180);
  return sim;
}

const taskRoleFor = (sim: Simulation, RoleName: string, document?: string) => {
  sim.call('iam', 'CreateRole', { RoleName, AssumeRolePolicyDocument: TASKS_TRUST });
  if (document) sim.call('iam', 'PutRolePolicy', { RoleName, PolicyName: 'app', PolicyDocument: document });
};

export default [
  {
    id: 'secret-on-task-role',
    kind: 'single',
    prompt:
      'A Fargate task stops before it runs with "ResourceInitializationError: unable to pull secrets or registry ' +
      'auth: … AccessDeniedException: … is not authorized to perform: secretsmanager:GetSecretValue". Its task role ' +
      'has SecretsManagerReadWrite attached; its execution role has only AmazonECSTaskExecutionRolePolicy. Which ' +
      'change fixes it with the LEAST privilege?',
    options: [
      {
        id: 'execution-scoped',
        text: 'Add secretsmanager:GetSecretValue on that one secret’s ARN to the execution role.',
        explanation:
          'Right: secrets are fetched while the task starts, with the execution role. Scoping the statement to the ' +
          'secret keeps it least privilege; the task role’s policy can then go.',
      },
      {
        id: 'task-role-wider',
        text: 'Attach SecretsManagerReadWrite to the task role again, with a wildcard resource.',
        explanation:
          'The task role already has it, and it is not used to start the task: its credentials only reach the ' +
          'running application.',
      },
      {
        id: 'execution-readwrite',
        text: 'Attach SecretsManagerReadWrite to the execution role.',
        explanation:
          'It works, but it lets the role create, change and delete every secret in the account: far more than ' +
          'reading one.',
      },
      {
        id: 'instance-profile',
        text: 'Add secretsmanager:GetSecretValue to the instance profile.',
        explanation:
          'Fargate tasks have no instance profile; secrets always come through the execution role.',
      },
    ],
    correct: ['execution-scoped'],
    engineCheck(newSim) {
      // the secret statement on the task role does not start the task; on the execution role, scoped, it does
      const DB = `arn:aws:secretsmanager:us-east-1:${ACCOUNT_ID}:secret:q/db`;
      const secretArn = (sim: Simulation) =>
        Object.values(sim.state.secretsManager.secrets).find((x) => x.Name === 'q/db')!.ARN;
      const prepare = (fixed: boolean) => (sim: Simulation) => {
        sim.call('secretsmanager', 'CreateSecret', { Name: 'q/db', SecretString: 'pw-1' });
        taskRoleFor(sim, 'app-exec');
        sim.call('iam', 'AttachRolePolicy', { RoleName: 'app-exec', PolicyArn: TASK_EXECUTION_POLICY });
        taskRoleFor(sim, 'app-task', policy({ Effect: 'Allow', Action: 'secretsmanager:*', Resource: '*' }));
        if (fixed) {
          sim.call('iam', 'PutRolePolicy', {
            RoleName: 'app-exec',
            PolicyName: 'read-db',
            PolicyDocument: policy({
              Effect: 'Allow',
              Action: 'secretsmanager:GetSecretValue',
              Resource: `${DB}-*`,
            }),
          });
        }
      };
      const roles = { execution: 'app-exec', task: 'app-task' };
      const secrets = (sim: Simulation) => [{ name: 'DB_PASSWORD', valueFrom: secretArn(sim) }];
      const failing = fargateApp(newSim, prepare(false), roles, secrets);
      const fixed = fargateApp(newSim, prepare(true), roles, secrets);
      const reason = lastStoppedReason(failing, 'q', 'app') ?? '';
      return (
        reason.startsWith('ResourceInitializationError: unable to pull secrets or registry auth') &&
        reason.includes('secretsmanager:GetSecretValue') &&
        runningTasks(failing, 'q', 'app').length === 0 &&
        runningTasks(fixed, 'q', 'app').length === 1
      );
    },
    tags: {
      concepts: ['task execution role', 'secrets', 'least privilege'],
      exams: ['SAA-C03', 'DVA-C02', 'DOP-C02'],
      tasks: ['SAA-1.2', 'DVA-2.3', 'DOP-6.1'],
      misconceptions: ['M1'],
      facts: ['F20', 'F22'],
    },
  },
  {
    id: 'app-access-denied',
    kind: 'single',
    prompt:
      'An ECS task is RUNNING and healthy, but its application logs "AccessDenied: … is not authorized to perform: ' +
      's3:PutObject" each time it saves an upload. The execution role has AmazonS3FullAccess attached. What is ' +
      'the MOST likely fix?',
    options: [
      {
        id: 'task-role',
        text: 'Allow s3:PutObject on the upload bucket in the task role, and take S3 off the execution role.',
        explanation:
          'Right: a running application calls AWS with the task role. The execution role’s S3 access was never ' +
          'available to it.',
      },
      {
        id: 'execution-role',
        text: 'Nothing on the roles: the execution role already allows it, so the bucket must be missing.',
        explanation:
          'The error names the caller and says no identity policy allows the action: the task role lacks it. The ' +
          'execution role is for starting the task.',
      },
      {
        id: 'redeploy',
        text: 'Force a new deployment so the task picks up the execution role’s S3 access.',
        explanation:
          'New tasks have the same problem: the execution role’s credentials never reach the containers.',
      },
      {
        id: 'instance-role',
        text: 'Attach AmazonS3FullAccess to the container instance role.',
        explanation:
          'A task with a task role uses it first; and on a shared host this would hand S3 to every task there.',
      },
    ],
    correct: ['task-role'],
    engineCheck(newSim) {
      const sim = fargateApp(
        newSim,
        (s) => {
          s.call('s3api', 'CreateBucket', { Bucket: 'uploads' });
          taskRoleFor(s, 'app-exec');
          s.call('iam', 'AttachRolePolicy', { RoleName: 'app-exec', PolicyArn: TASK_EXECUTION_POLICY });
          s.call('iam', 'AttachRolePolicy', { RoleName: 'app-exec', PolicyArn: S3_FULL_ACCESS });
          taskRoleFor(s, 'app-task');
        },
        { execution: 'app-exec', task: 'app-task' },
      );
      const [task] = runningTasks(sim, 'q', 'app');
      if (!task) return false;
      const denied = appCall(sim, 'q', task, 's3:PutObject', 'arn:aws:s3:::uploads/a.jpg');
      sim.call('iam', 'PutRolePolicy', {
        RoleName: 'app-task',
        PolicyName: 'uploads',
        PolicyDocument: policy({
          Effect: 'Allow',
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::uploads/*',
        }),
      });
      const allowed = appCall(sim, 'q', task, 's3:PutObject', 'arn:aws:s3:::uploads/a.jpg');
      return (
        !denied.allowed &&
        denied.principal === 'task-role' &&
        denied.message.includes('is not authorized to perform: s3:PutObject') &&
        allowed.allowed
      );
    },
    tags: {
      concepts: ['task role', 'AccessDenied', 'troubleshooting'],
      exams: ['DVA-C02', 'SOA-C03', 'SAA-C03'],
      tasks: ['DVA-2.1', 'SOA-4.2', 'SAA-1.2'],
      misconceptions: ['M1'],
      facts: ['F21', 'F22'],
    },
  },
  {
    id: 'shared-host',
    kind: 'single',
    prompt:
      'Two services run on the same EC2 container instances. Only the reports service may read the bucket ' +
      'reports-data, but today both can, because AmazonS3ReadOnlyAccess is attached to the instance role. Which ' +
      'change is MOST secure?',
    options: [
      {
        id: 'task-roles-block',
        text: 'Give reports a task role that reads reports-data, remove S3 from the instance role, and block containers from instance metadata.',
        explanation:
          'Right: each service gets only its own permissions, and a container without a task role can no longer ' +
          'borrow the host’s credentials.',
        runIt: onOffice([...reportsTaskRole, instanceRoleWithoutS3]),
      },
      {
        id: 'bucket-policy',
        text: 'Keep the instance role and add a bucket policy that allows the instance role only.',
        explanation: 'Both services use that same instance role, so the bucket cannot tell them apart.',
      },
      {
        id: 'separate-profile',
        text: 'Launch the instances with a second instance profile that has AmazonS3ReadOnlyAccess.',
        explanation: 'Still a role of the host: every task placed there can use it.',
      },
      {
        id: 'execution-role',
        text: 'Move AmazonS3ReadOnlyAccess to the reports task definition’s execution role.',
        explanation:
          'The execution role starts tasks; the application never gets its credentials, so reports would lose access.',
        runIt: onOffice([
          call('iam', 'CreateRole', { RoleName: 'reports-exec', AssumeRolePolicyDocument: TASKS_TRUST }),
          call('iam', 'AttachRolePolicy', { RoleName: 'reports-exec', PolicyArn: S3_READ_ONLY }),
          call('ecs', 'RegisterTaskDefinition', {
            ...officeTaskDefinition(REPORTS),
            executionRoleArn: roleArn('reports-exec'),
          }),
          call('ecs', 'UpdateService', { cluster: OFFICE, service: REPORTS, taskDefinition: REPORTS }),
          instanceRoleWithoutS3,
        ]),
      },
    ],
    correct: ['task-roles-block'],
    engineCheck(newSim) {
      // at the lesson's start frontend reads the bucket through the instance role; after the fix it cannot
      const sim = world(newSim);
      sim.advance(120);
      const before = appCall(
        sim,
        OFFICE,
        runningTasks(sim, OFFICE, FRONTEND)[0]!,
        's3:GetObject',
        REPORT_ARN,
      );
      runSteps(sim, [...reportsTaskRole, instanceRoleWithoutS3]);
      sim.advance(300);
      const frontend = appCall(
        sim,
        OFFICE,
        runningTasks(sim, OFFICE, FRONTEND)[0]!,
        's3:GetObject',
        REPORT_ARN,
      );
      const reports = appCall(
        sim,
        OFFICE,
        runningTasks(sim, OFFICE, REPORTS)[0]!,
        's3:GetObject',
        REPORT_ARN,
      );
      return (
        before.allowed &&
        before.principal === 'instance-role-imds' &&
        !frontend.allowed &&
        reports.allowed &&
        reports.principal === 'task-role'
      );
    },
    tags: {
      concepts: ['instance role', 'instance metadata', 'task role'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-1.2', 'DOP-6.1'],
      misconceptions: ['M2'],
      facts: ['F21', 'F23'],
    },
  },
  {
    id: 'fargate-no-task-role',
    kind: 'single',
    prompt:
      'A Fargate task definition has an execution role but no task role. The application calls S3 with the AWS ' +
      'SDK. Which credentials does it get?',
    options: [
      {
        id: 'none',
        text: 'None: without a task role a Fargate task has no AWS credentials, so the call fails.',
        explanation:
          'Right: there is no instance role on Fargate to fall back to, and the execution role is not handed over.',
      },
      {
        id: 'execution',
        text: 'The execution role’s, since it is the only role in the task definition.',
        explanation:
          'The execution role is used by Fargate to start the task; its credentials never reach the containers.',
      },
      {
        id: 'instance',
        text: 'The role of the Fargate host, through instance metadata.',
        explanation: 'Fargate hosts are AWS’s; a task cannot reach any role of theirs.',
      },
      {
        id: 'account',
        text: 'The account’s root credentials.',
        explanation: 'Nothing hands root credentials to a task.',
      },
    ],
    correct: ['none'],
    engineCheck(newSim) {
      const sim = fargateApp(newSim, (s) => s.call('s3api', 'CreateBucket', { Bucket: 'uploads' }), {
        execution: 'ecsTaskExecutionRole',
      });
      const [task] = runningTasks(sim, 'q', 'app');
      if (!task) return false;
      const call = appCall(sim, 'q', task, 's3:GetObject', 'arn:aws:s3:::uploads/a.jpg');
      return !call.allowed && call.principal === 'none';
    },
    tags: {
      concepts: ['task role', 'Fargate'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-2.1', 'SAA-1.2'],
      facts: ['F21', 'F23'],
    },
  },
  {
    id: 'execution-role-duties',
    kind: 'multiple',
    prompt:
      'A Fargate task definition uses an image in a private ECR repository, the awslogs log driver, a ' +
      'Secrets Manager secret in `secrets`, and an application that reads items from DynamoDB. Which THREE ' +
      'of these are done with the task execution role?',
    options: [
      {
        id: 'pull',
        text: 'Pulling the image',
        explanation: 'Right: Fargate pulls private ECR images with the execution role.',
      },
      {
        id: 'logs',
        text: 'Sending the container’s output to CloudWatch Logs',
        explanation: 'Right: awslogs on Fargate uses the execution role.',
      },
      {
        id: 'secret',
        text: 'Putting the secret into the container’s environment',
        explanation: 'Right: secrets are fetched at start with the execution role, on Fargate and EC2.',
      },
      {
        id: 'dynamodb',
        text: 'Reading items from DynamoDB',
        explanation: 'The application’s own call: the task role.',
      },
      {
        id: 'exec',
        text: 'Opening a shell into the container with ECS Exec',
        explanation:
          'ECS Exec runs through the SSM agent in the task and needs the ssmmessages permissions on the task role.',
      },
    ],
    correct: ['pull', 'logs', 'secret'],
    engineCheck(newSim) {
      // once the start-up statements are on thumbs-execution, the pull, the secret and the logs are its calls
      const sim = world(newSim);
      runSteps(sim, [putPolicy(EXECUTION_ROLE, 'startup', STARTUP_POLICY), redeployThumbs, { advance: 240 }]);
      const byExecution = new Set(
        Object.values(sim.state.iam.calls)
          .filter(
            (c) =>
              c.principal === 'execution-role' && c.decision === 'allowed' && c.roleName === EXECUTION_ROLE,
          )
          .map((c) => c.action),
      );
      return (
        runningTasks(sim, MEDIA, THUMBS).length > 0 &&
        byExecution.has('ecr:GetAuthorizationToken') &&
        byExecution.has('ecr:BatchGetImage') &&
        byExecution.has('secretsmanager:GetSecretValue') &&
        byExecution.has('logs:CreateLogStream')
      );
    },
    tags: {
      concepts: ['task execution role', 'task role'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-1.2', 'DVA-2.1'],
      misconceptions: ['M1'],
      facts: ['F20', 'F21'],
    },
  },
  {
    id: 'ec2-no-execution-role',
    kind: 'single',
    prompt:
      'On EC2 container instances with the usual ecsInstanceRole, a task definition has no execution role. ' +
      'Its image is in private ECR and it uses awslogs. The team now adds a Parameter Store SecureString in' +
      ' `secrets`. What is the MOST likely result?',
    options: [
      {
        id: 'needs-execution',
        text: 'The image pull and logs kept working through the instance role, but the secret needs an execution role: registering the revision is refused until it names one.',
        explanation:
          'Right: on EC2 the agent may use the instance role for pulls and logs, but secrets are always fetched ' +
          'with the execution role.',
      },
      {
        id: 'instance-role-secret',
        text: 'It works once ssm:GetParameters is added to the instance role.',
        explanation: 'Older guidance; ECS fetches secrets with the execution role on both EC2 and Fargate.',
      },
      {
        id: 'task-role-secret',
        text: 'It works once ssm:GetParameters is added to the task role.',
        explanation:
          'The task role is the application’s; the value is injected before the application starts.',
      },
      {
        id: 'pull-fails',
        text: 'The image could never be pulled: private ECR always needs an execution role.',
        explanation:
          'On EC2 the container agent can pull with the instance role (AmazonEC2ContainerServiceforEC2Role).',
      },
    ],
    correct: ['needs-execution'],
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
      launchContainerInstances(sim, { cluster: 'q', instanceType: 't3.small' });
      sim.call('ecr', 'CreateRepository', { repositoryName: 'app' });
      sim.call('sim', 'PushImage', {
        repositoryName: 'app',
        imageTag: 'v1',
        sourceImage: 'public.ecr.aws/ecs-sandbox/web:v1',
      });
      sim.call('logs', 'CreateLogGroup', { logGroupName: '/ecs/app' });
      sim.call('ssm', 'PutParameter', { Name: 'app-token', Value: 't-1', Type: 'SecureString' });
      sim.advance(120);
      const container = {
        name: 'app',
        image: `${ACCOUNT_ID}.dkr.ecr.us-east-1.amazonaws.com/app:v1`,
        memory: 256,
        logConfiguration: {
          logDriver: 'awslogs' as const,
          options: {
            'awslogs-group': '/ecs/app',
            'awslogs-region': 'us-east-1',
            'awslogs-stream-prefix': 'app',
          },
        },
      };
      sim.call('ecs', 'RegisterTaskDefinition', { family: 'app', containerDefinitions: [container] });
      sim.call('ecs', 'RunTask', { cluster: 'q', taskDefinition: 'app:1' });
      sim.advance(120);
      const ran = Object.values(sim.state.ecs.tasks).some((t) => t.lastStatus === 'RUNNING');
      let refused = false;
      try {
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: 'app',
          containerDefinitions: [{ ...container, secrets: [{ name: 'TOKEN', valueFrom: 'app-token' }] }],
        });
      } catch (e) {
        refused = isAwsError(e) && /executionRoleArn/.test(e.message);
      }
      return ran && refused;
    },
    tags: {
      concepts: ['task execution role', 'instance role', 'secrets'],
      exams: ['SAA-C03', 'DVA-C02', 'SOA-C03'],
      tasks: ['SAA-1.2', 'DVA-2.1', 'SOA-4.2'],
      misconceptions: ['M1'],
      facts: ['F19', 'F20'],
    },
  },
  {
    id: 'role-per-service',
    kind: 'single',
    prompt:
      'Three Fargate services share one task role with the union of their permissions: one writes to a queue, one ' +
      'reads a table, one uploads to a bucket. The security team asks for LEAST privilege. What should change?',
    options: [
      {
        id: 'one-each',
        text: 'A task role per service, each allowing only that service’s actions on its own resources.',
        explanation: 'Right: a compromised service then reaches only what it needs.',
      },
      {
        id: 'execution',
        text: 'Move all three permissions to a shared execution role.',
        explanation: 'The applications would lose them: the execution role is not handed to containers.',
      },
      {
        id: 'deny',
        text: 'Keep the shared role and add explicit denies for each service’s unused actions.',
        explanation:
          'A role cannot tell which service is calling; a deny would block the service that needs the action.',
      },
      {
        id: 'managed',
        text: 'Replace the role’s inline policy with AWS managed full-access policies for the three services.',
        explanation: 'Broader still: every service gets full access to all three.',
      },
    ],
    correct: ['one-each'],
    tags: {
      concepts: ['task role', 'least privilege'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-1.2', 'DOP-6.1'],
      facts: ['F21'],
    },
  },
] satisfies QuizItem[];
