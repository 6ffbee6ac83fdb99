import { listContainerInstanceArns } from '../../containerInstances/list';
import type { ContainerInstanceStatus } from '../../model/ecs';
import { listContainerInstancesSchema } from '../../schema/containerInstances';
import { paginate } from '../../schema/pagination';
import { defineOperation } from '../operation';

export interface ListContainerInstancesInput {
  readonly cluster?: string;
  readonly filter?: string;
  readonly status?: ContainerInstanceStatus;
  readonly maxResults?: number;
  readonly nextToken?: string;
}

export interface ListContainerInstancesOutput {
  readonly containerInstanceArns: string[];
  readonly nextToken?: string;
}

/**
 * Lists a cluster's container instance ARNs in registration order. Without `status`, INACTIVE (deregistered)
 * instances are left out; `filter` is a cluster query language expression each instance must satisfy.
 */
export const ListContainerInstances = defineOperation<
  ListContainerInstancesInput,
  ListContainerInstancesOutput
>({
  schema: listContainerInstancesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const arns = listContainerInstanceArns(ctx.state, input.cluster, input.filter, input.status);
    const { page, nextToken } = paginate(arns, input.maxResults, input.nextToken);
    return nextToken ? { containerInstanceArns: page, nextToken } : { containerInstanceArns: page };
  },
});
