import { startOf } from '../../src/course/quizChecks';
import { runSteps } from '../../src/course/steps';
import type { QuizItem, RunIt, Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { CLUSTER, ordersService, PASSWORD_V1, PASSWORD_V2, runningOrders, SERVICE, variable } from './config';
import {
  allowExecution,
  createParameter,
  createSecret,
  deployLatest,
  redeploy,
  registerOrders,
  rotateSecret,
  secretArn,
  toSecret,
} from './moves';
import scenario from './scenario';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

const values = (sim: Simulation, name: string) =>
  runningOrders(sim).map((t) => variable(sim, t, name)?.value);

/** The newest stopped reason among orders' tasks. */
const lastStoppedReason = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks)
    .filter((t) => t.group === `service:${SERVICE}` && t.lastStatus === 'STOPPED')
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0]?.stoppedReason;

/**
 * "Run it" for rotated-but-old: orders reads DB_PASSWORD from Secrets Manager, the secret gets a new value, and
 * then `then` is done.
 */
const afterRotation = (then: ReadonlyArray<Step>): RunIt => ({
  steps: [...toSecret, rotateSecret, { advance: 60 }, ...then],
  advance: 600,
  look: 'the DB_PASSWORD each running orders task shows on its status page',
});

export default [
  {
    id: 'rotated-but-old',
    kind: 'single',
    prompt:
      'An ECS service injects its database password from Secrets Manager through `secrets`. After the password ' +
      'was rotated, the running tasks still connect with the old one and start failing. Which action fixes this ' +
      'with the LEAST operational overhead?',
    options: [
      {
        id: 'force-new-deployment',
        text: 'Run update-service with --force-new-deployment, so the service replaces its tasks and each new task reads the secret.',
        explanation:
          'Right: secrets are read when a container starts. A new deployment of the same revision is all it takes.',
        runIt: afterRotation([redeploy]),
      },
      {
        id: 'new-revision',
        text: 'Register a new task definition revision with the same secret ARN and update the service to it.',
        explanation:
          'It works, but the revision changes nothing: the new tasks are what read the new value. More steps for the same effect.',
      },
      {
        id: 'wait',
        text: 'Wait: the ECS agent refreshes secrets in running containers every few minutes.',
        explanation: 'Nothing refreshes a container’s environment after it starts.',
        runIt: afterRotation([]),
      },
      {
        id: 'restart-app',
        text: 'Use ECS Exec to restart the application process inside each container.',
        explanation: 'The environment variable in the container still holds the value it was started with.',
      },
    ],
    correct: ['force-new-deployment'],
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, [...toSecret, rotateSecret, { advance: 600 }]);
      const stale = values(sim, 'DB_PASSWORD');
      const revision = ordersService(sim)!.deployments[0]!.taskDefinition;
      runSteps(sim, [redeploy, { advance: 300 }]);
      const fresh = values(sim, 'DB_PASSWORD');
      return (
        stale.length === 2 &&
        stale.every((v) => v === PASSWORD_V1) &&
        fresh.length === 2 &&
        fresh.every((v) => v === PASSWORD_V2) &&
        ordersService(sim)!.deployments[0]!.taskDefinition === revision
      );
    },
    tags: {
      concepts: ['secrets', 'rotation', 'force new deployment'],
      exams: ['DVA-C02', 'SOA-C03', 'DOP-C02'],
      tasks: ['DVA-2.3', 'SOA-4.2', 'DOP-6.1'],
      misconceptions: ['M3'],
      facts: ['F68'],
    },
  },
  {
    id: 'password-in-definition',
    kind: 'single',
    prompt:
      'A team stores a database password as a plain `environment` value in an ECS task definition. Auditors require ' +
      'that the password is not visible to people who can read task definitions. Which solution is MOST secure?',
    options: [
      {
        id: 'secrets',
        text: 'Store the password in Secrets Manager, reference it in the container’s `secrets`, and allow the task execution role to read that secret.',
        explanation:
          'Right: the task definition then holds only the secret’s ARN; the value is fetched when each task starts.',
      },
      {
        id: 'env-file',
        text: 'Move the password into a `.env` file in S3 and reference it in `environmentFiles`.',
        explanation:
          'Better than the definition, but the value is a plain object that everyone with read access to the bucket sees.',
      },
      {
        id: 'base64',
        text: 'Base64-encode the value in `environment` and decode it in the application.',
        explanation: 'Encoding is not encryption: anyone can decode it.',
      },
      {
        id: 'task-role',
        text: 'Keep the value and restrict ecs:DescribeTaskDefinition with the task role.',
        explanation: 'The task role limits what the application may call, not who may read task definitions.',
      },
    ],
    correct: ['secrets'],
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, toSecret);
      const shown = (revision: string) =>
        JSON.stringify(sim.call('ecs', 'DescribeTaskDefinition', { taskDefinition: revision }));
      return shown(`${SERVICE}:1`).includes(PASSWORD_V1) && !shown(`${SERVICE}:2`).includes(PASSWORD_V1);
    },
    tags: {
      concepts: ['secrets', 'environment', 'Secrets Manager'],
      exams: ['SAA-C03', 'DVA-C02', 'DOP-C02'],
      tasks: ['SAA-1.2', 'DVA-2.3', 'DOP-6.1'],
      facts: ['F67'],
    },
  },
  {
    id: 'environment-wins',
    kind: 'single',
    prompt:
      'A container definition sets LOG_LEVEL=info in `environment` and lists an S3 environment file that sets ' +
      'LOG_LEVEL=debug. What does the application see?',
    options: [
      {
        id: 'info',
        text: 'info: a value in `environment` takes precedence over the same name in an environment file.',
        explanation: 'Right: the explicit `environment` entry wins.',
      },
      {
        id: 'debug',
        text: 'debug: environment files are applied last and override the task definition.',
        explanation: 'It is the other way round.',
      },
      {
        id: 'refused',
        text: 'Nothing: registering a definition with the same name twice is refused.',
        explanation: 'ECS accepts it; the duplicate is resolved at start.',
      },
      {
        id: 'both',
        text: 'Both, as a comma-separated list.',
        explanation: 'An environment variable has one value.',
      },
    ],
    correct: ['info'],
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, [
        allowExecution('secret', true),
        registerOrders({ password: 'plain', file: true, keepLogLevel: true }),
        deployLatest,
        { advance: 300 },
      ]);
      const tasks = runningOrders(sim);
      return (
        tasks.length === 2 &&
        tasks.every(
          (t) =>
            variable(sim, t, 'LOG_LEVEL')?.value === 'info' &&
            variable(sim, t, 'LOG_LEVEL')?.source === 'environment',
        ) &&
        tasks.every((t) => variable(sim, t, 'CHECKOUT_V2')?.source === 'environmentFile')
      );
    },
    tags: {
      concepts: ['environmentFiles', 'environment', 'precedence'],
      exams: ['DVA-C02', 'SOA-C03'],
      tasks: ['DVA-2.3', 'SOA-4.2'],
      facts: ['F69'],
    },
  },
  {
    id: 'json-key',
    kind: 'single',
    prompt:
      'The secret `orders/db` (ARN ending `orders/db-AbCdEf`) holds {"username":"orders","password":"…"}. Which ' +
      '`valueFrom` puts only the current password into DB_PASSWORD?',
    options: [
      {
        id: 'key-colons',
        text: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/db-AbCdEf:password::',
        explanation:
          'Right: json-key `password`, then an empty version stage and version id (the current version), colons kept.',
      },
      {
        id: 'whole',
        text: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/db-AbCdEf',
        explanation: 'That injects the whole JSON document, username and all.',
      },
      {
        id: 'stage-first',
        text: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/db-AbCdEf:AWSCURRENT:password:',
        explanation:
          'The order is json-key, version-stage, version-id: this asks for a key named AWSCURRENT.',
      },
      {
        id: 'dotted',
        text: 'orders/db.password',
        explanation: 'Secrets Manager secrets are referenced by ARN; there is no dotted form.',
      },
    ],
    correct: ['key-colons'],
    engineCheck(newSim) {
      const deployWith = (suffix: string) => {
        const sim = world(newSim);
        runSteps(sim, [createSecret, allowExecution('secret', false)]);
        const registered = sim.call('ecs', 'RegisterTaskDefinition', {
          family: SERVICE,
          requiresCompatibilities: ['FARGATE'],
          networkMode: 'awsvpc',
          cpu: '256',
          memory: '512',
          executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
          containerDefinitions: [
            {
              name: 'orders',
              image: 'public.ecr.aws/ecs-sandbox/web:v1',
              secrets: [{ name: 'DB_PASSWORD', valueFrom: `${secretArn(sim)}${suffix}` }],
            },
          ],
        }).taskDefinition.taskDefinitionArn;
        sim.call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, taskDefinition: registered });
        sim.advance(300);
        return values(sim, 'DB_PASSWORD');
      };
      const key = deployWith(':password::');
      const whole = deployWith('');
      return (
        key.length === 2 &&
        key.every((v) => v === PASSWORD_V1) &&
        whole.length === 2 &&
        whole.every((v) => v !== undefined && v.includes('"username"') && v.includes(PASSWORD_V1))
      );
    },
    tags: {
      concepts: ['secrets', 'valueFrom', 'Secrets Manager'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-2.3', 'SAA-1.2'],
      facts: ['F67', 'F68'],
    },
  },
  {
    id: 'which-store',
    kind: 'single',
    prompt:
      'An application needs a dozen feature flags and endpoint URLs, and one database password that must be ' +
      'rotated automatically every 30 days. Which storage is MOST cost-effective while meeting the requirements?',
    options: [
      {
        id: 'split',
        text: 'Parameter Store standard parameters for the flags and URLs, and Secrets Manager with rotation for the password.',
        explanation:
          'Right: standard parameters cost nothing extra, and Secrets Manager brings built-in rotation for the one value that needs it.',
      },
      {
        id: 'all-secrets',
        text: 'Secrets Manager for every value.',
        explanation: 'It works, but each secret has a monthly price; plain configuration does not need it.',
      },
      {
        id: 'all-parameters',
        text: 'Parameter Store SecureString for everything, rotated by Parameter Store on a schedule.',
        explanation: 'Parameter Store has no built-in rotation; you would build and run it yourself.',
      },
      {
        id: 'environment',
        text: 'Plain `environment` values for everything, changed by a new revision every 30 days.',
        explanation: 'The password would be readable in the task definition, and the rotation is manual.',
      },
    ],
    correct: ['split'],
    tags: {
      concepts: ['Parameter Store', 'Secrets Manager', 'rotation'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-4.2', 'DVA-2.3'],
      facts: ['F71'],
    },
  },
  {
    id: 'env-file-denied',
    kind: 'single',
    prompt:
      'After `environmentFiles` is added to a Fargate task definition, its tasks stop before they run with a ' +
      'ResourceInitializationError about the S3 object. The bucket and object exist. What is the MOST likely fix?',
    options: [
      {
        id: 'execution-s3',
        text: 'Allow the task execution role s3:GetObject on the object and s3:GetBucketLocation on the bucket.',
        explanation: 'Right: environment files are fetched at start with the execution role.',
      },
      {
        id: 'task-s3',
        text: 'Allow the task role s3:GetObject on the object.',
        explanation: 'The file is read before the application starts, so the task role is not used.',
      },
      {
        id: 'public',
        text: 'Make the object public.',
        explanation: 'It would be readable by anyone, and it is not needed: the execution role can read it.',
      },
      {
        id: 'extension',
        text: 'Rename the object to end in .json.',
        explanation: 'Environment files must end in .env.',
      },
    ],
    correct: ['execution-s3'],
    engineCheck(newSim) {
      // the settings file without the S3 statement: the new tasks never run; with it, they do
      const denied = world(newSim);
      runSteps(denied, [registerOrders({ password: 'plain', file: true }), deployLatest, { advance: 300 }]);
      const reason = lastStoppedReason(denied) ?? '';
      const allowed = world(newSim);
      runSteps(allowed, [
        allowExecution('secret', true),
        registerOrders({ password: 'plain', file: true }),
        deployLatest,
        { advance: 300 },
      ]);
      const denials = Object.values(denied.state.iam.calls).filter(
        (c) => c.principal === 'execution-role' && c.action.startsWith('s3:') && c.decision !== 'allowed',
      );
      const tasks = runningOrders(allowed);
      return (
        reason.startsWith('ResourceInitializationError: failed to download env files') &&
        reason.includes('Access Denied') &&
        denials.length > 0 &&
        tasks.length === 2 &&
        tasks.every((t) => variable(allowed, t, 'LOG_LEVEL')?.value === 'debug')
      );
    },
    tags: {
      concepts: ['environmentFiles', 'task execution role'],
      exams: ['SOA-C03', 'DVA-C02'],
      tasks: ['SOA-4.2', 'DVA-2.3'],
      misconceptions: ['M1'],
      facts: ['F69', 'F20'],
    },
  },
  {
    id: 'parameter-by-name',
    kind: 'single',
    prompt:
      'A task in us-east-1 needs a SecureString parameter `/orders/db-password` stored in the same Region. What may ' +
      '`valueFrom` be?',
    options: [
      {
        id: 'name-or-arn',
        text: 'The parameter’s name, or its full ARN.',
        explanation:
          'Right: within the task’s Region the name is enough; from another Region, the full ARN is needed.',
      },
      {
        id: 'arn-only',
        text: 'Only the full ARN.',
        explanation: 'The name works for a parameter in the task’s own Region.',
      },
      {
        id: 'decrypted',
        text: 'The decrypted value, which ECS then encrypts.',
        explanation: '`valueFrom` names where the value lives; it never holds the value.',
      },
    ],
    correct: ['name-or-arn'],
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, [
        createParameter,
        allowExecution('parameter', false),
        registerOrders({ password: 'parameter', file: false }),
        deployLatest,
        { advance: 300 },
      ]);
      const tasks = runningOrders(sim);
      return (
        tasks.length === 2 &&
        tasks.every(
          (t) =>
            variable(sim, t, 'DB_PASSWORD')?.value === PASSWORD_V1 &&
            variable(sim, t, 'DB_PASSWORD')?.source === 'ssm',
        )
      );
    },
    tags: {
      concepts: ['Parameter Store', 'valueFrom'],
      exams: ['DVA-C02'],
      tasks: ['DVA-2.3'],
      facts: ['F67'],
    },
  },
  {
    id: 'previous-version',
    kind: 'single',
    prompt:
      'The secret orders/db was just rotated. One old client task must keep the previous password for a day while ' +
      'its database user is migrated. Which `valueFrom` gives that task the previous value of the key `password`?',
    options: [
      {
        id: 'awsprevious',
        text: '<secret ARN>:password:AWSPREVIOUS:',
        explanation:
          'Right: the version stage AWSPREVIOUS names the version before the current one; version-id stays empty.',
      },
      {
        id: 'current',
        text: '<secret ARN>:password::',
        explanation: 'Empty stage and id mean AWSCURRENT: the new password.',
      },
      {
        id: 'both',
        text: '<secret ARN>:password:AWSPREVIOUS:<version id of the current version>',
        explanation: 'Version stage and version id are alternatives; give one of them, not both.',
      },
      {
        id: 'none',
        text: 'None: once rotated, the old value is gone.',
        explanation: 'Secrets Manager keeps the previous version under the AWSPREVIOUS label.',
      },
    ],
    correct: ['awsprevious'],
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, [...toSecret, rotateSecret]);
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: SERVICE,
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '256',
        memory: '512',
        executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
        containerDefinitions: [
          {
            name: 'orders',
            image: 'public.ecr.aws/ecs-sandbox/web:v1',
            secrets: [
              { name: 'DB_PASSWORD', valueFrom: `${secretArn(sim)}:password:AWSPREVIOUS:` },
              { name: 'NEW_PASSWORD', valueFrom: `${secretArn(sim)}:password::` },
            ],
          },
        ],
      });
      runSteps(sim, [deployLatest, { advance: 300 }]);
      const tasks = runningOrders(sim);
      return (
        tasks.length === 2 &&
        tasks.every(
          (t) =>
            variable(sim, t, 'DB_PASSWORD')?.value === PASSWORD_V1 &&
            variable(sim, t, 'NEW_PASSWORD')?.value === PASSWORD_V2,
        )
      );
    },
    tags: {
      concepts: ['secrets', 'valueFrom', 'version stage', 'rotation'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-2.3', 'DOP-6.1'],
      facts: ['F68'],
    },
  },
] satisfies QuizItem[];
