import { containerInstanceArnIn, requireCluster } from '../../arns';
import {
  containerInstanceOutput,
  findContainerInstance,
  taskCountsByInstance,
} from '../../containerInstances';
import type { ContainerInstanceOutput } from '../../containerInstances/output';
import { setContainerInstanceStatus } from '../../containerInstances/status';
import { invalidParameter } from '../../errors';
import type { ContainerInstance } from '../../model/ecs';
import { updateContainerInstancesStateSchema } from '../../schema/containerInstances';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { scheduleClusterServices } from '../../services';
import { defineOperation } from '../operation';

export type UpdateContainerInstancesStateInput = Infer<typeof updateContainerInstancesStateSchema>;

export interface UpdateContainerInstancesStateOutput {
  readonly containerInstances: ContainerInstanceOutput[];
  readonly failures: Array<{ arn: string; reason: string; detail?: string }>;
}

/** Why an instance cannot move to `to`, or undefined when it can (ACTIVE ⇄ DRAINING, or already there). */
function refusal(
  ci: ContainerInstance,
  to: 'ACTIVE' | 'DRAINING',
): { reason: string; detail: string } | undefined {
  if (ci.status === to || ci.status === 'ACTIVE' || ci.status === 'DRAINING') return undefined;
  if (ci.status === 'INACTIVE') {
    return {
      reason: 'INACTIVE',
      detail: 'The container instance is deregistered; its state can no longer change.',
    };
  }
  return {
    reason: ci.status,
    detail: `Only ACTIVE and DRAINING container instances can be set to ${to}; this one is ${ci.status}.`,
  };
}

/**
 * Sets container instances to DRAINING (no new tasks; service tasks move off, standalone tasks stay) or back
 * to ACTIVE. Instances that are missing or cannot make the move are reported in `failures`; the rest change.
 */
export const UpdateContainerInstancesState = defineOperation<
  UpdateContainerInstancesStateInput,
  UpdateContainerInstancesStateOutput
>({
  schema: updateContainerInstancesStateSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const to = input.status;
    if (to !== 'ACTIVE' && to !== 'DRAINING') {
      throw invalidParameter(
        `status: a container instance can only be set to ACTIVE or DRAINING, not ${to}. ECS and the agent set the other states.`,
        'status',
      );
    }
    const failures: Array<{ arn: string; reason: string; detail?: string }> = [];
    const changed: ContainerInstance[] = [];
    for (const ref of input.containerInstances) {
      const ci = findContainerInstance(ctx.state, cluster, ref);
      if (!ci) {
        failures.push({ arn: containerInstanceArnIn(ctx.state, cluster, ref), reason: 'MISSING' });
        continue;
      }
      const refused = refusal(ci, to);
      if (refused) {
        failures.push({ arn: ci.containerInstanceArn, ...refused });
        continue;
      }
      changed.push(setContainerInstanceStatus(ctx, ci, to));
    }
    // the scheduler moves service tasks off instances set to DRAINING (and back onto ACTIVE ones)
    if (changed.length) scheduleClusterServices(ctx, cluster.clusterArn);
    const counts = taskCountsByInstance(ctx.state);
    return {
      containerInstances: changed.map((ci) =>
        containerInstanceOutput(ctx.state, ci, counts.get(ci.containerInstanceArn)),
      ),
      failures,
    };
  },
});
