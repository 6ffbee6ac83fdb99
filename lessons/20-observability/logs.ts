import { ACCOUNT_ID, REGION, type Simulation, type Task, type TaskDefinition } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** What lesson 20 works with: the checkout service, its log group and its execution role. */
export const CLUSTER = 'shop';
export const SERVICE = 'checkout';
export const TASKS = 2;
export const WEB = 'web';
export const WORKER = 'worker';
export const LOG_GROUP = '/ecs/checkout';
export const PREFIX = 'checkout';
export const EXECUTION_ROLE = 'ecsTaskExecutionRole';
export const EXECUTION_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/${EXECUTION_ROLE}`;
export const LOG_GROUP_ARN = `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:${LOG_GROUP}`;
export const LOGS_FULL_ACCESS = 'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess';
/** the retention the team asks for: at least this, and not forever */
export const MIN_RETENTION = 30;
export const MAX_RETENTION = 90;
/** the line the worker prints once it has run a minute */
export const WORKER_ERROR = 'worker: ERROR payment provider timed out after 30 s (order 1042)';
export { REGION };

/** A policy document as the IAM API takes it: JSON text. */
export const policy = (...Statement: ReadonlyArray<Record<string, unknown>>) =>
  JSON.stringify({ Version: '2012-10-17', Statement });

/** The awslogs settings of a container, as the task definition gives them. */
export const awslogs = (options: { group?: string; prefix?: string; createGroup?: boolean } = {}) => ({
  logDriver: 'awslogs' as const,
  options: {
    'awslogs-group': options.group ?? LOG_GROUP,
    'awslogs-region': REGION,
    'awslogs-stream-prefix': options.prefix ?? PREFIX,
    ...(options.createGroup ? { 'awslogs-create-group': 'true' } : {}),
  },
});

/** The checkout tasks that run and are meant to (not stopping). */
export const runningCheckout = (sim: Simulation): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks)
    .filter(
      (t) =>
        arnName(t.clusterArn) === CLUSTER &&
        t.group === `service:${SERVICE}` &&
        t.lastStatus === 'RUNNING' &&
        t.desiredStatus === 'RUNNING',
    )
    .sort((a, b) => (a.taskArn < b.taskArn ? -1 : 1));

/** The checkout tasks that failed to start, newest first. */
export const failedCheckout = (sim: Simulation): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks)
    .filter(
      (t) =>
        arnName(t.clusterArn) === CLUSTER &&
        t.group === `service:${SERVICE}` &&
        t.lastStatus === 'STOPPED' &&
        t.stopCode === 'TaskFailedToStart',
    )
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0));

export const definitionOf = (sim: Simulation, task: Task): TaskDefinition | undefined =>
  sim.state.ecs.taskDefinitions[task.taskDefinitionArn];

/** The start of a task's id, as the console shows it. */
export const shortTask = (t: Task) => arnName(t.taskArn).slice(0, 8);

/** Whether a role's policies allow `action` on `resource` (IAM SimulatePrincipalPolicy on a copy). */
export function roleAllows(sim: Simulation, roleName: string, action: string, resource: string): boolean {
  if (!sim.state.iam.roles[roleName]) return false;
  const out = sim.fork().callByName('iam', 'SimulatePrincipalPolicy', {
    PolicySourceArn: `arn:aws:iam::${ACCOUNT_ID}:role/${roleName}`,
    ActionNames: [action],
    ResourceArns: [resource],
  }) as { EvaluationResults: ReadonlyArray<{ EvalDecision: string }> };
  return out.EvaluationResults.some((r) => r.EvalDecision === 'allowed');
}
