import { requireCluster } from '../../arns';
import {
  MAX_CUSTOM_ATTRIBUTES,
  customAttributeCount,
  withAttributes,
} from '../../containerInstances/attributes';
import { attributesByTarget } from '../../containerInstances/attributeTargets';
import { AwsError } from '../../errors';
import type { Attribute } from '../../model/taskDefinition';
import { putAttributesSchema } from '../../schema/attributes';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutAttributesInput = Infer<typeof putAttributesSchema>;

export interface PutAttributesOutput {
  readonly attributes: Attribute[];
}

/**
 * Creates or replaces custom attributes on container instances (placement constraints and the cluster query
 * language read them). All or nothing: a missing target, an `ecs.` name or more than 10 custom attributes on
 * one instance rejects the whole call.
 */
export const PutAttributes = defineOperation<PutAttributesInput, PutAttributesOutput>({
  schema: putAttributesSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const cluster = requireCluster(ctx.state, input.cluster);
    const updates = [...attributesByTarget(ctx.state, cluster, input.attributes)].map(([ci, items]) => {
      const attributes = withAttributes(ci.attributes, items);
      if (customAttributeCount(attributes) > MAX_CUSTOM_ATTRIBUTES) {
        throw new AwsError(
          'AttributeLimitExceededException',
          `Container instance ${ci.ec2InstanceId} would have ${customAttributeCount(attributes)} custom attributes; ECS allows ${MAX_CUSTOM_ATTRIBUTES} per resource. Remove some with DeleteAttributes first.`,
          'attributes',
        );
      }
      return { ...ci, attributes, version: ci.version + 1 };
    });
    for (const next of updates) ctx.tx.set(ctx.state.ecs.containerInstances, next.containerInstanceArn, next);
    return {
      attributes: input.attributes.map((a) => ({ ...a, targetType: a.targetType ?? 'container-instance' })),
    };
  },
});
