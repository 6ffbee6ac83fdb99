import { arnName } from '../../lib/arn';
import { requireCluster, requireTaskIn } from '../arns';
import { setContainerInstanceStatus } from '../containerInstances/status';
import type { EngineContext } from '../context';
import { invalidParameter } from '../errors';
import { requestTaskStop } from '../lifecycle';
import type { Ec2Instance } from '../model/ec2';
import type { StopCode, Task } from '../model/ecs';
import type { SimTime } from '../model/ids';
import { scheduleClusterServices } from '../services';
import { onTimer } from '../timerHandlers';
import { shutDownInstance } from '../api/ec2/instanceLifecycle';
import { registeredContainerInstance } from './host';

/**
 * Spot interruptions (sim InterruptSpot): Fargate Spot reclaiming a task, EC2 reclaiming a Spot Instance.
 * Both give two minutes' warning (ecs-reference §2.5, §8.4).
 */

/** The warning both kinds of Spot capacity give before it is taken back, in seconds. */
export const SPOT_NOTICE_SECONDS = 120;

/**
 * How ECS stops an interrupted Fargate Spot task (ecs-reference §8.4, §6.2): the reason is ECS's own text; the
 * stop code is the one AWS's documented task state change event shows (the API enum also has SpotInterruption,
 * which the documentation does not use for Fargate Spot).
 */
export const SPOT_TASK_STOP: { readonly stopCode: StopCode; readonly reason: string } = {
  stopCode: 'TerminationNotice',
  reason: 'Your Spot Task was interrupted.',
};

const isLive = (t: Task) => t.lastStatus !== 'STOPPED' && t.desiredStatus !== 'STOPPED';

/**
 * The Fargate Spot tasks a request names: `task` in `cluster` (default `default`), or with `task` left out
 * every live Fargate Spot task of the cluster. Refuses an On-Demand task, a task already stopping or stopped,
 * and a cluster with no Fargate Spot task to reclaim.
 */
export function spotTasksToInterrupt(
  ctx: EngineContext,
  clusterRef: string | undefined,
  taskRef: string | undefined,
): Task[] {
  if (taskRef === undefined) {
    const cluster = requireCluster(ctx.state, clusterRef);
    const tasks = Object.values(ctx.state.ecs.tasks).filter(
      (t) => t.clusterArn === cluster.clusterArn && t.capacityProviderName === 'FARGATE_SPOT' && isLive(t),
    );
    if (tasks.length === 0) {
      throw invalidParameter(
        `cluster: ${cluster.clusterName} has no running Fargate Spot task to interrupt. Run tasks with ` +
          'capacityProviderStrategy [{capacityProvider: FARGATE_SPOT}] first, or name one task.',
        'cluster',
      );
    }
    return tasks;
  }
  const { task } = requireTaskIn(ctx.state, clusterRef, taskRef);
  const id = arnName(task.taskArn);
  if (task.capacityProviderName !== 'FARGATE_SPOT') {
    throw invalidParameter(
      `task: ${id} runs on ${task.capacityProviderName ?? `the ${task.launchType} launch type`}, not on ` +
        'FARGATE_SPOT; only Fargate Spot capacity is reclaimed with a two-minute warning. To stop an ' +
        'On-Demand task use StopTask, or sim FailInstance for its host.',
      'task',
    );
  }
  if (!isLive(task)) {
    throw invalidParameter(
      `task: ${id} is already ${task.lastStatus === 'STOPPED' ? 'stopped' : 'stopping'} ` +
        `(${task.stoppedReason ?? task.stopCode ?? 'stop requested'}); only a task that is still meant to ` +
        'run can be interrupted.',
      'task',
    );
  }
  return [task];
}

/**
 * Fargate Spot takes a task's capacity back: SpotTaskInterrupted records the two-minute warning (in AWS a task
 * state change event to EventBridge, desiredStatus STOPPED while lastStatus is still RUNNING) and the task is
 * told to stop now with SIGTERM: the lifecycle gives each container its stopTimeout (at most 120 s on
 * Fargate, which registration enforces) before SIGKILL, so the task is gone within the two minutes. A
 * service replaces it through its normal scheduler.
 */
export function interruptSpotTask(ctx: EngineContext, task: Task): void {
  ctx.emit({
    type: 'SpotTaskInterrupted',
    at: ctx.now,
    taskArn: task.taskArn,
    clusterArn: task.clusterArn,
    stopBy: ctx.now + SPOT_NOTICE_SECONDS,
  });
  requestTaskStop(ctx, task.taskArn, SPOT_TASK_STOP);
}

/** Refuses an instance that is not a running (or pending) Spot Instance without a notice already. */
export function checkSpotInstance(instance: Ec2Instance): void {
  const id = instance.InstanceId;
  if (instance.InstanceLifecycle !== 'spot') {
    throw invalidParameter(
      `instanceId: ${id} is an On-Demand instance; only a Spot Instance (RunInstances InstanceMarketOptions ` +
        "{MarketType: 'spot'}) is reclaimed with a two-minute notice. Use sim FailInstance or " +
        'TerminateInstances for this one.',
      'instanceId',
    );
  }
  if (instance.State !== 'pending' && instance.State !== 'running') {
    throw invalidParameter(
      `instanceId: ${id} is ${instance.State}; only a pending or running Spot Instance can be interrupted.`,
      'instanceId',
    );
  }
  if (instance.spotInterruptionAt !== undefined) {
    throw invalidParameter(
      `instanceId: ${id} already got its interruption notice; EC2 terminates it two minutes after it.`,
      'instanceId',
    );
  }
}

/**
 * EC2 gives a Spot Instance its two-minute interruption notice and terminates it 120 s later (the
 * `spot.reclaim` timer). With ECS_ENABLE_SPOT_INSTANCE_DRAINING=true in the agent's configuration the agent
 * sets its container instance to DRAINING at the notice, so services start replacements elsewhere while the
 * old tasks still run; without it the tasks run until the instance goes. The caller checks `checkSpotInstance`.
 */
export function noticeSpotInstance(ctx: EngineContext, instance: Ec2Instance): { terminateAt: SimTime } {
  const terminateAt = ctx.now + SPOT_NOTICE_SECONDS;
  const ci = registeredContainerInstance(ctx, instance);
  const draining =
    ci !== undefined &&
    ci.agentConnected &&
    instance.agentConfig?.spotInstanceDraining === true &&
    (ci.status === 'ACTIVE' || ci.status === 'DRAINING');
  ctx.tx.set(ctx.state.ec2.instances, instance.InstanceId, { ...instance, spotInterruptionAt: ctx.now });
  ctx.emit({
    type: 'SpotInstanceInterruptionNotice',
    at: ctx.now,
    instanceId: instance.InstanceId,
    terminateAt,
    ...(ci ? { containerInstanceArn: ci.containerInstanceArn } : {}),
    draining,
  });
  if (draining && ci) {
    setContainerInstanceStatus(ctx, ci, 'DRAINING');
    scheduleClusterServices(ctx, ci.clusterArn);
  }
  ctx.schedule(SPOT_NOTICE_SECONDS, { kind: 'spot.reclaim', instanceId: instance.InstanceId });
  return { terminateAt };
}

/** The end of the notice: EC2 terminates the instance, unless it is already stopped or on its way out. */
function reclaimSpotInstance(ctx: EngineContext, instanceId: string): void {
  const instance = ctx.state.ec2.instances[instanceId];
  if (!instance || (instance.State !== 'pending' && instance.State !== 'running')) return;
  shutDownInstance(ctx, instance);
}

/** Registers the `spot.reclaim` timer (timerRegistry.ts). */
export function registerFaultTimers(): void {
  onTimer('spot.reclaim', (ctx, timer) => reclaimSpotInstance(ctx, timer.instanceId));
}
