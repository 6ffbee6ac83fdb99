import { listClustersSchema } from '../../schema/clusters';
import { paginate } from '../../schema/pagination';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListClustersInput = Infer<typeof listClustersSchema>;

export interface ListClustersOutput {
  readonly clusterArns: string[];
  readonly nextToken?: string;
}

/** Lists the ARNs of the account's clusters that are not INACTIVE, in creation order, a page at a time. */
export const ListClusters = defineOperation<ListClustersInput, ListClustersOutput>({
  schema: listClustersSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const arns = Object.values(ctx.state.ecs.clusters)
      .filter((c) => c.status !== 'INACTIVE')
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((c) => c.clusterArn as string);
    const { page, nextToken } = paginate(arns, input.maxResults, input.nextToken);
    return nextToken ? { clusterArns: page, nextToken } : { clusterArns: page };
  },
});
