import { deleteTargetChildren } from '../../applicationAutoScaling/policies';
import { checkDimension, checkNamespace, requireTarget } from '../../applicationAutoScaling/resource';
import { deregisterScalableTargetSchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeregisterScalableTargetInput = Infer<typeof deregisterScalableTargetSchema>;

/**
 * application-autoscaling DeregisterScalableTarget: the target goes, and with it its scaling policies (and the
 * alarms target tracking made) and its scheduled actions. The service keeps its current desired count.
 */
export const DeregisterScalableTarget = defineOperation<DeregisterScalableTargetInput, Record<string, never>>(
  {
    schema: deregisterScalableTargetSchema,
    schemaError: 'ValidationException',
    handle(ctx, input) {
      checkNamespace(input.ServiceNamespace);
      checkDimension(input.ScalableDimension);
      const target = requireTarget(ctx.state, input.ResourceId);
      deleteTargetChildren(ctx, target.ResourceId);
      ctx.tx.remove(ctx.state.applicationAutoScaling.targets, target.ResourceId);
      return {};
    },
  },
);
