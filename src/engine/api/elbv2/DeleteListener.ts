import { requireListener } from '../../elbv2/lookup';
import { deleteListenerSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteListenerInput = Infer<typeof deleteListenerSchema>;

/** Deletes a listener. Targets of a group no other listener forwards to become `unused` at their next check. */
export const DeleteListener = defineOperation<DeleteListenerInput, Record<string, never>>({
  schema: deleteListenerSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const listener = requireListener(ctx.state, input.ListenerArn);
    ctx.tx.remove(ctx.state.elbv2.listeners, listener.ListenerArn);
    return {};
  },
});
