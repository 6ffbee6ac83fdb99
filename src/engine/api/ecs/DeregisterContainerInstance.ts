import { requireCluster } from '../../arns';
import {
  containerInstanceOutput,
  deregisterContainerInstance,
  occupancyOf,
  requireContainerInstance,
  taskCountsByInstance,
} from '../../containerInstances';
import type { ContainerInstanceOutput } from '../../containerInstances/output';
import { invalidParameter } from '../../errors';
import { deregisterContainerInstanceSchema } from '../../schema/containerInstances';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeregisterContainerInstanceInput = Infer<typeof deregisterContainerInstanceSchema>;

export interface DeregisterContainerInstanceOutput {
  readonly containerInstance: ContainerInstanceOutput;
}

/**
 * Removes a container instance from its cluster (status INACTIVE); the EC2 instance keeps running but its
 * agent stops. With tasks still on it the call is refused unless `force` is true, in which case they stop.
 */
export const DeregisterContainerInstance = defineOperation<
  DeregisterContainerInstanceInput,
  DeregisterContainerInstanceOutput
>({
  schema: deregisterContainerInstanceSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const ci = requireContainerInstance(ctx.state, cluster, input.containerInstance);
    if (ci.status === 'INACTIVE') {
      throw invalidParameter(
        `containerInstance: '${input.containerInstance}' is already deregistered (INACTIVE).`,
        'containerInstance',
      );
    }
    const tasks = occupancyOf(ctx.state, ci).tasks.length;
    if (tasks > 0 && !input.force) {
      throw invalidParameter(
        `containerInstance: ${tasks} task(s) are still on ${ci.ec2InstanceId}. Stop them (or drain the instance) first, or pass force=true to deregister anyway; forced, its tasks are stopped.`,
        'containerInstance',
      );
    }
    deregisterContainerInstance(ctx, ci, {
      stopCode: 'UserInitiated',
      reason: `Container instance ${ci.ec2InstanceId} was deregistered with force.`,
    });
    const after = ctx.state.ecs.containerInstances[ci.containerInstanceArn]!;
    const counts = taskCountsByInstance(ctx.state);
    return {
      containerInstance: containerInstanceOutput(ctx.state, after, counts.get(after.containerInstanceArn)),
    };
  },
});
