import type { EngineContext } from '../context';
import { isoTime } from '../context';
import { AwsError } from '../errors';
import type { IamRole, InstanceProfile, PolicyDocument } from '../model/iam';
import type { SimState } from '../state';

/** What the IAM operations share: finding roles and profiles with IAM's errors, ids, output shapes, paging. */

/** IAM's default quotas the sandbox enforces (IAM and AWS STS quotas). */
export const ROLES_PER_ACCOUNT = 1000;
export const MANAGED_POLICIES_PER_ROLE = 10;
/** the inline policies of one role together, in characters without whitespace */
export const INLINE_POLICY_CHARACTERS_PER_ROLE = 10_240;
export const INSTANCE_PROFILES_PER_ACCOUNT = 1000;

export function requireRole(state: SimState, name: string): IamRole {
  const role = Object.prototype.hasOwnProperty.call(state.iam.roles, name)
    ? state.iam.roles[name]
    : undefined;
  if (!role) throw new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`, 'RoleName');
  return role;
}

export function requireInstanceProfile(state: SimState, name: string): InstanceProfile {
  const profile = Object.prototype.hasOwnProperty.call(state.iam.instanceProfiles, name)
    ? state.iam.instanceProfiles[name]
    : undefined;
  if (!profile)
    throw new AwsError('NoSuchEntity', `Instance Profile ${name} cannot be found.`, 'InstanceProfileName');
  return profile;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An IAM unique id: a prefix (AROA role, AIPA instance profile) and 17 characters from the seeded generator. */
export function uniqueId(ctx: EngineContext, prefix: string): string {
  let out = prefix;
  for (let i = 0; i < 17; i++) out += ID_ALPHABET[ctx.randomInt(ID_ALPHABET.length)];
  return out;
}

/** A role as the CLI prints it (the trust policy decoded to JSON, as the CLI shows it). */
export function roleOutput(state: SimState, role: IamRole) {
  return {
    Path: role.Path,
    RoleName: role.RoleName,
    RoleId: role.RoleId,
    Arn: role.Arn,
    CreateDate: isoTime(state, role.CreateDate),
    AssumeRolePolicyDocument: role.AssumeRolePolicyDocument as PolicyDocument,
    ...(role.Description !== undefined ? { Description: role.Description } : {}),
    MaxSessionDuration: role.MaxSessionDuration,
  };
}
export type RoleOutput = ReturnType<typeof roleOutput>;

export function instanceProfileOutput(state: SimState, profile: InstanceProfile) {
  const role = profile.roleName === undefined ? undefined : state.iam.roles[profile.roleName];
  return {
    Path: profile.Path ?? '/',
    InstanceProfileName: profile.InstanceProfileName,
    InstanceProfileId: profile.InstanceProfileId ?? 'AIPAECSINSTANCEROLE01',
    Arn: profile.Arn,
    CreateDate: isoTime(state, profile.CreateDate ?? 0),
    Roles: role ? [roleOutput(state, role)] : [],
  };
}
export type InstanceProfileOutput = ReturnType<typeof instanceProfileOutput>;

/** IAM's paging: MaxItems (default 100) and an opaque Marker (here the index of the next item). */
export function page<T>(
  items: ReadonlyArray<T>,
  input: { readonly MaxItems?: number; readonly Marker?: string },
): { items: T[]; IsTruncated: boolean; Marker?: string } {
  const start = input.Marker === undefined ? 0 : Number.parseInt(input.Marker, 10);
  if (!Number.isInteger(start) || start < 0 || start > items.length)
    throw new AwsError('InvalidInput', 'Invalid Marker.', 'Marker');
  const end = start + (input.MaxItems ?? 100);
  const slice = items.slice(start, end);
  return end < items.length
    ? { items: slice, IsTruncated: true, Marker: String(end) }
    : { items: slice, IsTruncated: false };
}

/** Characters of a policy document without whitespace, as IAM counts policy size. */
export const policySize = (policyDoc: PolicyDocument): number =>
  JSON.stringify(policyDoc).replace(/\s/g, '').length;
