import {
  ACCOUNT_ID,
  containerConfigOf,
  REGION,
  type ResolvedVariable,
  type Simulation,
  type Task,
} from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** What lesson 8 watches: the Fargate service `orders`, its database password and the team's settings file. */
export const CLUSTER = 'shop';
export const SERVICE = 'orders';
export const TASKS = 2;
export const CONTAINER = 'orders';

/** The database password as it stood in orders:1 (so anyone who can read the task definition knows it)… */
export const PASSWORD_V1 = 'Spr1ng-orders-2026';
/** …and the one the DBA sets when the lesson asks for a rotation. */
export const PASSWORD_V2 = 'Summ3r-orders-2026';
export const PASSWORDS: ReadonlyArray<string> = [PASSWORD_V1, PASSWORD_V2];

export const CONFIG_BUCKET = 'orders-config';
export const CONFIG_KEY = 'orders.env';
export const CONFIG_ARN = `arn:aws:s3:::${CONFIG_BUCKET}/${CONFIG_KEY}`;
/** the platform team's settings for orders, in the `.env` format ECS reads */
export const CONFIG_FILE = '# orders settings, kept by the platform team\nLOG_LEVEL=debug\nCHECKOUT_V2=on\n';
export const FILE_SETTINGS: Readonly<Record<string, string>> = { LOG_LEVEL: 'debug', CHECKOUT_V2: 'on' };

export const EXECUTION_ROLE = 'ecsTaskExecutionRole';

/** The sandbox clock as the learner reads it: `00:25`. */
export const clock = (t: number) => {
  const minutes = Math.floor(t / 60);
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** The running tasks of orders (desired RUNNING too: a task being replaced no longer counts). */
export const runningOrders = (sim: Simulation): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) =>
      arnName(t.clusterArn) === CLUSTER &&
      t.group === `service:${SERVICE}` &&
      t.lastStatus === 'RUNNING' &&
      t.desiredStatus === 'RUNNING',
  );

/** The variables of the orders container as it saw them at start (undefined: it has not started). */
export const variablesOf = (sim: Simulation, task: Task): ReadonlyArray<ResolvedVariable> | undefined =>
  containerConfigOf(sim.state, task)?.[CONTAINER];

export const variable = (sim: Simulation, task: Task, name: string): ResolvedVariable | undefined =>
  variablesOf(sim, task)?.find((v) => v.name === name);

/** The start of a task's id, as the console shows it. */
export const shortTask = (t: Task) => arnName(t.taskArn).slice(0, 8);

/**
 * When the password was rotated: the first accepted call that put PASSWORD_V2 into a secret or parameter, with
 * how many orders revisions had been registered before it (revisions are numbered in order and never reused).
 */
export function rotation(sim: Simulation): { at: number; revisionsBefore: number } | undefined {
  const index = sim.history.findIndex(
    (c) =>
      (c.service === 'secretsmanager' || c.service === 'ssm') &&
      ['PutSecretValue', 'UpdateSecret', 'CreateSecret', 'PutParameter'].includes(c.operation) &&
      JSON.stringify(c.input).includes(PASSWORD_V2),
  );
  if (index < 0) return undefined;
  const revisionsBefore = sim.history
    .slice(0, index)
    .filter(
      (c) =>
        c.service === 'ecs' &&
        c.operation === 'RegisterTaskDefinition' &&
        (c.input as { family?: string }).family === SERVICE,
    ).length;
  return { at: sim.history[index]!.at, revisionsBefore };
}

/** The service orders while it is ACTIVE. */
export const ordersService = (sim: Simulation) =>
  Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === SERVICE && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );

/** The orders container without its database password (orders:1 adds it in plain text, and LOG_LEVEL=info). */
export const ordersContainer = {
  name: CONTAINER,
  image: 'public.ecr.aws/ecs-sandbox/web:v1',
  portMappings: [{ containerPort: 8080 }],
  environment: [
    { name: 'DB_HOST', value: 'orders-db.internal' },
    { name: 'DB_USER', value: 'orders' },
  ],
};

export const ORDERS_V1 = {
  family: SERVICE,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      ...ordersContainer,
      environment: [
        ...ordersContainer.environment,
        { name: 'DB_PASSWORD', value: PASSWORD_V1 },
        { name: 'LOG_LEVEL', value: 'info' },
      ],
    },
  ],
};

export const SECRET_NAME = 'orders/db';
export const PARAMETER_NAME = '/orders/db-password';

export const policy = (...Statement: ReadonlyArray<Record<string, unknown>>) =>
  JSON.stringify({ Version: '2012-10-17', Statement });

export const READ_SECRET = {
  Sid: 'ReadDbSecret',
  Effect: 'Allow',
  Action: 'secretsmanager:GetSecretValue',
  Resource: `arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:${SECRET_NAME}-*`,
};
export const READ_PARAMETER = {
  Sid: 'ReadDbPassword',
  Effect: 'Allow',
  Action: 'ssm:GetParameters',
  Resource: `arn:aws:ssm:${REGION}:${ACCOUNT_ID}:parameter${PARAMETER_NAME}`,
};
export const READ_FILE = [
  { Sid: 'ReadSettings', Effect: 'Allow', Action: 's3:GetObject', Resource: CONFIG_ARN },
  {
    Sid: 'FindSettings',
    Effect: 'Allow',
    Action: 's3:GetBucketLocation',
    Resource: `arn:aws:s3:::${CONFIG_BUCKET}`,
  },
];
export const READ_SECRET_DOCUMENT = policy(READ_SECRET);
export const READ_FILE_DOCUMENT = policy(...READ_FILE);

export const EXECUTION_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/${EXECUTION_ROLE}`;

/** The orders container reading DB_PASSWORD from the secret `secretArn` (and, with `file`, orders.env). */
export const securedContainer = (secretArn: string, file: boolean) => ({
  ...ordersContainer,
  secrets: [{ name: 'DB_PASSWORD', valueFrom: `${secretArn}:password::` }],
  ...(file ? { environmentFiles: [{ value: CONFIG_ARN, type: 's3' as const }] } : {}),
});

/** The register-task-definition command of a hint; `<secret ARN>` stands for the secret's ARN. */
export const registerCommand = (file: boolean) =>
  `aws ecs register-task-definition --family ${SERVICE} --requires-compatibilities FARGATE --network-mode awsvpc ` +
  `--cpu 256 --memory 512 --execution-role-arn ${EXECUTION_ROLE_ARN} ` +
  `--container-definitions '${JSON.stringify([securedContainer('<secret ARN>', file)])}'`;

export const UPDATE_COMMAND = `aws ecs update-service --cluster ${CLUSTER} --service ${SERVICE} --task-definition ${SERVICE}`;
