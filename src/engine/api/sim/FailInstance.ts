import { containerInstanceOutput, occupancyOf, taskCountsByInstance } from '../../containerInstances';
import { setAgentConnection } from '../../containerInstances/agentConnection';
import type { ContainerInstanceOutput } from '../../containerInstances/output';
import type { EngineContext } from '../../context';
import { invalidParameter } from '../../errors';
import { requestTaskStop } from '../../lifecycle';
import type { Ec2Instance } from '../../model/ec2';
import type { ContainerInstance, StopCode } from '../../model/ecs';
import type { TaskArn } from '../../model/ids';
import { failInstanceSchema } from '../../schema/simControls';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { requireInstances } from '../ec2/instanceIds';
import { instanceOutput, type InstanceOutput } from '../ec2/instanceShape';
import { defineOperation } from '../operation';

export type FailInstanceInput = Infer<typeof failInstanceSchema>;

export interface FailInstanceOutput {
  /** the instance as DescribeInstances now shows it (stopped) */
  readonly instance: InstanceOutput;
  /** its container instance, still registered, with the agent disconnected */
  readonly containerInstance?: ContainerInstanceOutput;
  /** the tasks on it that were asked to stop */
  readonly stoppingTaskArns: ReadonlyArray<TaskArn>;
}

/**
 * Why ECS stops the tasks of a failed host. The reason is the wording ECS has been seen to give tasks whose
 * host was stopped; the stop code is the sandbox's choice (AWS documents none for a stopped host), the one
 * the sandbox also gives tasks whose host is terminated.
 */
const failedHostStop = (instanceId: string): { stopCode: StopCode; reason: string } => ({
  stopCode: 'TerminationNotice',
  reason: `Host EC2 (instance ${instanceId}) stopped.`,
});

/** The container instance the instance's agent registered, unless it has been deregistered since. */
function registeredContainerInstance(
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

/**
 * Simulator control: the hardware under a pending or running EC2 instance fails.
 *
 * What AWS does: a host failure shows as a failed system status check; EC2 stops an EBS-backed instance on
 * failed hardware (a retirement, state reason Server.ScheduledStop) and ECS sees its instance stopped: the
 * container instance stays registered with its agent disconnected (stopped instances are not deregistered),
 * and the tasks on it go to STOPPED ("Host EC2 (instance …) stopped.").
 *
 * The sandbox's model where AWS leaves details open: it all happens at once (no status-check delay, no
 * `stopping` phase: the instance is `stopped` now); the tasks stop through the normal lifecycle (DEACTIVATING,
 * STOPPING, STOPPED) with stopCode TerminationNotice; the instance never comes back (the sandbox has no
 * StartInstances), so its container instance stays ACTIVE and disconnected until it is deregistered or the
 * instance terminated. Services replace the stopped tasks on other instances, as after any task stop.
 */
export const FailInstance = defineOperation<FailInstanceInput, FailInstanceOutput>({
  schema: failInstanceSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const [instance] = requireInstances(ctx.state, [input.instanceId], 'instanceId');
    if (!instance || (instance.State !== 'pending' && instance.State !== 'running')) {
      throw invalidParameter(
        `instanceId: '${input.instanceId}' is ${instance?.State ?? 'unknown'}; only a pending or running ` +
          'instance has working hardware that can fail.',
        'instanceId',
      );
    }
    const ci = registeredContainerInstance(ctx, instance);
    ctx.tx.set(ctx.state.ec2.instances, instance.InstanceId, {
      ...instance,
      State: 'stopped',
      // the agent dies with the host (an AMI without one has nothing to stop)
      agent: instance.agent.phase === 'none' ? instance.agent : { phase: 'stopped' },
    });
    ctx.emit({
      type: 'InstanceFailed',
      at: ctx.now,
      instanceId: instance.InstanceId,
      ...(ci ? { containerInstanceArn: ci.containerInstanceArn } : {}),
    });
    const stoppingTaskArns = ci ? loseAgent(ctx, ci, instance.InstanceId) : [];
    const stored = ctx.state.ec2.instances[instance.InstanceId]!;
    const after = ci ? ctx.state.ecs.containerInstances[ci.containerInstanceArn] : undefined;
    return {
      instance: instanceOutput(ctx.state, stored),
      ...(after
        ? {
            containerInstance: containerInstanceOutput(
              ctx.state,
              after,
              taskCountsByInstance(ctx.state).get(after.containerInstanceArn),
            ),
          }
        : {}),
      stoppingTaskArns,
    };
  },
});
