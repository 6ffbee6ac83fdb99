import { requireTargetGroup } from '../../elbv2/lookup';
import { attributesOutput } from '../../elbv2/output';
import { describeTargetGroupAttributesSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeTargetGroupAttributesInput = Infer<typeof describeTargetGroupAttributesSchema>;

export interface DescribeTargetGroupAttributesOutput {
  readonly Attributes: Array<{ Key: string; Value: string }>;
}

/** Lists a target group's attributes, defaults included (`deregistration_delay.timeout_seconds` = 300). */
export const DescribeTargetGroupAttributes = defineOperation<
  DescribeTargetGroupAttributesInput,
  DescribeTargetGroupAttributesOutput
>({
  schema: describeTargetGroupAttributesSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    return { Attributes: attributesOutput(requireTargetGroup(ctx.state, input.TargetGroupArn)) };
  },
});
