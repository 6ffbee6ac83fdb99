import { registerTarget } from '../../elbv2/health';
import { requireTargetGroup } from '../../elbv2/lookup';
import { registerTargetsSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { checkTarget, portOf } from './targets';

export type RegisterTargetsInput = Infer<typeof registerTargetsSchema>;

/**
 * Registers targets (instance ids or IPs, each on its port or the group's): each starts `initial` and is
 * health-checked every interval. Any target the group cannot take rejects the whole call.
 */
export const RegisterTargets = defineOperation<RegisterTargetsInput, Record<string, never>>({
  schema: registerTargetsSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const tg = requireTargetGroup(ctx.state, input.TargetGroupArn);
    input.Targets.forEach((target, i) => checkTarget(ctx.state, tg, target, `Targets[${i}].Id`));
    for (const target of input.Targets) registerTarget(ctx, tg, target.Id, portOf(tg, target));
    return {};
  },
});
