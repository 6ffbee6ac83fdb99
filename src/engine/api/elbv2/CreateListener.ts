import type { EngineContext } from '../../context';
import {
  forwardedTargetGroups,
  loadBalancersOf,
  requireLoadBalancer,
  requireTargetGroup,
} from '../../elbv2/lookup';
import { listenerArn } from '../../elbv2/names';
import { listenerOutput, type ListenerOutput } from '../../elbv2/output';
import { requireHttpProtocol } from '../../elbv2/rules';
import { AwsError } from '../../errors';
import type { Listener, LoadBalancer } from '../../model/elbv2';
import { createListenerSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type CreateListenerInput = Infer<typeof createListenerSchema>;

export interface CreateListenerOutput {
  readonly Listeners: ListenerOutput[];
}

type Action = CreateListenerInput['DefaultActions'][number];

/** Each action has the configuration its type needs; a forward action names at least one target group. */
function checkAction(action: Action, field: string): void {
  const needs: Partial<Record<Action['Type'], keyof Action>> = {
    redirect: 'RedirectConfig',
    'fixed-response': 'FixedResponseConfig',
    'authenticate-oidc': 'AuthenticateOidcConfig',
    'authenticate-cognito': 'AuthenticateCognitoConfig',
    'jwt-validation': 'JwtValidationConfig',
  };
  const member = needs[action.Type];
  if (member && action[member] === undefined) {
    throw new AwsError('ValidationError', `A '${action.Type}' action needs ${member}.`, `${field}.${member}`);
  }
  if (action.Type === 'forward' && !action.TargetGroupArn && !action.ForwardConfig?.TargetGroups?.length) {
    throw new AwsError(
      'ValidationError',
      'A forward action needs a target group: give TargetGroupArn (or ForwardConfig.TargetGroups).',
      `${field}.TargetGroupArn`,
    );
  }
}

/** The target groups the listener forwards to exist, share the load balancer's VPC, and serve no other one. */
function checkTargetGroups(ctx: EngineContext, lb: LoadBalancer, listener: Listener): void {
  for (const arn of forwardedTargetGroups(listener)) {
    const tg = requireTargetGroup(ctx.state, arn, 'DefaultActions');
    if (tg.VpcId !== lb.VpcId) {
      throw new AwsError(
        'ValidationError',
        `Target group '${arn}' is in VPC '${tg.VpcId}', the load balancer in '${lb.VpcId}': they must share a VPC.`,
        'DefaultActions',
      );
    }
    const others = loadBalancersOf(ctx.state, arn).filter((other) => other !== lb.LoadBalancerArn);
    if (others.length) {
      throw new AwsError(
        'TargetGroupAssociationLimit',
        `Target group '${arn}' already serves load balancer '${others[0]}'; a target group serves one load balancer. Create another target group.`,
        'DefaultActions',
      );
    }
  }
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
    if (input.DefaultActions.length === 0) {
      throw new AwsError(
        'ValidationError',
        'A listener needs at least one default action.',
        'DefaultActions',
      );
    }
    input.DefaultActions.forEach((action, i) => checkAction(action, `DefaultActions[${i}]`));
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
    checkTargetGroups(ctx, lb, listener);
    ctx.tx.set(ctx.state.elbv2.listeners, listener.ListenerArn, listener);
    return { Listeners: [listenerOutput(listener)] };
  },
});
