import { containerInstanceArnIn, requireCluster } from '../../arns';
import {
  containerInstanceOutput,
  findContainerInstance,
  taskCountsByInstance,
} from '../../containerInstances';
import type { ContainerInstanceOutput } from '../../containerInstances/output';
import { describeContainerInstancesSchema } from '../../schema/containerInstances';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeContainerInstancesInput = Infer<typeof describeContainerInstancesSchema>;

export interface DescribeContainerInstancesOutput {
  readonly containerInstances: ContainerInstanceOutput[];
  readonly failures: Array<{ arn: string; reason: string }>;
}

/**
 * Describes container instances of a cluster by id or ARN, deregistered (INACTIVE) ones included, with live
 * resources and task counts (and health when `include` asks for CONTAINER_INSTANCE_HEALTH). Unknown ones
 * come back in `failures` with reason MISSING.
 */
export const DescribeContainerInstances = defineOperation<
  DescribeContainerInstancesInput,
  DescribeContainerInstancesOutput
>({
  schema: describeContainerInstancesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const counts = taskCountsByInstance(ctx.state);
    const withHealth = input.include?.includes('CONTAINER_INSTANCE_HEALTH') ?? false;
    const containerInstances: ContainerInstanceOutput[] = [];
    const failures: Array<{ arn: string; reason: string }> = [];
    for (const ref of input.containerInstances) {
      const ci = findContainerInstance(ctx.state, cluster, ref);
      if (ci) {
        const count = counts.get(ci.containerInstanceArn);
        containerInstances.push(containerInstanceOutput(ctx.state, ci, count, withHealth));
      } else failures.push({ arn: containerInstanceArnIn(ctx.state, cluster, ref), reason: 'MISSING' });
    }
    return { containerInstances, failures };
  },
});
