import { requireCluster } from '../../arns';
import { paginate } from '../../schema/pagination';
import { listServicesSchema } from '../../schema/services';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListServicesInput = Infer<typeof listServicesSchema>;

export interface ListServicesOutput {
  readonly serviceArns: string[];
  readonly nextToken?: string;
}

/** ListServices returns 10 services a page unless maxResults says otherwise (API reference). */
const DEFAULT_PAGE = 10;

/**
 * ecs ListServices: the ACTIVE services of a cluster, oldest first, optionally by launch type and scheduling
 * strategy. Deleted services (DRAINING, INACTIVE) are not listed, as in ECS.
 */
export const ListServices = defineOperation<ListServicesInput, ListServicesOutput>({
  schema: listServicesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const arns = Object.values(ctx.state.ecs.services)
      .filter(
        (s) =>
          s.clusterArn === cluster.clusterArn &&
          s.status === 'ACTIVE' &&
          (input.launchType === undefined || s.deployments[0]?.launchType === input.launchType) &&
          (input.schedulingStrategy === undefined || s.schedulingStrategy === input.schedulingStrategy),
      )
      // code-unit order, not localeCompare: the host's locale must not change the engine's answers
      .sort(
        (a, b) =>
          a.createdAt - b.createdAt ||
          (a.serviceArn < b.serviceArn ? -1 : a.serviceArn > b.serviceArn ? 1 : 0),
      )
      .map((s) => s.serviceArn as string);
    const { page, nextToken } = paginate(arns, input.maxResults, input.nextToken, DEFAULT_PAGE);
    return nextToken ? { serviceArns: page, nextToken } : { serviceArns: page };
  },
});
