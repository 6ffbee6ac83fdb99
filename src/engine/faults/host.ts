import { laterHooks } from '../laterHooks';
import { occupancyOf } from '../containerInstances';
import { setAgentConnection } from '../containerInstances/agentConnection';
import type { EngineContext } from '../context';
import { requestTaskStop } from '../lifecycle';
import type { Ec2Instance } from '../model/ec2';
import type { ContainerInstance, StopCode } from '../model/ecs';
import type { ContainerInstanceArn, TaskArn } from '../model/ids';

/**
 * Why ECS stops the tasks of a failed host. The reason is the wording ECS has been seen to give tasks whose
 * host was stopped; the stop code is the sandbox's choice (AWS documents none for a stopped host), the one
 * the sandbox also gives tasks whose host is terminated.
 */
export const failedHostStop = (instanceId: string): { stopCode: StopCode; reason: string } => ({
  stopCode: 'TerminationNotice',
  reason: `Host EC2 (instance ${instanceId}) stopped.`,
});

/** Whether an instance still has hardware that can fail: it is pending or running. */
export const canFail = (instance: Ec2Instance): boolean =>
  instance.State === 'pending' || instance.State === 'running';

/** The container instance the instance's agent registered, unless it has been deregistered since. */
export function registeredContainerInstance(
  ctx: EngineContext,
  instance: Ec2Instance,
): ContainerInstance | undefined {
  if (instance.agent.phase !== 'registered') return undefined;
  const ci = ctx.state.ecs.containerInstances[instance.agent.containerInstanceArn];
  return ci && ci.status !== 'INACTIVE' ? ci : undefined;
}

/** ECS loses the agent: the container instance stays registered, disconnected, and its tasks stop. */
function loseAgent(ctx: EngineContext, ci: ContainerInstance, instanceId: string): TaskArn[] {
  const tasks = occupancyOf(ctx.state, ci).tasks;
  setAgentConnection(ctx, ci, false);
  const why = failedHostStop(instanceId);
  const stopping = tasks.filter((t) => t.desiredStatus !== 'STOPPED').map((t) => t.taskArn);
  for (const taskArn of stopping) requestTaskStop(ctx, taskArn, why);
  return stopping;
}

export interface HostFailure {
  /** the container instance its agent had registered, if any (it stays registered, disconnected) */
  readonly containerInstanceArn?: ContainerInstanceArn;
  /** the tasks on it that were asked to stop */
  readonly stoppingTaskArns: ReadonlyArray<TaskArn>;
}

/**
 * The hardware under a pending or running instance fails (sim FailInstance, and every instance of a failed
 * zone): the instance is `stopped` at once, its agent dies with it, InstanceFailed is logged, its container
 * instance stays registered with the agent disconnected and every task on it is asked to stop
 * (TerminationNotice, "Host EC2 (instance …) stopped."). The caller checks `canFail` first.
 */
export function failHost(ctx: EngineContext, instance: Ec2Instance): HostFailure {
  const ci = registeredContainerInstance(ctx, instance);
  ctx.tx.set(ctx.state.ec2.instances, instance.InstanceId, {
    ...instance,
    State: 'stopped',
    // the agent dies with the host (an AMI without one has nothing to stop)
    agent: instance.agent.phase === 'none' ? instance.agent : { phase: 'stopped' },
  });
  laterHooks.instanceStateChanged(ctx, instance.InstanceId);
  ctx.emit({
    type: 'InstanceFailed',
    at: ctx.now,
    instanceId: instance.InstanceId,
    ...(ci ? { containerInstanceArn: ci.containerInstanceArn } : {}),
  });
  if (!ci) return { stoppingTaskArns: [] };
  return {
    containerInstanceArn: ci.containerInstanceArn,
    stoppingTaskArns: loseAgent(ctx, ci, instance.InstanceId),
  };
}
