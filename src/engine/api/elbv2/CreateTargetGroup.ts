import { ALB_HEALTH_CHECK_DEFAULTS, DEFAULT_TARGET_GROUP_ATTRIBUTES } from '../../elbv2/defaults';
import { applyHealthCheck } from '../../elbv2/healthCheckSettings';
import { targetGroupArn } from '../../elbv2/names';
import { targetGroupOutput, type TargetGroupOutput } from '../../elbv2/output';
import { checkName, requireHttpProtocol } from '../../elbv2/rules';
import { AwsError } from '../../errors';
import type { TargetGroup } from '../../model/elbv2';
import { createTargetGroupSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateTargetGroupInput = Infer<typeof createTargetGroupSchema>;

export interface CreateTargetGroupOutput {
  readonly TargetGroups: TargetGroupOutput[];
}

function required<T>(value: T | undefined, field: string, targetType: string): T {
  if (value === undefined) {
    throw new AwsError(
      'ValidationError',
      `${field} is required for a target group of target type '${targetType}'.`,
      field,
    );
  }
  return value;
}

/**
 * Creates a target group for an Application Load Balancer: target type `instance` (EC2 instance id and port:
 * bridge and host tasks) or `ip` (an address: awsvpc and Fargate tasks), HTTP or HTTPS, with the ALB health
 * check defaults and a deregistration delay of 300 s. Creating one with the name and settings of an existing
 * group returns it.
 */
export const CreateTargetGroup = defineOperation<CreateTargetGroupInput, CreateTargetGroupOutput>({
  schema: createTargetGroupSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const targetType = input.TargetType ?? 'instance';
    if (targetType !== 'instance' && targetType !== 'ip') {
      throw new AwsError(
        'InvalidConfigurationRequest',
        `TargetType '${targetType}' is not simulated: the sandbox's target groups take ECS tasks, by 'instance' (bridge, host) or 'ip' (awsvpc, Fargate).`,
        'TargetType',
      );
    }
    checkName(input.Name, 'target group');
    const protocol = requireHttpProtocol(
      required(input.Protocol, 'Protocol', targetType),
      'Protocol',
      'target group',
    );
    const port = required(input.Port, 'Port', targetType);
    const vpcId = required(input.VpcId, 'VpcId', targetType);
    if (!ctx.state.ec2.vpcs[vpcId]) {
      throw new AwsError(
        'ValidationError',
        `The VPC ID '${vpcId}' is not found. DescribeSubnets shows the VPC of each subnet.`,
        'VpcId',
      );
    }
    const health = applyHealthCheck(
      { ...ALB_HEALTH_CHECK_DEFAULTS, HealthCheckProtocol: protocol },
      input,
      targetType,
    );
    const existing = Object.values(ctx.state.elbv2.targetGroups).find(
      (tg) => tg.TargetGroupName === input.Name,
    );
    if (existing) {
      const same =
        existing.Protocol === protocol &&
        existing.Port === port &&
        existing.VpcId === vpcId &&
        existing.TargetType === targetType;
      if (same) return { TargetGroups: [targetGroupOutput(ctx.state, existing)] };
      throw new AwsError(
        'DuplicateTargetGroupName',
        `A target group named '${input.Name}' already exists with other settings. Choose another name, or delete it first.`,
        'Name',
      );
    }
    const arn = targetGroupArn(ctx.state, input.Name, ctx.randomHex(16));
    const tg: TargetGroup = {
      TargetGroupArn: arn,
      TargetGroupName: input.Name,
      Protocol: protocol,
      Port: port,
      VpcId: vpcId,
      TargetType: targetType,
      ProtocolVersion: input.ProtocolVersion ?? 'HTTP1',
      ...health,
      attributes: DEFAULT_TARGET_GROUP_ATTRIBUTES,
    };
    ctx.tx.set(ctx.state.elbv2.targetGroups, arn, tg);
    return { TargetGroups: [targetGroupOutput(ctx.state, tg)] };
  },
});
