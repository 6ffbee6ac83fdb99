import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation, Task } from '../../src/engine/index';
import { officeTaskDefinition } from './scenario';
import {
  appCall,
  EXECUTION_ROLE,
  INSTANCE_ROLE,
  READ_REPORTS_POLICY,
  roleArn,
  S3_READ_ONLY,
  TASK_EXECUTION_POLICY,
  TASKS_TRUST,
  FOREIGN_OBJECT_ARN,
  FRONTEND,
  instanceRoleOf,
  lastStoppedReason,
  MEDIA,
  OFFICE,
  OUTPUT_BUCKET,
  REPORT_ARN,
  REPORTS,
  REPORTS_BUCKET,
  REPOSITORY_ARN,
  roleAllows,
  roleNameOf,
  runningTasks,
  SECRET_ARN_PATTERN,
  TASK_ROLE,
  taskDefinitionOf,
  THUMBNAIL_ARN,
  THUMBS,
  THUMBS_TASKS,
} from './roles';

/** A running thumbs task, or why there is none (with the newest stopped reason: the clue). */
function runningThumbs(sim: Simulation): Task | GoalResult {
  const running = runningTasks(sim, MEDIA, THUMBS);
  if (running[0]) return running[0];
  const reason = lastStoppedReason(sim, MEDIA, THUMBS);
  return notYet(
    reason === undefined
      ? 'No thumbs task is running yet.'
      : `No thumbs task is running. The last one stopped with: ${reason}`,
  );
}

const isTask = (x: Task | GoalResult): x is Task => 'taskArn' in x;

function thumbsRunning(sim: Simulation): GoalResult {
  const running = runningTasks(sim, MEDIA, THUMBS);
  if (running.length >= THUMBS_TASKS) return met;
  const first = runningThumbs(sim);
  if (!isTask(first)) return first;
  return notYet(`${running.length} of ${THUMBS_TASKS} thumbs tasks are running.`);
}

function appWrites(sim: Simulation): GoalResult {
  const task = runningThumbs(sim);
  if (!isTask(task)) return task;
  const call = appCall(sim, MEDIA, task, 's3:PutObject', THUMBNAIL_ARN);
  if (call.allowed && call.principal === 'task-role') return met;
  if (call.allowed) {
    return notYet(
      `The application's write to ${OUTPUT_BUCKET} works, but with ${call.principal} credentials, not a task role.`,
    );
  }
  return notYet(`When the application writes a thumbnail, S3 answers: ${call.message}`);
}

/** Which of the permissions a role should not have it has (on `resource`). */
const extras = (
  sim: Simulation,
  role: string | undefined,
  checks: ReadonlyArray<readonly [string, string]>,
) =>
  role === undefined ? [] : checks.filter(([action, resource]) => roleAllows(sim, role, action, resource));

function leastPrivilege(sim: Simulation): GoalResult {
  const task = runningThumbs(sim);
  if (!isTask(task)) return task;
  const definition = taskDefinitionOf(sim, task);
  const execution = roleNameOf(definition?.executionRoleArn);
  const app = roleNameOf(definition?.taskRoleArn);
  const found: string[] = [];
  for (const [action] of extras(sim, execution, [['s3:PutObject', THUMBNAIL_ARN]])) {
    found.push(
      `the execution role ${execution} may still ${action} (only the application writes thumbnails)`,
    );
  }
  const appExtras = extras(sim, app, [
    ['ecr:GetAuthorizationToken', '*'],
    ['ecr:BatchGetImage', REPOSITORY_ARN],
    ['secretsmanager:GetSecretValue', SECRET_ARN_PATTERN.replace('*', 'AbCdEf')],
    ['s3:PutObject', FOREIGN_OBJECT_ARN],
  ]);
  for (const [action, resource] of appExtras) {
    found.push(
      action === 's3:PutObject'
        ? `the task role ${app} may also write to ${REPORTS_BUCKET}, not only to ${OUTPUT_BUCKET}`
        : `the task role ${app} may still ${action} on ${resource} (starting the task is not the application's job)`,
    );
  }
  return found.length === 0 ? met : notYet(`While thumbs runs, ${found.join('; ')}.`);
}

function onlyReportsReads(sim: Simulation): GoalResult {
  const [reports] = runningTasks(sim, OFFICE, REPORTS);
  const [frontend] = runningTasks(sim, OFFICE, FRONTEND);
  if (!reports || !frontend) {
    return notYet(`Both ${FRONTEND} and ${REPORTS} must be running in ${OFFICE}.`);
  }
  const problems: string[] = [];
  const reportsCall = appCall(sim, OFFICE, reports, 's3:GetObject', REPORT_ARN);
  if (!reportsCall.allowed) problems.push(`${REPORTS} cannot read ${REPORT_ARN}: ${reportsCall.message}`);
  else if (reportsCall.principal !== 'task-role') {
    problems.push(
      `${REPORTS} reads the report with the instance role (through instance metadata), not a task role of its own`,
    );
  }
  const frontendCall = appCall(sim, OFFICE, frontend, 's3:GetObject', REPORT_ARN);
  if (frontendCall.allowed) {
    problems.push(
      `${FRONTEND} can read it too, with ${frontendCall.roleName ?? 'some'} credentials (${frontendCall.principal})`,
    );
  }
  const hostRole = instanceRoleOf(sim, reports);
  if (hostRole !== undefined && roleAllows(sim, hostRole, 's3:GetObject', REPORT_ARN)) {
    problems.push(
      `the instance role ${hostRole} still reads ${REPORTS_BUCKET}: every task on the host can borrow it`,
    );
  }
  return problems.length === 0 ? met : notYet(`${problems.join('; ')}.`);
}

export default [
  goal({
    id: 'thumbs-running',
    description: `thumbs runs its ${THUMBS_TASKS} Fargate tasks (the execution role can pull, log and read the secret)`,
    holdFor: 60,
    check: thumbsRunning,
    hints: {
      nudge: 'Read the stopped reason of a thumbs task: which role does it name, and which call was refused?',
      pointer:
        'Pulling from private ECR, sending awslogs and fetching secrets happen before your code runs, with the ' +
        `task execution role (${EXECUTION_ROLE}). Its policies are read each time a task starts; after a fix, ` +
        'a new deployment retries at once instead of waiting out the service’s back-off.',
      bottomOut:
        `\`aws iam attach-role-policy --role-name ${EXECUTION_ROLE} --policy-arn ${TASK_EXECUTION_POLICY}\` (ECR and ` +
        `logs), \`aws iam put-role-policy --role-name ${EXECUTION_ROLE} --policy-name read-api-key --policy-document ` +
        `'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:GetSecretValue","Resource":"${SECRET_ARN_PATTERN}"}]}'\` ` +
        `(the secret), then \`aws ecs update-service --cluster ${MEDIA} --service ${THUMBS} --force-new-deployment\`.`,
    },
  }),
  goal({
    id: 'app-writes',
    description: `thumbs’ application can write to ${OUTPUT_BUCKET} with its task role`,
    holdFor: 60,
    check: appWrites,
    hints: {
      nudge:
        'Once a task runs, this goal quotes S3’s answer to the application’s write. Whose credentials does the ' +
        'answer name?',
      pointer:
        'The application’s own AWS calls use the task role, delivered to its containers by the credentials ' +
        'endpoint. The execution role never reaches them.',
      bottomOut:
        `\`aws iam put-role-policy --role-name ${TASK_ROLE} --policy-name thumbnails --policy-document ` +
        `'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::${OUTPUT_BUCKET}/*"}]}'\``,
    },
  }),
  goal({
    id: 'least-privilege',
    description:
      'While thumbs runs, its execution role cannot write to S3, and its task role can neither pull images, read the secret, nor write outside thumbs-output',
    holdFor: 60,
    check: leastPrivilege,
    hints: {
      nudge:
        'List what each role may do (`aws iam list-role-policies`, `list-attached-role-policies`). Which of it does that role ever use?',
      pointer:
        'Least privilege: the execution role gets only what starting the task needs, the task role only what the ' +
        'application calls, scoped to its own bucket. A broad managed policy such as AmazonS3FullAccess on the ' +
        'task role gives far more than one prefix of one bucket.',
      bottomOut:
        `\`aws iam delete-role-policy --role-name ${EXECUTION_ROLE} --policy-name thumbnails\` and ` +
        `\`aws iam delete-role-policy --role-name ${TASK_ROLE} --policy-name startup\`.`,
    },
  }),
  goal({
    id: 'only-reports-reads',
    description: `In ${OFFICE}, ${REPORTS} reads ${REPORTS_BUCKET} with its own task role; ${FRONTEND} on the same host is denied`,
    holdFor: 60,
    check: onlyReportsReads,
    hints: {
      nudge:
        'This goal asks both applications to read the report. Which credentials does frontend, which has no task ' +
        'role, end up with?',
      pointer:
        'On EC2 a container without a task role falls back to the instance role through instance metadata, so ' +
        'whatever the instance role may do, every task on the host may do. Give reports a task role of its own ' +
        'and take S3 off the instance role.',
      bottomOut:
        `\`aws iam create-role --role-name reports-task --assume-role-policy-document '${TASKS_TRUST}'\`, ` +
        `\`aws iam put-role-policy --role-name reports-task --policy-name read-reports --policy-document '${READ_REPORTS_POLICY}'\`, ` +
        `\`aws ecs register-task-definition --family ${REPORTS} --task-role-arn ${roleArn('reports-task')} ` +
        `--container-definitions '${JSON.stringify(officeTaskDefinition(REPORTS).containerDefinitions)}'\`, ` +
        `\`aws ecs update-service --cluster ${OFFICE} --service ${REPORTS} --task-definition ${REPORTS}\`, then ` +
        `\`aws iam detach-role-policy --role-name ${INSTANCE_ROLE} --policy-arn ${S3_READ_ONLY}\`.`,
    },
  }),
];
