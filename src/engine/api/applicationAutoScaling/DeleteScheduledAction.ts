import { findScheduledAction, objectNotFound } from '../../applicationAutoScaling/policies';
import { checkDimension, checkNamespace } from '../../applicationAutoScaling/resource';
import { deleteScheduledActionSchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteScheduledActionInput = Infer<typeof deleteScheduledActionSchema>;

/** application-autoscaling DeleteScheduledAction. The target keeps the bounds the action last set. */
export const DeleteScheduledAction = defineOperation<DeleteScheduledActionInput, Record<string, never>>({
  schema: deleteScheduledActionSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    checkNamespace(input.ServiceNamespace);
    checkDimension(input.ScalableDimension);
    const actions = ctx.state.applicationAutoScaling.scheduledActions;
    const action = findScheduledAction(actions, input.ResourceId, input.ScheduledActionName);
    if (!action)
      throw objectNotFound(
        'scheduled action',
        input.ResourceId,
        input.ScheduledActionName,
        'ScheduledActionName',
      );
    ctx.tx.remove(actions, action.ScheduledActionARN);
    return {};
  },
});
