import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { ListenerAction, LoadBalancer } from '../model/elbv2';
import { forwardedBy, loadBalancersOf, requireTargetGroup } from './lookup';

/** The configuration member each non-forward action type needs. */
const CONFIG_OF: Readonly<Record<string, string>> = {
  redirect: 'RedirectConfig',
  'fixed-response': 'FixedResponseConfig',
  'authenticate-oidc': 'AuthenticateOidcConfig',
  'authenticate-cognito': 'AuthenticateCognitoConfig',
  'jwt-validation': 'JwtValidationConfig',
};

/**
 * The actions of a listener's default rule or of another rule: at least one, each with the configuration its type
 * needs (a forward action names a target group); the target groups exist, share the load balancer's VPC and
 * serve no other load balancer. `field` is where the actions are in the request (`DefaultActions`, `Actions`).
 */
export function checkActions(
  ctx: EngineContext,
  lb: LoadBalancer,
  actions: ReadonlyArray<ListenerAction>,
  field: string,
): void {
  if (actions.length === 0) {
    const what =
      field === 'DefaultActions' ? 'A listener needs at least one default action' : 'A rule needs an action';
    throw new AwsError('ValidationError', `${what}.`, field);
  }
  actions.forEach((action, i) => {
    const at = `${field}[${i}]`;
    const member = CONFIG_OF[action.Type];
    if (member && action[member] === undefined) {
      throw new AwsError('ValidationError', `A '${action.Type}' action needs ${member}.`, `${at}.${member}`);
    }
    if (action.Type === 'forward' && !action.TargetGroupArn && !action.ForwardConfig?.TargetGroups?.length) {
      throw new AwsError(
        'ValidationError',
        'A forward action needs a target group: give TargetGroupArn (or ForwardConfig.TargetGroups).',
        `${at}.TargetGroupArn`,
      );
    }
  });
  for (const arn of forwardedBy(actions)) {
    const tg = requireTargetGroup(ctx.state, arn, field);
    if (tg.VpcId !== lb.VpcId) {
      throw new AwsError(
        'ValidationError',
        `Target group '${arn}' is in VPC '${tg.VpcId}', the load balancer in '${lb.VpcId}': they must share a VPC.`,
        field,
      );
    }
    const others = loadBalancersOf(ctx.state, arn).filter((other) => other !== lb.LoadBalancerArn);
    if (others.length) {
      throw new AwsError(
        'TargetGroupAssociationLimit',
        `Target group '${arn}' already serves load balancer '${others[0]}'; a target group serves one load balancer. Create another target group.`,
        field,
      );
    }
  }
}
