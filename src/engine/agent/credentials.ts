import { err, ok, type Result } from '../../lib/result';
import { evaluate } from '../iam/evaluate';
import { rolePolicies, trustedServices, trustsService } from '../iam/roles';
import type { Ec2Instance } from '../model/ec2';
import type { SimState } from '../state';

/** What the agent calls to register and stay in touch; the instance role must allow each (ecs-reference §12). */
export const REGISTRATION_ACTIONS = [
  'ecs:DiscoverPollEndpoint',
  'ecs:RegisterContainerInstance',
  'ecs:Poll',
  'ecs:StartTelemetrySession',
  'ecs:SubmitContainerStateChange',
  'ecs:SubmitTaskStateChange',
] as const;

/** Extra permission the agent needs when it creates the `default` cluster itself. */
export const CREATE_CLUSTER_ACTION = 'ecs:CreateCluster';

/** Actions IAM checks against `*` rather than the cluster (they name no cluster). */
const ACCOUNT_WIDE: ReadonlySet<string> = new Set(['ecs:DiscoverPollEndpoint', CREATE_CLUSTER_ACTION]);

/**
 * The permissions the agent gets through the instance's profile. Fails with a sentence saying what is
 * missing when there is no profile, the profile or its role does not exist, the role's trust policy does not
 * let EC2 assume it, or the role's policies (iam/evaluate.ts) do not allow every call in `actions` on
 * `clusterArn`.
 */
export function checkInstanceRole(
  state: SimState,
  instance: Ec2Instance,
  actions: ReadonlyArray<string>,
  clusterArn = '*',
): Result<void, string> {
  const profileName = instance.IamInstanceProfile;
  if (!profileName) {
    return err(
      'the instance has no IAM instance profile, so the agent has no credentials to call ECS. Launch it with IamInstanceProfile { "Name": "ecsInstanceRole" }.',
    );
  }
  const profile = state.iam.instanceProfiles[profileName];
  if (!profile)
    return err(`instance profile '${profileName}' no longer exists, so the agent has no credentials.`);
  const role = profile.roleName === undefined ? undefined : state.iam.roles[profile.roleName];
  if (!role)
    return err(`instance profile '${profileName}' has no role in it, so the agent has no credentials.`);
  if (!trustsService(role, 'ec2.amazonaws.com')) {
    const trusted = trustedServices(role);
    return err(
      `role '${role.RoleName}' trusts ${trusted.length > 0 ? trusted.join(', ') : 'no AWS service'}, not ec2.amazonaws.com, so EC2 cannot hand its credentials to the agent.`,
    );
  }
  const policies = rolePolicies(state, role.RoleName);
  const missing: string[] = [];
  const denied: string[] = [];
  for (const action of actions) {
    const resource = ACCOUNT_WIDE.has(action) ? '*' : clusterArn;
    const { decision, statement } = evaluate(policies, { action, resource });
    if (decision === 'implicit-deny') missing.push(action);
    else if (decision === 'explicit-deny')
      denied.push(
        `${action} (denied by ${statement!.sid ?? `statement ${statement!.statementIndex}`} of ${statement!.policy})`,
      );
  }
  if (denied.length > 0) {
    return err(
      `role '${role.RoleName}' explicitly denies ${denied.join(', ')}, so the agent's calls are denied (AccessDeniedException); an explicit deny wins over any allow.`,
    );
  }
  if (missing.length > 0) {
    return err(
      `role '${role.RoleName}' does not allow ${missing.join(', ')}, so the agent's calls are denied (AccessDeniedException). Attach the AmazonEC2ContainerServiceforEC2Role policy to it.`,
    );
  }
  return ok(undefined);
}
