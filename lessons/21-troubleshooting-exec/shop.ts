import { ACCOUNT_ID, REGION, type Service, type Simulation, type Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** Names and reads shared by lesson 21's scenario, goals, solution and quiz. */

export const CLUSTER = 'shop';
export const BILLING = 'billing';
export const ORDERS = 'orders';
export const WEB = 'web';
export const API = 'api';

/** how many tasks each service must run (the desired counts the scenario sets) */
export const DESIRED: Readonly<Record<string, number>> = { billing: 2, orders: 2, web: 2, api: 3 };

export const BILLING_EXECUTION = 'billing-execution';
export const BILLING_TASK = 'billing-task';
export const ORDERS_TASK = 'orders-task';
export const BILLING_IMAGE = `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/billing:v1`;
export const TARGET_GROUP = 'web-tg';
export const EXECUTION_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';

/** The four channels an ECS Exec session opens through Session Manager (the task role must allow them). */
export const SSM_MESSAGES = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
] as const;

export const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;

/** A policy document as the IAM API takes it: JSON text. */
export const policy = (...Statement: ReadonlyArray<Record<string, unknown>>) =>
  JSON.stringify({ Version: '2012-10-17', Statement });

export const TASKS_TRUST = policy({
  Effect: 'Allow',
  Principal: { Service: 'ecs-tasks.amazonaws.com' },
  Action: 'sts:AssumeRole',
});

/** What pulling billing's image needs: the registry token and reads on its repository. */
export const PULL_BILLING = policy(
  { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
  {
    Effect: 'Allow',
    Action: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
    Resource: `arn:aws:ecr:${REGION}:${ACCOUNT_ID}:repository/billing`,
  },
);

/** What an ECS Exec session needs on the task role. */
export const EXEC_POLICY = policy({ Effect: 'Allow', Action: [...SSM_MESSAGES], Resource: '*' });

export const serviceNamed = (sim: Simulation, name: string): Service | undefined =>
  Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === name && arnName(s.clusterArn) === CLUSTER && s.status === 'ACTIVE',
  );

/** The service's tasks, every status. */
export const tasksOf = (sim: Simulation, name: string): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) => arnName(t.clusterArn) === CLUSTER && t.group === `service:${name}`,
  );

/** The service's RUNNING tasks, leaving out those it is draining from a load balancer before it stops them. */
export function runningOf(sim: Simulation, name: string): ReadonlyArray<Task> {
  const draining = new Set((serviceNamed(sim, name)?.draining ?? []).map((d) => d.taskArn));
  return tasksOf(sim, name).filter((t) => t.lastStatus === 'RUNNING' && !draining.has(t.taskArn));
}

/** The newest stopped reason of the service's tasks (with the container's exit code when one exited). */
export function lastStopped(sim: Simulation, name: string): string | undefined {
  const task = tasksOf(sim, name)
    .filter((t) => t.lastStatus === 'STOPPED' && t.stoppedReason)
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0];
  if (!task) return undefined;
  const exited = task.containers.find((c) => c.exitCode !== undefined && c.exitCode !== 0);
  return exited
    ? `${task.stoppedReason} (container ${exited.name}: exit code ${exited.exitCode})`
    : task.stoppedReason;
}

/** The service's newest event that is not about progress (a placement failure, an unhealthy target…). */
export function lastProblem(sim: Simulation, name: string): string | undefined {
  return serviceNamed(sim, name)?.events.find(
    (e) =>
      !/has reached a steady state|has started|has stopped|registered|deregistered|begun draining/.test(
        e.message,
      ),
  )?.message;
}

/** The container images of a task's definition. */
export const imagesOf = (sim: Simulation, task: Task): ReadonlyArray<string> =>
  sim.state.ecs.taskDefinitions[task.taskDefinitionArn]?.containerDefinitions.map((c) => c.image ?? '') ?? [];

export const taskRoleOf = (sim: Simulation, task: Task): string | undefined => {
  const arn = sim.state.ecs.taskDefinitions[task.taskDefinitionArn]?.taskRoleArn;
  return arn ? arn.slice(arn.lastIndexOf('/') + 1) : undefined;
};

/** The actions of `actions` a role's policies do not allow on `*` (IAM SimulatePrincipalPolicy on a copy). */
export function roleDenies(sim: Simulation, roleName: string, actions: ReadonlyArray<string>): string[] {
  if (!sim.state.iam.roles[roleName]) return [...actions];
  const out = sim.fork().call('iam', 'SimulatePrincipalPolicy', {
    PolicySourceArn: roleArn(roleName),
    ActionNames: [...actions],
    ResourceArns: ['*'],
  });
  const allowed = new Set(
    (out.EvaluationResults ?? []).filter((r) => r.EvalDecision === 'allowed').map((r) => r.EvalActionName),
  );
  return actions.filter((a) => !allowed.has(a));
}

/** The web target group's ARN. */
export const targetGroupArn = (sim: Simulation): string =>
  Object.values(sim.state.elbv2.targetGroups).find((tg) => tg.TargetGroupName === TARGET_GROUP)!
    .TargetGroupArn;
