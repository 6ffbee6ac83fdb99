import { err, ok, type Result } from '../../lib/result';
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

/** IAM action patterns are case-insensitive and may use `*` and `?` wildcards (`ecs:Submit*`, `ecs:*`, `*`). */
function patternMatches(pattern: string, action: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 'i').test(action);
}

/** Whether an allow list grants `action`. */
export const allows = (allowList: ReadonlyArray<string>, action: string): boolean =>
  allowList.some((p) => patternMatches(p, action));

/**
 * The permissions the agent gets through the instance's profile. Fails with a sentence saying what is
 * missing when there is no profile, the profile or its role does not exist, EC2 cannot assume the role, or
 * the role does not allow every call in `actions`.
 */
export function checkInstanceRole(
  state: SimState,
  instance: Ec2Instance,
  actions: ReadonlyArray<string>,
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
  if (role.trustedService !== 'ec2.amazonaws.com') {
    return err(
      `role '${role.RoleName}' trusts ${role.trustedService}, not ec2.amazonaws.com, so EC2 cannot hand its credentials to the agent.`,
    );
  }
  const missing = actions.filter((a) => !allows(role.allows, a));
  if (missing.length > 0) {
    return err(
      `role '${role.RoleName}' does not allow ${missing.join(', ')}, so the agent's calls are denied (AccessDeniedException). Attach the AmazonEC2ContainerServiceforEC2Role policy to it.`,
    );
  }
  return ok(undefined);
}
