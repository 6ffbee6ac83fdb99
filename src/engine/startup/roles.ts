import { arnName } from '../../lib/arn';
import { decodeUserData, readUserData } from '../agent/userData';
import { trustsService } from '../iam/roles';
import type { Task } from '../model/ecs';
import type { Ec2Instance } from '../model/ec2';
import type { CallPrincipalKind } from '../model/iam';
import type { TaskDefinition } from '../model/taskDefinition';
import type { SimState } from '../state';

/**
 * Which credentials a call made for a task uses (ecs-reference §12): the execution role for what ECS does before
 * the containers start, the instance role for the agent on EC2 where AWS falls back to it, and the task role —
 * or, on EC2 without one, the instance role through instance metadata — for the application's own calls.
 */

export const ECS_TASKS_SERVICE = 'ecs-tasks.amazonaws.com';

/** The credentials one call is made with. */
export interface Credentials {
  readonly principal: CallPrincipalKind;
  /** the role whose credentials are used; absent when there are none */
  readonly roleName?: string;
  /** the STS session name an AccessDenied text shows: the task id for task credentials, the instance id for the instance role */
  readonly session: string;
  readonly ec2InstanceId?: string;
  /** why there are no usable credentials, in a sentence (no role, role missing, role not trusting ECS, IMDS blocked) */
  readonly problem?: string;
}

/** The task id: the last part of its ARN. */
export const taskIdOf = (task: Pick<Task, 'taskArn'>): string => arnName(task.taskArn);

export const definitionOf = (state: SimState, task: Task): TaskDefinition | undefined =>
  state.ecs.taskDefinitions[task.taskDefinitionArn];

const overrideOf = (task: Task, member: 'taskRoleArn' | 'executionRoleArn'): string | undefined => {
  const value = task.overrides[member];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** The execution role ARN the task runs with: RunTask's override, else its definition's. */
export const executionRoleArnOf = (state: SimState, task: Task): string | undefined =>
  overrideOf(task, 'executionRoleArn') ?? definitionOf(state, task)?.executionRoleArn;

/** The task role ARN: RunTask's override, else its definition's. */
export const taskRoleArnOf = (state: SimState, task: Task): string | undefined =>
  overrideOf(task, 'taskRoleArn') ?? definitionOf(state, task)?.taskRoleArn;

/** The EC2 instance a task runs on (EC2 launch type), if any. */
export function instanceOf(state: SimState, task: Task): Ec2Instance | undefined {
  if (!task.containerInstanceArn) return undefined;
  const ci = state.ecs.containerInstances[task.containerInstanceArn];
  return ci ? state.ec2.instances[ci.ec2InstanceId] : undefined;
}

/** The role in the instance's profile (the container instance role), if any. */
export function instanceRoleName(state: SimState, instance: Ec2Instance | undefined): string | undefined {
  const profileName = instance?.IamInstanceProfile;
  if (!profileName) return undefined;
  const profile = state.iam.instanceProfiles[profileName];
  return profile?.roleName;
}

/** Credentials from a role ARN that ECS assumes for the task (execution or task role). */
function assumedByEcs(
  state: SimState,
  arn: string | undefined,
  principal: CallPrincipalKind,
  task: Task,
  which: string,
): Credentials {
  const session = taskIdOf(task);
  if (arn === undefined) return { principal, session, problem: `the task has no ${which}` };
  const roleName = arnName(arn);
  const role = state.iam.roles[roleName];
  if (!role || role.Arn !== arn) return { principal, session, problem: `the ${which} ${arn} does not exist` };
  if (!trustsService(role, ECS_TASKS_SERVICE)) {
    return {
      principal,
      session,
      problem: `the ${which} ${roleName} does not trust ${ECS_TASKS_SERVICE}, so ECS cannot assume it`,
    };
  }
  return { principal, roleName, session };
}

/** The execution role's credentials (secrets, environment files; on Fargate also ECR and awslogs). */
export const executionCredentials = (state: SimState, task: Task): Credentials =>
  assumedByEcs(state, executionRoleArnOf(state, task), 'execution-role', task, 'execution role');

/** The instance role as the agent uses it on the task's instance. */
function agentCredentials(state: SimState, task: Task): Credentials {
  const instance = instanceOf(state, task);
  const roleName = instanceRoleName(state, instance);
  const ec2InstanceId = instance?.InstanceId;
  const session = ec2InstanceId ?? 'unknown';
  const base = { principal: 'agent' as const, session, ...(ec2InstanceId ? { ec2InstanceId } : {}) };
  if (!roleName || !state.iam.roles[roleName])
    return { ...base, problem: 'the container instance has no instance role' };
  return { ...base, roleName };
}

/**
 * Who pulls a private ECR image and creates the awslogs stream: on Fargate the execution role; on EC2 the
 * execution role when the task has one, else the agent with the instance role.
 */
export function pullAndLogCredentials(state: SimState, task: Task): Credentials {
  if (task.launchType === 'FARGATE' || executionRoleArnOf(state, task) !== undefined)
    return executionCredentials(state, task);
  return agentCredentials(state, task);
}

/** `ECS_AWSVPC_BLOCK_IMDS=true` (awsvpc tasks) or the documented iptables DROP rule (bridge tasks) in user data. */
export function imdsBlocked(state: SimState, task: Task, instance: Ec2Instance): boolean {
  const decoded = instance.UserData ? decodeUserData(instance.UserData) : undefined;
  const text = decoded?.ok ? decoded.value : '';
  const mode = definitionOf(state, task)?.networkMode ?? 'bridge';
  if (mode === 'awsvpc') {
    const value = readUserData(text).settings.get('ECS_AWSVPC_BLOCK_IMDS') ?? '';
    return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value.trim());
  }
  // the rule drops traffic from the docker bridge; containers in host mode use the host's own interface
  if (mode !== 'bridge') return false;
  return text
    .split(/\r?\n/)
    .some(
      (line) =>
        /\biptables\b/.test(line) &&
        line.includes('169.254.169.254') &&
        /(?:-j|--jump)\s+DROP\b/.test(line) &&
        /docker/.test(line),
    );
}

/**
 * The application's credentials (sim CallAws): the task role through the credentials endpoint; on EC2 without
 * a task role the instance role through instance metadata, unless that is blocked; on Fargate without one, none.
 */
export function applicationCredentials(state: SimState, task: Task): Credentials {
  const taskRole = taskRoleArnOf(state, task);
  if (taskRole !== undefined) return assumedByEcs(state, taskRole, 'task-role', task, 'task role');
  const none = (problem: string): Credentials => ({ principal: 'none', session: taskIdOf(task), problem });
  if (task.launchType === 'FARGATE')
    return none('the task has no task role, and Fargate gives containers no other credentials');
  const instance = instanceOf(state, task);
  if (!instance) return none('the task has no task role and no instance to fall back to');
  if (imdsBlocked(state, task, instance))
    return none('the task has no task role, and the instance blocks containers from instance metadata');
  const roleName = instanceRoleName(state, instance);
  if (!roleName || !state.iam.roles[roleName])
    return none('the task has no task role, and the instance has no instance role to fall back to');
  return {
    principal: 'instance-role-imds',
    roleName,
    session: instance.InstanceId,
    ec2InstanceId: instance.InstanceId,
  };
}
