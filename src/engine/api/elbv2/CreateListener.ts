import { checkActions } from '../../elbv2/actions';
import { requireLoadBalancer } from '../../elbv2/lookup';
import { listenerArn } from '../../elbv2/names';
import { listenerOutput, type ListenerOutput } from '../../elbv2/output';
import { requireHttpProtocol } from '../../elbv2/rules';
import { AwsError } from '../../errors';
import type { Listener } from '../../model/elbv2';
import { createListenerSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateListenerInput = Infer<typeof createListenerSchema>;

export interface CreateListenerOutput {
  readonly Listeners: ListenerOutput[];
}

/** Adds a listener to a load balancer: a port and protocol, and the default action (forward to a target group). */
export const CreateListener = defineOperation<CreateListenerInput, CreateListenerOutput>({
  schema: createListenerSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const lb = requireLoadBalancer(ctx.state, input.LoadBalancerArn);
    if (input.Protocol === undefined || input.Port === undefined) {
      const missing = input.Protocol === undefined ? 'Protocol' : 'Port';
      throw new AwsError(
        'ValidationError',
        `A listener of an Application Load Balancer needs ${missing}.`,
        missing,
      );
    }
    const protocol = requireHttpProtocol(input.Protocol, 'Protocol', 'listener');
    if (protocol === 'HTTPS' && !input.Certificates?.length) {
      throw new AwsError(
        'ValidationError',
        'An HTTPS listener needs a certificate: give Certificates with a CertificateArn (or use HTTP).',
        'Certificates',
      );
    }
    checkActions(ctx, lb, input.DefaultActions, 'DefaultActions');
    const taken = Object.values(ctx.state.elbv2.listeners).find(
      (l) => l.LoadBalancerArn === lb.LoadBalancerArn && l.Port === input.Port,
    );
    if (taken) {
      throw new AwsError(
        'DuplicateListener',
        `Load balancer '${lb.LoadBalancerName}' already has a listener on port ${input.Port}: ${taken.ListenerArn}.`,
        'Port',
      );
    }
    const listener: Listener = {
      ListenerArn: listenerArn(lb.LoadBalancerArn, ctx.randomHex(16)),
      LoadBalancerArn: lb.LoadBalancerArn,
      Port: input.Port,
      Protocol: protocol,
      DefaultActions: input.DefaultActions,
    };
    ctx.tx.set(ctx.state.elbv2.listeners, listener.ListenerArn, listener);
    return { Listeners: [listenerOutput(listener)] };
  },
});
