import { deregisterTarget } from '../../elbv2/health';
import { requireTargetGroup } from '../../elbv2/lookup';
import { targetKey } from '../../elbv2/names';
import { AwsError } from '../../errors';
import { deregisterTargetsSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { portOf } from './targets';

export type DeregisterTargetsInput = Infer<typeof deregisterTargetsSchema>;

/**
 * Deregisters targets: each is `draining` for the group's deregistration delay (300 s unless changed), then
 * leaves the group; with a delay of 0 it leaves at once. A target that is not registered rejects the call.
 */
export const DeregisterTargets = defineOperation<DeregisterTargetsInput, Record<string, never>>({
  schema: deregisterTargetsSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const tg = requireTargetGroup(ctx.state, input.TargetGroupArn);
    const registered = input.Targets.map((target, i) => {
      const port = portOf(tg, target);
      const found = ctx.state.elbv2.targets[targetKey(tg.TargetGroupArn, target.Id, port)];
      if (!found) {
        throw new AwsError(
          'InvalidTarget',
          `The target '${target.Id}' on port ${port} is not registered in target group '${tg.TargetGroupName}'. DescribeTargetHealth lists its targets.`,
          `Targets[${i}]`,
        );
      }
      return found;
    });
    for (const target of registered) deregisterTarget(ctx, tg, target);
    return {};
  },
});
