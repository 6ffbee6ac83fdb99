import { removeListener } from '../../elbv2/listenerRules';
import { requireListener } from '../../elbv2/lookup';
import { deleteListenerSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteListenerInput = Infer<typeof deleteListenerSchema>;

/** Deletes a listener and its rules. Targets of a group no other listener forwards to become `unused` at their next check. */
export const DeleteListener = defineOperation<DeleteListenerInput, Record<string, never>>({
  schema: deleteListenerSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const listener = requireListener(ctx.state, input.ListenerArn);
    removeListener(ctx, listener);
    return {};
  },
});
