import { DEFAULT_TARGET_GROUP_ATTRIBUTES, DEREGISTRATION_DELAY } from '../../elbv2/defaults';
import { requireTargetGroup } from '../../elbv2/lookup';
import { attributesOutput } from '../../elbv2/output';
import { AwsError } from '../../errors';
import { modifyTargetGroupAttributesSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ModifyTargetGroupAttributesInput = Infer<typeof modifyTargetGroupAttributesSchema>;

export interface ModifyTargetGroupAttributesOutput {
  readonly Attributes: Array<{ Key: string; Value: string }>;
}

/** The deregistration delay is a whole number of seconds from 0 to 3600. */
function checkDelay(value: string, field: string): void {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 3600) {
    throw new AwsError(
      'ValidationError',
      `${DEREGISTRATION_DELAY} '${value}' is not valid: give a whole number of seconds from 0 to 3600.`,
      field,
    );
  }
}

/**
 * Sets target group attributes and returns them all. The deregistration delay applies to targets deregistered
 * from now on; the other ALB attributes are kept as set and not simulated.
 */
export const ModifyTargetGroupAttributes = defineOperation<
  ModifyTargetGroupAttributesInput,
  ModifyTargetGroupAttributesOutput
>({
  schema: modifyTargetGroupAttributesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const tg = requireTargetGroup(ctx.state, input.TargetGroupArn);
    const attributes = { ...tg.attributes };
    input.Attributes.forEach((attribute, i) => {
      const field = `Attributes[${i}]`;
      const key = attribute.Key ?? '';
      const value = attribute.Value ?? '';
      if (!Object.prototype.hasOwnProperty.call(DEFAULT_TARGET_GROUP_ATTRIBUTES, key)) {
        throw new AwsError(
          'ValidationError',
          `Target group attribute key '${key}' is not recognized. DescribeTargetGroupAttributes lists the keys.`,
          `${field}.Key`,
        );
      }
      if (key === DEREGISTRATION_DELAY) checkDelay(value, `${field}.Value`);
      attributes[key] = value;
    });
    const updated = { ...tg, attributes };
    ctx.tx.set(ctx.state.elbv2.targetGroups, tg.TargetGroupArn, updated);
    return { Attributes: attributesOutput(updated) };
  },
});
