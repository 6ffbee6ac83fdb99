import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation, Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import {
  API,
  BILLING,
  BILLING_IMAGE,
  DESIRED,
  lastProblem,
  lastStopped,
  ORDERS,
  roleDenies,
  runningOf,
  serviceNamed,
  SSM_MESSAGES,
  targetGroupArn,
  taskRoleOf,
  imagesOf,
  WEB,
} from './shop';

/** What the service's own records say went wrong last: its newest stopped reason and its newest problem event. */
function evidence(sim: Simulation, name: string): string {
  const stopped = lastStopped(sim, name);
  const problem = lastProblem(sim, name);
  return (
    (stopped ? ` Its newest stopped task says: ${stopped}` : '') +
    (problem ? ` Its newest event says: ${problem}` : '')
  );
}

/**
 * steady(name): the service keeps the desired count the lesson gave it, has one deployment and it is COMPLETED,
 * and runs exactly that many tasks; then `more` for what else this service's fix must show.
 */
function steady(
  sim: Simulation,
  name: string,
  more: (tasks: ReadonlyArray<Task>) => GoalResult = () => met,
): GoalResult {
  const service = serviceNamed(sim, name);
  const want = DESIRED[name]!;
  if (!service) return notYet(`There is no active service ${name} in shop.`);
  if (service.desiredCount !== want)
    return notYet(
      `${name} wants ${service.desiredCount} tasks; it must run ${want}. Changing the count hides the failure instead of fixing it.`,
    );
  const running = runningOf(sim, name);
  const primary = service.deployments[0]!;
  if (service.deployments.length > 1 || primary.rolloutState !== 'COMPLETED')
    return notYet(
      `${name}: its deployment of ${arnName(primary.taskDefinition)} is ${primary.rolloutState}` +
        (service.deployments.length > 1 ? ` (${service.deployments.length} deployments)` : '') +
        `, ${running.length} of ${want} tasks RUNNING.` +
        evidence(sim, name),
    );
  if (running.length !== want)
    return notYet(`${name} runs ${running.length} of ${want} tasks.${evidence(sim, name)}`);
  return more(running);
}

function billingSteady(sim: Simulation): GoalResult {
  return steady(sim, BILLING, (tasks) => {
    const other = tasks.find((t) => !imagesOf(sim, t).includes(BILLING_IMAGE));
    return other
      ? notYet(
          `A billing task runs ${imagesOf(sim, other).join(', ')}, not billing’s own image from ECR: swapping the ` +
            'image avoids the pull instead of fixing who pulls.',
        )
      : met;
  });
}

function ordersSteady(sim: Simulation): GoalResult {
  return steady(sim, ORDERS);
}

function webSteady(sim: Simulation): GoalResult {
  return steady(sim, WEB, () => {
    const tg = targetGroupArn(sim);
    const targets = Object.values(sim.state.elbv2.targets).filter((t) => t.targetGroupArn === tg);
    const healthy = targets.filter((t) => t.health.State === 'healthy');
    const sick = targets.find((t) => t.health.State !== 'healthy' && t.health.State !== 'draining');
    if (healthy.length >= DESIRED[WEB]! && !sick) return met;
    return notYet(
      `${healthy.length} of web’s targets in web-tg are healthy.` +
        (sick
          ? ` ${sick.Id}:${sick.Port} is ${sick.health.State}: ${sick.health.Description ?? sick.health.Reason ?? ''}`
          : ''),
    );
  });
}

function apiSteady(sim: Simulation): GoalResult {
  return steady(sim, API);
}

/** The time orders' ECS Exec was last turned on (CreateService or UpdateService with enableExecuteCommand true). */
function execEnabledAt(sim: Simulation): number | undefined {
  let at: number | undefined;
  for (const c of sim.history) {
    if (c.service !== 'ecs' || (c.operation !== 'UpdateService' && c.operation !== 'CreateService')) continue;
    const input = c.input as { service?: string; serviceName?: string; enableExecuteCommand?: boolean };
    const named = input.service ?? input.serviceName ?? '';
    if (arnName(named) !== ORDERS && named !== ORDERS) continue;
    if (input.enableExecuteCommand === true && at === undefined) at = c.at;
    if (input.enableExecuteCommand === false) at = undefined;
  }
  return at;
}

function execReady(sim: Simulation): GoalResult {
  const service = serviceNamed(sim, ORDERS);
  if (!service?.enableExecuteCommand)
    return notYet('orders does not have enableExecuteCommand turned on, so its tasks get no Exec agent.');
  const running = runningOf(sim, ORDERS);
  if (running.length < DESIRED[ORDERS]!)
    return notYet(
      `orders runs ${running.length} of ${DESIRED[ORDERS]} tasks: there is nothing to open a session in.`,
    );
  const since = execEnabledAt(sim) ?? 0;
  const old = running.find((t) => t.createdAt < since);
  if (old)
    return notYet(
      `Task ${arnName(old.taskArn).slice(0, 8)} of orders started before ECS Exec was turned on, so it has no Exec ` +
        'agent: only tasks started afterwards do.',
    );
  for (const task of running) {
    const role = taskRoleOf(sim, task);
    if (!role) return notYet(`orders’ task definition ${arnName(task.taskDefinitionArn)} has no task role.`);
    const missing = roleDenies(sim, role, SSM_MESSAGES);
    if (missing.length)
      return notYet(
        `orders’ task role ${role} does not allow ${missing.join(', ')}: the Exec agent in the task cannot open its channels.`,
      );
  }
  return met;
}

export default [
  goal({
    id: 'billing-steady',
    description: 'billing runs its 2 tasks from its own ECR image, steady',
    holdFor: 60,
    check: billingSteady,
    hints: {
      nudge:
        'Open a stopped billing task and read its stopped reason (or paste it into the Decode tab). When does it fail: before or after the app runs?',
      pointer:
        'A task that never starts failed in ECS’s own start-up work: pulling the image, fetching secrets, creating the log ' +
        'stream. ECS does that with the task execution role (executionRoleArn). The pull permissions sit on the task role.',
      bottomOut:
        '`aws iam attach-role-policy --role-name billing-execution --policy-arn ' +
        'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy`, then ' +
        '`aws ecs update-service --cluster shop --service billing --force-new-deployment` so it tries again at once.',
    },
  }),
  goal({
    id: 'orders-steady',
    description: 'orders runs its 2 tasks on a revision that stays up, one deployment, steady',
    holdFor: 60,
    check: ordersSteady,
    hints: {
      nudge:
        'orders has two deployments. Open a stopped task of the newer one: what exit code did its container give?',
      pointer:
        '“Essential container in task exited” only says the task stopped because its essential container did; the ' +
        'exit code says why. 1 is the application failing (137 would be memory or a kill). orders:2 is a bad release: ' +
        'roll back to the revision that worked.',
      bottomOut: '`aws ecs update-service --cluster shop --service orders --task-definition orders:1`.',
    },
  }),
  goal({
    id: 'web-steady',
    description: 'web runs its 2 tasks, both targets healthy in web-tg, steady',
    holdFor: 60,
    check: webSteady,
    hints: {
      nudge:
        'Read web’s service events, then the target group’s health check settings (`aws elbv2 describe-target-groups`).',
      pointer:
        'web’s container listens on 8080, mapped to a dynamic host port (hostPort 0): each task is on 32768+ of its instance. ' +
        'The health check goes to port 8080 of the instance, where nothing listens. “traffic-port” checks the port each target was registered with.',
      bottomOut:
        '`aws elbv2 modify-target-group --target-group-arn <web-tg arn> --health-check-port traffic-port`.',
    },
  }),
  goal({
    id: 'api-steady',
    description: 'api runs its 3 tasks on 2 instances, steady',
    holdFor: 60,
    check: apiSteady,
    hints: {
      nudge:
        'Read api’s newest service event. What does the closest matching container instance already use?',
      pointer:
        'api maps host port 80 (a static port): one instance can hold one such task, so 3 tasks need 3 instances (and a ' +
        'rolling update one more). Dynamic host ports (hostPort 0) let tasks share an instance.',
      bottomOut:
        'Register api:2 with `portMappings: [{containerPort: 80, hostPort: 0}]` and ' +
        '`aws ecs update-service --cluster shop --service api --task-definition api:2`.',
    },
  }),
  goal({
    id: 'exec-ready',
    description:
      'ECS Exec is ready on orders: enableExecuteCommand on, ssmmessages allowed on its task role, every task started after',
    holdFor: 60,
    check: execReady,
    hints: {
      nudge:
        'What does `aws ecs execute-command` need from the service, from the task’s role, and from the task itself?',
      pointer:
        'Exec opens a Session Manager channel from an agent inside the task: the service (or RunTask) needs ' +
        'enableExecuteCommand, the task role needs the four ssmmessages actions, and only tasks started after the flag ' +
        'was set have the agent. No inbound security group rule is needed.',
      bottomOut:
        '`aws iam put-role-policy --role-name orders-task --policy-name exec --policy-document ' +
        '\'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssmmessages:CreateControlChannel",' +
        '"ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"Resource":"*"}]}\'`, ' +
        'then `aws ecs update-service --cluster shop --service orders --enable-execute-command --force-new-deployment`.',
    },
  }),
];
