import { setInstanceProtection } from '../../autoscaling';
import { setInstanceProtectionSchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type SetInstanceProtectionInput = Infer<typeof setInstanceProtectionSchema>;
export type SetInstanceProtectionOutput = Record<string, never>;

/**
 * Protects instances of a group from scale-in, or lifts the protection. A protected instance is never picked to
 * shrink the group; it is still replaced when unhealthy, and can still be terminated on request.
 */
export const SetInstanceProtection = defineOperation<SetInstanceProtectionInput, SetInstanceProtectionOutput>(
  {
    schema: setInstanceProtectionSchema,
    schemaError: 'ValidationError',
    handle(ctx, input) {
      setInstanceProtection(ctx, input.AutoScalingGroupName, input.InstanceIds, input.ProtectedFromScaleIn);
      return {};
    },
  },
);
