import { requireLoadBalancer } from '../../elbv2/lookup';
import { loadBalancerOutput, type LoadBalancerOutput } from '../../elbv2/output';
import { checkExclusive } from '../../elbv2/rules';
import { AwsError } from '../../errors';
import { describeLoadBalancersSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeLoadBalancersInput = Infer<typeof describeLoadBalancersSchema>;

export interface DescribeLoadBalancersOutput {
  readonly LoadBalancers: LoadBalancerOutput[];
}

/** Describes load balancers: the ones named (by ARN or by name; any unknown one rejects the call), or all. */
export const DescribeLoadBalancers = defineOperation<DescribeLoadBalancersInput, DescribeLoadBalancersOutput>(
  {
    schema: describeLoadBalancersSchema,
    schemaError: 'ValidationError',
    handle(ctx, input) {
      checkExclusive(input, ['LoadBalancerArns', 'Names']);
      const all = Object.values(ctx.state.elbv2.loadBalancers);
      let chosen = all;
      if (input.LoadBalancerArns)
        chosen = input.LoadBalancerArns.map((arn) => requireLoadBalancer(ctx.state, arn, 'LoadBalancerArns'));
      if (input.Names) {
        const missing = input.Names.filter((n) => !all.some((lb) => lb.LoadBalancerName === n));
        if (missing.length) {
          throw new AwsError(
            'LoadBalancerNotFound',
            `Load balancers '${missing.join("', '")}' not found.`,
            'Names',
          );
        }
        chosen = all.filter((lb) => input.Names!.includes(lb.LoadBalancerName));
      }
      return { LoadBalancers: chosen.map((lb) => loadBalancerOutput(ctx.state, lb)) };
    },
  },
);
