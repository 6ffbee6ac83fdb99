import { containerInstanceOutput, taskCountsByInstance } from '../../containerInstances';
import type { ContainerInstanceOutput } from '../../containerInstances/output';
import { invalidParameter } from '../../errors';
import { canFail, failHost } from '../../faults/host';
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
    if (!instance || !canFail(instance)) {
      throw invalidParameter(
        `instanceId: '${input.instanceId}' is ${instance?.State ?? 'unknown'}; only a pending or running ` +
          'instance has working hardware that can fail.',
        'instanceId',
      );
    }
    const { containerInstanceArn, stoppingTaskArns } = failHost(ctx, instance);
    const stored = ctx.state.ec2.instances[instance.InstanceId]!;
    const after = containerInstanceArn ? ctx.state.ecs.containerInstances[containerInstanceArn] : undefined;
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
