import { changeDesiredCapacity, at } from '../../autoscaling/groups';
import { groupArn, uuid } from '../../autoscaling/names';
import { AwsError } from '../../errors';
import type { AutoScalingGroup } from '../../model/autoscaling';
import { startMinuteClock } from '../../scaling/minute';
import { createAutoScalingGroupSchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { checkSizes, resolveGroupTemplate, resolvePlacement } from './groupSettings';

export type CreateAutoScalingGroupInput = Infer<typeof createAutoScalingGroupSchema>;
export type CreateAutoScalingGroupOutput = Record<string, never>;

/** Auto Scaling's defaults (ecs-reference §10; API model). */
export const GROUP_DEFAULTS = {
  DefaultCooldown: 300,
  HealthCheckGracePeriod: 0,
  HealthCheckType: 'EC2',
} as const;

/**
 * Creates an Auto Scaling group that launches from a launch template. DesiredCapacity defaults to MinSize; the
 * group launches its instances at once (balanced across its zones) and keeps the count: see
 * autoscaling/reconcile.ts. A tag without PropagateAtLaunch stays on the group only (the sandbox's default).
 */
export const CreateAutoScalingGroup = defineOperation<
  CreateAutoScalingGroupInput,
  CreateAutoScalingGroupOutput
>({
  schema: createAutoScalingGroupSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const name = input.AutoScalingGroupName;
    if (ctx.state.autoscaling.groups[name]) {
      throw new AwsError(
        'AlreadyExists',
        `An Auto Scaling group named '${name}' already exists.`,
        'AutoScalingGroupName',
      );
    }
    if (!input.LaunchTemplate) {
      throw new AwsError(
        'ValidationError',
        'LaunchTemplate is required: the sandbox launches a group from a launch template (LaunchConfigurationName, MixedInstancesPolicy and InstanceId are not simulated).',
        'LaunchTemplate',
      );
    }
    const LaunchTemplate = resolveGroupTemplate(ctx, input.LaunchTemplate);
    const placement = resolvePlacement(ctx, input.VPCZoneIdentifier, input.AvailabilityZones);
    checkSizes(input.MinSize, input.MaxSize, input.DesiredCapacity);
    const group: AutoScalingGroup = {
      AutoScalingGroupName: name,
      AutoScalingGroupARN: groupArn(ctx.state, uuid(ctx), name),
      LaunchTemplate,
      MinSize: input.MinSize,
      MaxSize: input.MaxSize,
      DesiredCapacity: 0,
      DefaultCooldown: input.DefaultCooldown ?? GROUP_DEFAULTS.DefaultCooldown,
      ...(input.DefaultInstanceWarmup !== undefined && input.DefaultInstanceWarmup >= 0
        ? { DefaultInstanceWarmup: input.DefaultInstanceWarmup }
        : {}),
      HealthCheckType: input.HealthCheckType ?? GROUP_DEFAULTS.HealthCheckType,
      HealthCheckGracePeriod: input.HealthCheckGracePeriod ?? GROUP_DEFAULTS.HealthCheckGracePeriod,
      ...placement,
      NewInstancesProtectedFromScaleIn: input.NewInstancesProtectedFromScaleIn ?? false,
      TerminationPolicies: input.TerminationPolicies?.length ? [...input.TerminationPolicies] : ['Default'],
      Instances: [],
      CreatedTime: ctx.now,
      Tags: (input.Tags ?? []).map((t) => ({
        Key: t.Key,
        Value: t.Value ?? '',
        PropagateAtLaunch: t.PropagateAtLaunch ?? false,
      })),
      activityIds: [],
    };
    changeDesiredCapacity(
      ctx,
      group,
      input.DesiredCapacity ?? input.MinSize,
      `${at(ctx)} a user request created an AutoScalingGroup`,
    );
    startMinuteClock(ctx);
    return {};
  },
});
