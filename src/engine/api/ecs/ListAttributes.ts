import { requireCluster } from '../../arns';
import { invalidParameter } from '../../errors';
import type { Attribute } from '../../model/taskDefinition';
import { listAttributesSchema } from '../../schema/attributes';
import { paginate } from '../../schema/pagination';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListAttributesInput = Infer<typeof listAttributesSchema>;

export interface ListAttributesOutput {
  readonly attributes: Attribute[];
  readonly nextToken?: string;
}

/**
 * Lists the attributes (built-in, capability and custom) of a cluster's registered container instances,
 * each with its `targetId`, optionally only those with a given name (and value).
 */
export const ListAttributes = defineOperation<ListAttributesInput, ListAttributesOutput>({
  schema: listAttributesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    if (input.attributeValue !== undefined && input.attributeName === undefined) {
      throw invalidParameter(
        'attributeValue: give attributeName too; values are matched within one attribute name.',
        'attributeValue',
      );
    }
    const all = Object.values(ctx.state.ecs.containerInstances)
      .filter((ci) => ci.clusterArn === cluster.clusterArn && ci.status !== 'INACTIVE')
      .sort((a, b) => a.registeredAt - b.registeredAt)
      .flatMap((ci) =>
        ci.attributes
          .filter((a) => input.attributeName === undefined || a.name === input.attributeName)
          .filter((a) => input.attributeValue === undefined || a.value === input.attributeValue)
          .map((a) => ({
            ...a,
            targetType: 'container-instance' as const,
            targetId: ci.containerInstanceArn as string,
          })),
      );
    const { page, nextToken } = paginate(all, input.maxResults, input.nextToken);
    return nextToken ? { attributes: page, nextToken } : { attributes: page };
  },
});
