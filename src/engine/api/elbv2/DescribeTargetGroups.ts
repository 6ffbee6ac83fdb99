import { loadBalancersOf, requireLoadBalancer, requireTargetGroup } from '../../elbv2/lookup';
import { targetGroupOutput, type TargetGroupOutput } from '../../elbv2/output';
import { checkExclusive } from '../../elbv2/rules';
import { AwsError } from '../../errors';
import { describeTargetGroupsSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeTargetGroupsInput = Infer<typeof describeTargetGroupsSchema>;

export interface DescribeTargetGroupsOutput {
  readonly TargetGroups: TargetGroupOutput[];
}

/** Describes target groups: those of one load balancer, the ones named (by ARN or name), or all. */
export const DescribeTargetGroups = defineOperation<DescribeTargetGroupsInput, DescribeTargetGroupsOutput>({
  schema: describeTargetGroupsSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    checkExclusive(input, ['LoadBalancerArn', 'TargetGroupArns', 'Names']);
    const all = Object.values(ctx.state.elbv2.targetGroups);
    let chosen = all;
    if (input.LoadBalancerArn) {
      const lb = requireLoadBalancer(ctx.state, input.LoadBalancerArn);
      chosen = all.filter((tg) => loadBalancersOf(ctx.state, tg.TargetGroupArn).includes(lb.LoadBalancerArn));
    }
    if (input.TargetGroupArns) {
      chosen = input.TargetGroupArns.map((arn) => requireTargetGroup(ctx.state, arn, 'TargetGroupArns'));
    }
    if (input.Names) {
      const missing = input.Names.filter((n) => !all.some((tg) => tg.TargetGroupName === n));
      if (missing.length) {
        throw new AwsError(
          'TargetGroupNotFound',
          `Target groups '${missing.join("', '")}' not found.`,
          'Names',
        );
      }
      chosen = all.filter((tg) => input.Names!.includes(tg.TargetGroupName));
    }
    return { TargetGroups: chosen.map((tg) => targetGroupOutput(ctx.state, tg)) };
  },
});
