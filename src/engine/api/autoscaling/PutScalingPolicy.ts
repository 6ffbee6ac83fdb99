import { requireGroup } from '../../autoscaling/groups';
import { policyArn, uuid } from '../../autoscaling/names';
import { putTargetTrackingAlarms } from '../../autoscaling/policies';
import { alarmArn } from '../../cloudwatch/alarmStore';
import { AwsError } from '../../errors';
import type { AsgPolicy, AsgTargetTracking } from '../../model/autoscaling';
import { startMinuteClock } from '../../scaling/minute';
import { putScalingPolicySchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutScalingPolicyInput = Infer<typeof putScalingPolicySchema>;
export interface PutScalingPolicyOutput {
  readonly PolicyARN: string;
  readonly Alarms: Array<{ AlarmName: string; AlarmARN: string }>;
}

const validation = (message: string, field: string) => new AwsError('ValidationError', message, field);

function targetTracking(input: PutScalingPolicyInput): AsgTargetTracking {
  const config = input.TargetTrackingConfiguration;
  if (!config)
    throw validation(
      'A TargetTrackingScaling policy needs TargetTrackingConfiguration.',
      'TargetTrackingConfiguration',
    );
  const spec = config.PredefinedMetricSpecification;
  if (!spec) {
    throw validation(
      'TargetTrackingConfiguration needs PredefinedMetricSpecification: the sandbox does not simulate customized metrics.',
      'TargetTrackingConfiguration.PredefinedMetricSpecification',
    );
  }
  const type = spec.PredefinedMetricType;
  if (type === 'ASGAverageNetworkIn' || type === 'ASGAverageNetworkOut') {
    throw validation(
      `${type} is not simulated: the sandbox publishes no network metrics. Use ASGAverageCPUUtilization or ALBRequestCountPerTarget.`,
      'TargetTrackingConfiguration.PredefinedMetricSpecification.PredefinedMetricType',
    );
  }
  if (
    type === 'ALBRequestCountPerTarget' &&
    !/^app\/[^/]+\/[^/]+\/targetgroup\/[^/]+\/[^/]+$/.test(spec.ResourceLabel ?? '')
  ) {
    throw validation(
      'ALBRequestCountPerTarget needs ResourceLabel app/<load-balancer-name>/<id>/targetgroup/<target-group-name>/<id>.',
      'TargetTrackingConfiguration.PredefinedMetricSpecification.ResourceLabel',
    );
  }
  if (config.TargetValue <= 0) {
    throw validation('TargetValue must be greater than 0.', 'TargetTrackingConfiguration.TargetValue');
  }
  return {
    PredefinedMetricSpecification: {
      PredefinedMetricType: type,
      ...(spec.ResourceLabel !== undefined ? { ResourceLabel: spec.ResourceLabel } : {}),
    },
    TargetValue: config.TargetValue,
    DisableScaleIn: config.DisableScaleIn ?? false,
  };
}

function checkAdjustments(input: PutScalingPolicyInput, type: AsgPolicy['PolicyType']): void {
  if (input.AdjustmentType === undefined) {
    throw validation(
      `A ${type} policy needs AdjustmentType (ChangeInCapacity, ExactCapacity or PercentChangeInCapacity).`,
      'AdjustmentType',
    );
  }
  if (type === 'SimpleScaling' && input.ScalingAdjustment === undefined) {
    throw validation('A SimpleScaling policy needs ScalingAdjustment.', 'ScalingAdjustment');
  }
  if (type === 'StepScaling' && !input.StepAdjustments?.length) {
    throw validation('A StepScaling policy needs StepAdjustments.', 'StepAdjustments');
  }
  if (input.MinAdjustmentMagnitude !== undefined && input.AdjustmentType !== 'PercentChangeInCapacity') {
    throw validation(
      'MinAdjustmentMagnitude applies only with AdjustmentType PercentChangeInCapacity.',
      'MinAdjustmentMagnitude',
    );
  }
}

/**
 * Creates or replaces a scaling policy of a group. TargetTrackingScaling creates the two CloudWatch alarms it owns
 * (autoscaling/policies.ts); SimpleScaling and StepScaling act when an alarm you create (cloudwatch
 * PutMetricAlarm) names the returned PolicyARN among its AlarmActions.
 */
export const PutScalingPolicy = defineOperation<PutScalingPolicyInput, PutScalingPolicyOutput>({
  schema: putScalingPolicySchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const group = requireGroup(ctx.state, input.AutoScalingGroupName);
    const type = input.PolicyType ?? 'SimpleScaling';
    if (type === 'PredictiveScaling') {
      throw validation(
        'PredictiveScaling is not simulated: use TargetTrackingScaling, StepScaling or SimpleScaling.',
        'PolicyType',
      );
    }
    const existing = Object.values(ctx.state.autoscaling.policies).find(
      (p) => p.AutoScalingGroupName === group.AutoScalingGroupName && p.PolicyName === input.PolicyName,
    );
    const id = uuid(ctx);
    const PolicyARN =
      existing?.PolicyARN ?? policyArn(ctx.state, id, group.AutoScalingGroupName, input.PolicyName);
    let policy: AsgPolicy = {
      PolicyARN,
      PolicyName: input.PolicyName,
      AutoScalingGroupName: group.AutoScalingGroupName,
      PolicyType: type,
      Enabled: input.Enabled ?? true,
      ...(input.EstimatedInstanceWarmup !== undefined
        ? { EstimatedInstanceWarmup: input.EstimatedInstanceWarmup }
        : {}),
      alarmNames: existing?.alarmNames ?? [],
    };
    if (type === 'TargetTrackingScaling') {
      const config = targetTracking(input);
      policy = { ...policy, TargetTrackingConfiguration: config };
      policy = { ...policy, alarmNames: putTargetTrackingAlarms(ctx, policy, config, id) };
    } else {
      checkAdjustments(input, type);
      policy = {
        ...policy,
        AdjustmentType: input.AdjustmentType!,
        ...(input.ScalingAdjustment !== undefined ? { ScalingAdjustment: input.ScalingAdjustment } : {}),
        ...(input.MinAdjustmentMagnitude !== undefined
          ? { MinAdjustmentMagnitude: input.MinAdjustmentMagnitude }
          : {}),
        ...(type === 'SimpleScaling' && input.Cooldown !== undefined ? { Cooldown: input.Cooldown } : {}),
        ...(type === 'StepScaling'
          ? {
              StepAdjustments: input.StepAdjustments!.map((s) => ({ ...s })),
              MetricAggregationType: input.MetricAggregationType ?? 'Average',
            }
          : {}),
        alarmNames: [],
      };
      startMinuteClock(ctx);
    }
    ctx.tx.set(ctx.state.autoscaling.policies, PolicyARN, policy);
    return {
      PolicyARN,
      Alarms: policy.alarmNames.map((name) => ({ AlarmName: name, AlarmARN: alarmArn(ctx, name) })),
    };
  },
});
