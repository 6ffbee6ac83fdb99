import { removeTarget } from '../../elbv2/health';
import { listenersUsing, targetsOf } from '../../elbv2/lookup';
import { AwsError } from '../../errors';
import { deleteTargetGroupSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteTargetGroupInput = Infer<typeof deleteTargetGroupSchema>;

/**
 * Deletes a target group and its registrations. ResourceInUse while a listener forwards to it. Deleting a
 * group that does not exist succeeds (the AWS model lists no not-found error for it).
 */
export const DeleteTargetGroup = defineOperation<DeleteTargetGroupInput, Record<string, never>>({
  schema: deleteTargetGroupSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const tg = ctx.state.elbv2.targetGroups[input.TargetGroupArn];
    if (!tg) return {};
    const users = listenersUsing(ctx.state, tg.TargetGroupArn);
    if (users.length) {
      throw new AwsError(
        'ResourceInUse',
        `Target group '${tg.TargetGroupArn}' is in use by listener '${users[0]!.ListenerArn}'. Delete the listener (or point it elsewhere) first.`,
        'TargetGroupArn',
      );
    }
    for (const target of targetsOf(ctx.state, tg.TargetGroupArn)) removeTarget(ctx, target);
    ctx.tx.remove(ctx.state.elbv2.targetGroups, tg.TargetGroupArn);
    return {};
  },
});
