import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation, Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import {
  definitionOf,
  EXECUTION_ROLE,
  failedCheckout,
  LOG_GROUP,
  LOG_GROUP_ARN,
  MAX_RETENTION,
  MIN_RETENTION,
  runningCheckout,
  shortTask,
  TASKS,
} from './logs';

/** checkout runs its tasks, or why not (the newest failed start's reason). */
function checkoutTasks(sim: Simulation): ReadonlyArray<Task> | GoalResult {
  const tasks = runningCheckout(sim);
  if (tasks.length >= TASKS) return tasks;
  const reason = failedCheckout(sim)[0]?.stoppedReason;
  return notYet(
    `${tasks.length} of ${TASKS} checkout tasks run.` +
      (reason ? ` The last one that failed to start said: ${reason}` : ''),
  );
}

const isTasks = (v: ReadonlyArray<Task> | GoalResult): v is ReadonlyArray<Task> => Array.isArray(v);

function logsFlowing(sim: Simulation): GoalResult {
  const tasks = checkoutTasks(sim);
  if (!isTasks(tasks)) return tasks;
  const group = sim.state.logs.groups[LOG_GROUP];
  for (const task of tasks) {
    const id = arnName(task.taskArn);
    for (const c of definitionOf(sim, task)?.containerDefinitions ?? []) {
      const where = `In task ${shortTask(task)} (${arnName(task.taskDefinitionArn)}), ${c.name}`;
      const config = c.logConfiguration;
      if (config?.logDriver !== 'awslogs')
        return notYet(`${where} has no awslogs log configuration: what it prints is lost.`);
      const options = config.options ?? {};
      if (options['awslogs-group'] !== LOG_GROUP)
        return notYet(
          `${where} logs to ${options['awslogs-group']}, not to ${LOG_GROUP} with the rest of checkout.`,
        );
      const prefix = options['awslogs-stream-prefix'];
      const stream = `${prefix}/${c.name}/${id}`;
      const events = group?.streams[stream]?.events.length ?? 0;
      if (events === 0) return notYet(`${where}: the stream ${stream} in ${LOG_GROUP} holds no events yet.`);
    }
  }
  return met;
}

function retention(sim: Simulation): GoalResult {
  const group = sim.state.logs.groups[LOG_GROUP];
  if (!group) return notYet(`The log group ${LOG_GROUP} does not exist.`);
  const days = group.retentionInDays;
  if (days === undefined)
    return notYet(`${LOG_GROUP} never expires its events: storage grows forever, and you pay for all of it.`);
  if (days < MIN_RETENTION)
    return notYet(
      `${LOG_GROUP} keeps ${days} days; the team needs at least ${MIN_RETENTION} for investigations.`,
    );
  if (days > MAX_RETENTION)
    return notYet(
      `${LOG_GROUP} keeps ${days} days; the team needs at most ${MAX_RETENTION}, and longer costs more.`,
    );
  return met;
}

function executionScoped(sim: Simulation): GoalResult {
  const tasks = checkoutTasks(sim);
  if (!isTasks(tasks)) return tasks;
  const roles = new Set(
    tasks.map((t) => arnName(definitionOf(sim, t)?.executionRoleArn ?? '')).filter((r) => r !== ''),
  );
  if (roles.size === 0) roles.add(EXECUTION_ROLE);
  for (const role of roles) {
    for (const action of ['logs:DeleteLogGroup', 'logs:PutRetentionPolicy']) {
      if (roleAllowsCached(sim, role, action))
        return notYet(
          `While checkout runs, its execution role ${role} may ${action} on ${LOG_GROUP}: starting tasks and ` +
            'sending their output needs logs:CreateLogStream and logs:PutLogEvents (and logs:CreateLogGroup with ' +
            'awslogs-create-group), not the power to delete or shorten the evidence.',
        );
    }
  }
  return met;
}

/** SimulatePrincipalPolicy on a copy, remembered per state (the goal is checked often, the role rarely changes). */
const cache = new WeakMap<object, Map<string, boolean>>();
function roleAllowsCached(sim: Simulation, role: string, action: string): boolean {
  const key = sim.state.iam.roles[role];
  if (!key) return false;
  let known = cache.get(key);
  if (!known) cache.set(key, (known = new Map()));
  const hit = known.get(action);
  if (hit !== undefined) return hit;
  const out = sim.fork().callByName('iam', 'SimulatePrincipalPolicy', {
    PolicySourceArn: key.Arn,
    ActionNames: [action],
    ResourceArns: [LOG_GROUP_ARN],
  }) as { EvaluationResults: ReadonlyArray<{ EvalDecision: string }> };
  const allowed = out.EvaluationResults.some((r) => r.EvalDecision === 'allowed');
  known.set(action, allowed);
  return allowed;
}

export default [
  goal({
    id: 'logs-flowing',
    description:
      'checkout runs 2 tasks, and every container of each writes to /ecs/checkout in its own stream <prefix>/<container>/<task id>',
    holdFor: 60,
    check: logsFlowing,
    hints: {
      nudge:
        'Read the stopped reason of a checkout task (Services, or `aws ecs describe-tasks`). What is missing?',
      pointer:
        'The awslogs driver needs its log group to exist before the container starts, unless awslogs-create-group ' +
        'is "true" and the execution role may logs:CreateLogGroup. A container without a logConfiguration sends ' +
        'its output nowhere.',
      bottomOut:
        '`aws logs create-log-group --log-group-name /ecs/checkout`, then register checkout:2 where worker has ' +
        'the same logConfiguration as web (awslogs, group /ecs/checkout, region us-east-1, stream prefix checkout) ' +
        'and `aws ecs update-service --cluster shop --service checkout --task-definition checkout:2`.',
    },
  }),
  goal({
    id: 'retention',
    description: `/ecs/checkout keeps events between ${MIN_RETENTION} and ${MAX_RETENTION} days, not forever`,
    check: retention,
    hints: {
      nudge: 'How long does a new log group keep its events? Look at `aws logs describe-log-groups`.',
      pointer:
        'A log group keeps everything until you set a retention policy, and stored logs are billed every month.',
      bottomOut: '`aws logs put-retention-policy --log-group-name /ecs/checkout --retention-in-days 30`',
    },
  }),
  goal({
    id: 'execution-role-scoped',
    description:
      'While checkout runs, its execution role can neither delete /ecs/checkout nor change its retention',
    holdFor: 60,
    check: executionScoped,
    hints: {
      nudge:
        'What does the execution role need to send logs? List what it may do (`aws iam list-attached-role-policies`).',
      pointer:
        'AmazonECSTaskExecutionRolePolicy already allows logs:CreateLogStream and logs:PutLogEvents. Only ' +
        'awslogs-create-group adds a need: logs:CreateLogGroup. CloudWatchLogsFullAccess gives logs:* on every group.',
      bottomOut:
        'Create the group yourself (nothing to add to the role), or add an inline policy allowing only ' +
        'logs:CreateLogGroup; if you attached CloudWatchLogsFullAccess, `aws iam detach-role-policy --role-name ' +
        'ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/CloudWatchLogsFullAccess`.',
    },
  }),
];
