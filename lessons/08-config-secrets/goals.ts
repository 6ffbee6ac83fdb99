import { goal, met, notYet, revisionOf } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation, Task } from '../../src/engine/index';
import {
  clock,
  CONFIG_ARN,
  EXECUTION_ROLE,
  READ_FILE_DOCUMENT,
  READ_SECRET_DOCUMENT,
  registerCommand,
  UPDATE_COMMAND,
  FILE_SETTINGS,
  PASSWORD_V1,
  PASSWORD_V2,
  PASSWORDS,
  SECRET_NAME,
  rotation,
  SERVICE,
  runningOrders,
  shortTask,
  TASKS,
  variable,
  variablesOf,
} from './config';

/** orders' running tasks when it runs all it should and each has recorded its variables, else why not. */
function fullOrders(sim: Simulation): ReadonlyArray<Task> | GoalResult {
  const running = runningOrders(sim);
  if (running.length < TASKS) {
    return notYet(`${running.length} of ${TASKS} orders tasks are running.`);
  }
  const blind = running.find((t) => variablesOf(sim, t) === undefined);
  if (blind) return notYet(`Task ${shortTask(blind)} has not reported its configuration yet.`);
  return running;
}

const isTasks = (x: ReadonlyArray<Task> | GoalResult): x is ReadonlyArray<Task> => Array.isArray(x);

const SOURCE_NAMES = {
  environment: 'a plain `environment` value',
  environmentFile: 'an environment file',
  ssm: 'a Parameter Store parameter',
  secretsmanager: 'a Secrets Manager secret',
  agent: 'the ECS agent',
} as const;

function noPlainPassword(sim: Simulation): GoalResult {
  const tasks = fullOrders(sim);
  if (!isTasks(tasks)) return tasks;
  for (const task of tasks) {
    const leak = variablesOf(sim, task)!.find(
      (v) => (v.source === 'environment' || v.source === 'environmentFile') && PASSWORDS.includes(v.value),
    );
    if (leak) {
      return notYet(
        `Task ${shortTask(task)} gets ${leak.name} from ${SOURCE_NAMES[leak.source]}: anyone who may read the ` +
          `${leak.source === 'environment' ? 'task definition' : 'file'} can read the password.`,
      );
    }
  }
  return met;
}

function passwordFromSecret(sim: Simulation): GoalResult {
  const tasks = fullOrders(sim);
  if (!isTasks(tasks)) return tasks;
  for (const task of tasks) {
    const password = variable(sim, task, 'DB_PASSWORD');
    if (!password) return notYet(`Task ${shortTask(task)} has no DB_PASSWORD at all: the app cannot log in.`);
    if (password.source !== 'secretsmanager' && password.source !== 'ssm') {
      return notYet(
        `Task ${shortTask(task)} gets DB_PASSWORD from ${SOURCE_NAMES[password.source]}, not from \`secrets\`.`,
      );
    }
    if (!PASSWORDS.includes(password.value)) {
      return notYet(
        `Task ${shortTask(task)} gets DB_PASSWORD from ${password.from ?? 'its secret'}, but the value is not the ` +
          'password (a whole JSON document? Name the key: `<secret ARN>:password::`).',
      );
    }
  }
  return met;
}

function rotationPickedUp(sim: Simulation): GoalResult {
  const rotated = rotation(sim);
  if (rotated === undefined) {
    return notYet(`The password has not been rotated yet: put ${PASSWORD_V2} where orders reads it from.`);
  }
  const tasks = fullOrders(sim);
  if (!isTasks(tasks)) return tasks;
  const stale = tasks.find((t) => variable(sim, t, 'DB_PASSWORD')?.value !== PASSWORD_V2);
  if (stale) {
    return notYet(
      `The password was rotated at ${clock(rotated.at)}, but task ${shortTask(stale)} (started ` +
        `${clock(stale.startedAt ?? stale.createdAt)}) still has the old one: a secret is read only when a task starts.`,
    );
  }
  const late = tasks.find((t) => revisionOf(t.taskDefinitionArn) > rotated.revisionsBefore);
  if (late) {
    return notYet(
      `orders picked up the new password through ${SERVICE}:${revisionOf(late.taskDefinitionArn)}, registered ` +
        'after the rotation. A rotation needs no new revision: the same one, deployed again, reads the new value.',
    );
  }
  return met;
}

function settingsFromFile(sim: Simulation): GoalResult {
  const tasks = fullOrders(sim);
  if (!isTasks(tasks)) return tasks;
  for (const task of tasks) {
    for (const [name, value] of Object.entries(FILE_SETTINGS)) {
      const v = variable(sim, task, name);
      if (v?.value === value && v.source === 'environmentFile') continue;
      if (!v) return notYet(`Task ${shortTask(task)} has no ${name}: nothing reads ${CONFIG_ARN}.`);
      return notYet(
        `Task ${shortTask(task)} runs with ${name}=${v.value} from ${SOURCE_NAMES[v.source]}` +
          (v.source === 'environment' ? ': a task definition’s `environment` wins over its files.' : '.'),
      );
    }
  }
  return met;
}

export default [
  goal({
    id: 'no-plain-password',
    description: 'No running orders task gets a database password from a plain environment value or a file',
    holdFor: 60,
    check: noPlainPassword,
    hints: {
      nudge: 'Open orders:1 in the task definition editor: who can read what it says?',
      pointer:
        'Anything in `environment` is shown to everyone allowed to describe the task definition. Sensitive values ' +
        'go in `secrets`, which names a Secrets Manager secret or a Parameter Store SecureString; the value is ' +
        'fetched when the task starts.',
      bottomOut:
        `\`aws secretsmanager create-secret --name ${SECRET_NAME} --secret-string '{"username":"orders","password":"${PASSWORD_V1}"}'\`, ` +
        'then a new revision without DB_PASSWORD in `environment` (next goal), and update the service to it.',
    },
  }),
  goal({
    id: 'password-from-secret',
    description: 'Every running orders task gets DB_PASSWORD, the password itself, through `secrets`',
    holdFor: 60,
    check: passwordFromSecret,
    hints: {
      nudge:
        'After the new revision, do the tasks start? Read the stopped reason, and the error of register-task-definition.',
      pointer:
        'Secrets are fetched with the task execution role: name one (`executionRoleArn`, e.g. ecsTaskExecutionRole) ' +
        'and let it call secretsmanager:GetSecretValue on the secret. For one key of a JSON secret, `valueFrom` is ' +
        '`<secret ARN>:password::` (json-key, version-stage and version-id, the last two left empty).',
      bottomOut:
        `\`aws iam put-role-policy --role-name ${EXECUTION_ROLE} --policy-name read-db-secret --policy-document ` +
        `'${READ_SECRET_DOCUMENT}'\`, then \`${registerCommand(false)}\` (the secret's ARN from ` +
        `\`aws secretsmanager describe-secret --secret-id orders/db\`) and \`${UPDATE_COMMAND}\`.`,
    },
  }),
  goal({
    id: 'settings-from-file',
    description: 'Every running orders task takes LOG_LEVEL and CHECKOUT_V2 from orders.env in S3',
    holdFor: 60,
    check: settingsFromFile,
    hints: {
      nudge: `The platform team keeps orders' settings in ${CONFIG_ARN}. Which container field reads such a file?`,
      pointer:
        '`environmentFiles` lists up to 10 `.env` objects in S3; the execution role reads them (s3:GetObject on ' +
        'the object, s3:GetBucketLocation on the bucket). A variable set in `environment` wins over the same name ' +
        'in a file.',
      bottomOut:
        `\`aws iam put-role-policy --role-name ${EXECUTION_ROLE} --policy-name read-settings --policy-document ` +
        `'${READ_FILE_DOCUMENT}'\`, then \`${registerCommand(true)}\` (LOG_LEVEL gone from \`environment\`) and ` +
        `\`${UPDATE_COMMAND}\`.`,
    },
  }),
  goal({
    id: 'rotation-picked-up',
    description: `After the password is rotated to ${PASSWORD_V2}, every orders task has it, with no new revision`,
    holdFor: 60,
    check: rotationPickedUp,
    hints: {
      nudge:
        'orders:1 showed the old password to every reader. Rotate it, then look at the running tasks’ DB_PASSWORD.',
      pointer:
        'Secrets are injected when a container starts, never refreshed. The service needs new tasks of the same ' +
        'revision: a new deployment.',
      bottomOut:
        `\`aws secretsmanager put-secret-value --secret-id orders/db --secret-string '{"username":"orders","password":"${PASSWORD_V2}"}'\`, ` +
        'then `aws ecs update-service --cluster shop --service orders --force-new-deployment`.',
    },
  }),
];
