import { listContainerInstanceArns } from '../../containerInstances/list';
import { listContainerInstancesSchema } from '../../schema/containerInstances';
import { paginate } from '../../schema/pagination';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListContainerInstancesInput = Infer<typeof listContainerInstancesSchema>;

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
