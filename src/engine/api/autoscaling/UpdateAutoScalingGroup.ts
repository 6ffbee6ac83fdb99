import { at, changeDesiredCapacity, requireGroup } from '../../autoscaling/groups';
import { AwsError } from '../../errors';
import type { AutoScalingGroup } from '../../model/autoscaling';
import { updateAutoScalingGroupSchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { checkSizes, resolveGroupTemplate, resolvePlacement } from './groupSettings';

export type UpdateAutoScalingGroupInput = Infer<typeof updateAutoScalingGroupSchema>;
export type UpdateAutoScalingGroupOutput = Record<string, never>;

/**
 * Changes a group's settings. Sizes: a DesiredCapacity given must lie within the new [MinSize, MaxSize]; without
 * one, the desired capacity moves into the new bounds (raised to a higher MinSize, lowered to a lower MaxSize).
 * A new launch template (or version) applies to instances launched from now on; running ones stay as they are.
 */
export const UpdateAutoScalingGroup = defineOperation<
  UpdateAutoScalingGroupInput,
  UpdateAutoScalingGroupOutput
>({
  schema: updateAutoScalingGroupSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const group = requireGroup(ctx.state, input.AutoScalingGroupName);
    if (group.Status !== undefined) {
      throw new AwsError(
        'ValidationError',
        `Auto Scaling group ${group.AutoScalingGroupName} is being deleted.`,
        'AutoScalingGroupName',
      );
    }
    const min = input.MinSize ?? group.MinSize;
    const max = input.MaxSize ?? group.MaxSize;
    checkSizes(min, max, input.DesiredCapacity);
    const desired = input.DesiredCapacity ?? Math.min(max, Math.max(min, group.DesiredCapacity));
    const placement =
      input.VPCZoneIdentifier !== undefined || input.AvailabilityZones !== undefined
        ? resolvePlacement(ctx, input.VPCZoneIdentifier, input.AvailabilityZones)
        : {};
    const changes: Partial<AutoScalingGroup> = {
      MinSize: min,
      MaxSize: max,
      ...(input.LaunchTemplate ? { LaunchTemplate: resolveGroupTemplate(ctx, input.LaunchTemplate) } : {}),
      ...placement,
      ...(input.DefaultCooldown !== undefined ? { DefaultCooldown: input.DefaultCooldown } : {}),
      ...(input.HealthCheckType !== undefined ? { HealthCheckType: input.HealthCheckType } : {}),
      ...(input.HealthCheckGracePeriod !== undefined
        ? { HealthCheckGracePeriod: input.HealthCheckGracePeriod }
        : {}),
      ...(input.NewInstancesProtectedFromScaleIn !== undefined
        ? { NewInstancesProtectedFromScaleIn: input.NewInstancesProtectedFromScaleIn }
        : {}),
      ...(input.TerminationPolicies?.length ? { TerminationPolicies: [...input.TerminationPolicies] } : {}),
      ...(input.DefaultInstanceWarmup !== undefined && input.DefaultInstanceWarmup >= 0
        ? { DefaultInstanceWarmup: input.DefaultInstanceWarmup }
        : {}),
    };
    const base =
      input.DefaultInstanceWarmup === -1 ? (({ DefaultInstanceWarmup: _w, ...rest }) => rest)(group) : group;
    changeDesiredCapacity(
      ctx,
      base,
      desired,
      `${at(ctx)} a user request update of AutoScalingGroup constraints to min: ${min}, max: ${max}, desired: ${desired}`,
      changes,
    );
    return {};
  },
});
