import { requireCluster } from '../../arns';
import { querySubjectOf } from '../../containerInstances';
import { invalidParameter } from '../../errors';
import type { ContainerInstanceStatus } from '../../model/ecs';
import { compileQuery } from '../../query';
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

/** Compiles `filter`; a syntax error names where it is (the query module's messages give the column). */
function compileFilter(text: string) {
  const compiled = compileQuery(text);
  if (compiled.ok) return compiled.value;
  const { message, offset } = compiled.error;
  const where = /column \d+/.test(message) ? '' : ` (at column ${offset + 1})`;
  throw invalidParameter(`filter: ${message}${where}`, 'filter');
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
    const cluster = requireCluster(ctx.state, input.cluster);
    const matches = input.filter === undefined ? undefined : compileFilter(input.filter);
    const arns = Object.values(ctx.state.ecs.containerInstances)
      .filter((ci) => ci.clusterArn === cluster.clusterArn)
      .filter((ci) => (input.status ? ci.status === input.status : ci.status !== 'INACTIVE'))
      .filter((ci) => !matches || matches(querySubjectOf(ctx.state, ci)))
      .sort((a, b) => a.registeredAt - b.registeredAt)
      .map((ci) => ci.containerInstanceArn as string);
    const { page, nextToken } = paginate(arns, input.maxResults, input.nextToken);
    return nextToken ? { containerInstanceArns: page, nextToken } : { containerInstanceArns: page };
  },
});
