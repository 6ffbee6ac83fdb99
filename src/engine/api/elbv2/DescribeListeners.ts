import { requireListener, requireLoadBalancer } from '../../elbv2/lookup';
import { listenerOutput, type ListenerOutput } from '../../elbv2/output';
import { checkExclusive } from '../../elbv2/rules';
import { AwsError } from '../../errors';
import { describeListenersSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeListenersInput = Infer<typeof describeListenersSchema>;

export interface DescribeListenersOutput {
  readonly Listeners: ListenerOutput[];
}

/** Describes the listeners of one load balancer, or the listeners named by ARN (one of the two is needed). */
export const DescribeListeners = defineOperation<DescribeListenersInput, DescribeListenersOutput>({
  schema: describeListenersSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    checkExclusive(input, ['LoadBalancerArn', 'ListenerArns']);
    if (input.ListenerArns) {
      return {
        Listeners: input.ListenerArns.map((arn) =>
          listenerOutput(requireListener(ctx.state, arn, 'ListenerArns')),
        ),
      };
    }
    if (!input.LoadBalancerArn) {
      throw new AwsError(
        'ValidationError',
        'Give LoadBalancerArn or ListenerArns to say which listeners to describe.',
      );
    }
    const lb = requireLoadBalancer(ctx.state, input.LoadBalancerArn);
    const listeners = Object.values(ctx.state.elbv2.listeners).filter(
      (l) => l.LoadBalancerArn === lb.LoadBalancerArn,
    );
    return { Listeners: listeners.map(listenerOutput) };
  },
});
