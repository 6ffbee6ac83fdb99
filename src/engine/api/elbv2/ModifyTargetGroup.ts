import { applyHealthCheck } from '../../elbv2/healthCheckSettings';
import { requireTargetGroup } from '../../elbv2/lookup';
import { targetGroupOutput, type TargetGroupOutput } from '../../elbv2/output';
import { modifyTargetGroupSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ModifyTargetGroupInput = Infer<typeof modifyTargetGroupSchema>;

export interface ModifyTargetGroupOutput {
  readonly TargetGroups: TargetGroupOutput[];
}

/** Changes a target group's health check; the new interval applies from each target's next check. */
export const ModifyTargetGroup = defineOperation<ModifyTargetGroupInput, ModifyTargetGroupOutput>({
  schema: modifyTargetGroupSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const tg = requireTargetGroup(ctx.state, input.TargetGroupArn);
    const updated = { ...tg, ...applyHealthCheck(tg, input, tg.TargetType) };
    ctx.tx.set(ctx.state.elbv2.targetGroups, tg.TargetGroupArn, updated);
    return { TargetGroups: [targetGroupOutput(ctx.state, updated)] };
  },
});
