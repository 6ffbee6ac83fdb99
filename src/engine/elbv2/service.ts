import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { Task } from '../model/ecs';
import type { TaskArn } from '../model/ids';
import type { TargetGroup, TargetHealth, TargetType } from '../model/elbv2';
import type { NetworkMode } from '../model/taskDefinition';
import type { SimState } from '../state';
import { deregisterTarget, healthOf, registerTarget } from './health';
import { requireTargetGroup } from './lookup';
import { targetKey } from './names';

/** A target as a service registers it: an instance id (bridge, host) or task IP (awsvpc), and a port. */
export interface ServiceTarget {
  readonly Id: string;
  readonly Port: number;
  /** the task behind the target, when known: health checks of an ip target look at it first */
  readonly taskArn?: TaskArn;
}

/** Registers a service task's target; its health checks start now. Throws TargetGroupNotFound. */
export function registerServiceTarget(
  ctx: EngineContext,
  targetGroupArn: string,
  target: ServiceTarget,
): void {
  registerTarget(ctx, requireTargetGroup(ctx.state, targetGroupArn), target.Id, target.Port, target.taskArn);
}

/**
 * Deregisters a service task's target: it drains for the group's deregistration delay, then leaves. A target
 * (or group) that is already gone is left alone, so the scheduler may call this for every stopping task.
 */
export function deregisterServiceTarget(
  ctx: EngineContext,
  targetGroupArn: string,
  target: ServiceTarget,
): void {
  const tg = ctx.state.elbv2.targetGroups[targetGroupArn];
  const registered = ctx.state.elbv2.targets[targetKey(targetGroupArn, target.Id, target.Port)];
  if (tg && registered) deregisterTarget(ctx, tg, registered);
}

/** The target's health as DescribeTargetHealth would report it (`unused`/`Target.NotRegistered` when absent). */
export const targetHealth = (state: SimState, targetGroupArn: string, target: ServiceTarget): TargetHealth =>
  healthOf(state, targetGroupArn, target.Id, target.Port);

/** The target type a task's network mode registers as: awsvpc tasks by IP, the others by instance. */
export const targetTypeFor = (networkMode: NetworkMode): TargetType =>
  networkMode === 'awsvpc' ? 'ip' : 'instance';

/** ECS's complaint when a target group's type does not suit the task definition's network mode, else undefined. */
export function targetTypeProblem(tg: TargetGroup, networkMode: NetworkMode): string | undefined {
  if (tg.TargetType === targetTypeFor(networkMode)) return undefined;
  return `The provided target group ${tg.TargetGroupArn} has target type ${tg.TargetType}, which is incompatible with the ${networkMode} network mode specified in the task definition.`;
}

/**
 * The target group, checked for use by tasks of this network mode; throws ECS's InvalidParameterException
 * (awsvpc needs target type `ip`, bridge and host need `instance`) or TargetGroupNotFound.
 */
export function requireTargetGroupFor(
  state: SimState,
  targetGroupArn: string,
  networkMode: NetworkMode,
  field = 'loadBalancers',
): TargetGroup {
  const tg = requireTargetGroup(state, targetGroupArn, field);
  const problem = targetTypeProblem(tg, networkMode);
  if (problem) throw new AwsError('InvalidParameterException', problem, field);
  return tg;
}

/**
 * Where a task receives a container port's traffic: the task ENI's address and the container port (awsvpc),
 * or its instance and the host port bound to that container port (bridge, host). Undefined while the task has
 * no address or binding yet (awsvpc before its ENI, an EC2 task before placement).
 */
export function serviceTargetFor(
  state: SimState,
  task: Task,
  containerName: string,
  containerPort: number,
): ServiceTarget | undefined {
  if (task.eni) return { Id: task.eni.privateIPv4Address, Port: containerPort, taskArn: task.taskArn };
  const instance = task.containerInstanceArn && state.ecs.containerInstances[task.containerInstanceArn];
  const binding = task.containers
    .find((c) => c.name === containerName)
    ?.networkBindings.find((b) => b.containerPort === containerPort && b.protocol === 'tcp');
  return instance && binding
    ? { Id: instance.ec2InstanceId, Port: binding.hostPort, taskArn: task.taskArn }
    : undefined;
}
