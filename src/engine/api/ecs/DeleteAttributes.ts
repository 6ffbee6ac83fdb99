import { requireCluster } from '../../arns';
import { withoutAttributes } from '../../containerInstances/attributes';
import { attributesByTarget } from '../../containerInstances/attributeTargets';
import type { Attribute } from '../../model/taskDefinition';
import { deleteAttributesSchema } from '../../schema/attributes';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteAttributesInput = Infer<typeof deleteAttributesSchema>;

export interface DeleteAttributesOutput {
  readonly attributes: Attribute[];
}

/** Removes custom attributes from container instances by name; a name the instance does not have is ignored. */
export const DeleteAttributes = defineOperation<DeleteAttributesInput, DeleteAttributesOutput>({
  schema: deleteAttributesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    for (const [ci, items] of attributesByTarget(ctx.state, cluster, input.attributes)) {
      const attributes = withoutAttributes(ci.attributes, new Set(items.map((a) => a.name)));
      if (attributes.length === ci.attributes.length) continue;
      ctx.tx.set(ctx.state.ecs.containerInstances, ci.containerInstanceArn, {
        ...ci,
        attributes,
        version: ci.version + 1,
      });
    }
    return {
      attributes: input.attributes.map((a) => ({ ...a, targetType: a.targetType ?? 'container-instance' })),
    };
  },
});
