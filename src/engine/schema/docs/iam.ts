import type { OperationName } from '../../api/registry';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the IAM requests (schema/iam.ts), in our own words. */

const roleName =
  "The role's name: letters, digits and + = , . @ _ -, up to 64 characters. Unique in the account whatever the case.";
const policyName = "The inline policy's name, unique within the role.";
const profileName =
  'The instance profile\'s name (RunInstances IamInstanceProfile { "Name": … } refers to it).';
const path =
  'A path grouping the role or profile, "/" by default; it becomes part of the ARN (…:role/path/name).';
const pathPrefix = 'Only those whose path starts with this ("/" by default: all).';
const marker = 'Where to continue: the Marker of the previous page.';
const maxItems = 'At most this many per page (1–1000, default 100).';
const policyDocument =
  'The policy as JSON text (use file://policy.json in the console). Statements name an Effect, Action (or NotAction) and Resource (or NotResource), optionally a Condition.';
const trustDocument =
  'The trust policy as JSON text: who may assume the role. For a task or task execution role: {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}; for a container instance role the service is ec2.amazonaws.com.';
const policyArn =
  'A managed policy ARN, e.g. arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy (ListPolicies --scope AWS lists the ones the sandbox knows).';
const tags = {
  Tags: 'Key/value labels (kept by AWS; not simulated).',
  'Tags[].Key': 'The tag key.',
  'Tags[].Value': 'The tag value.',
};

export const iamDocs = {
  CreateRole: {
    '': 'Creates a role with a trust policy and no permissions. Then attach managed policies (AttachRolePolicy) or add inline ones (PutRolePolicy).',
    Path: path,
    RoleName: roleName,
    AssumeRolePolicyDocument: trustDocument,
    Description: 'Free text describing the role (up to 1000 characters).',
    MaxSessionDuration:
      'Longest session, in seconds, for credentials of this role (3600–43200, default 3600).',
    PermissionsBoundary: 'A managed policy capping what the role may do (not simulated).',
    ...tags,
  },
  GetRole: { '': 'Shows a role and its trust policy.', RoleName: roleName },
  ListRoles: {
    '': "Lists the account's roles.",
    PathPrefix: pathPrefix,
    Marker: marker,
    MaxItems: maxItems,
  },
  DeleteRole: {
    '': 'Deletes a role. Detach its managed policies, delete its inline policies and take it out of instance profiles first.',
    RoleName: roleName,
  },
  UpdateAssumeRolePolicy: {
    '': "Replaces the role's trust policy (who may assume it).",
    RoleName: roleName,
    PolicyDocument: trustDocument,
  },
  AttachRolePolicy: {
    '': 'Attaches an AWS managed policy to the role (up to 10 per role).',
    RoleName: roleName,
    PolicyArn: policyArn,
  },
  DetachRolePolicy: {
    '': 'Detaches a managed policy from the role.',
    RoleName: roleName,
    PolicyArn: policyArn,
  },
  ListAttachedRolePolicies: {
    '': 'Lists the managed policies attached to the role.',
    RoleName: roleName,
    PathPrefix: 'Only policies whose path starts with this.',
    Marker: marker,
    MaxItems: maxItems,
  },
  PutRolePolicy: {
    '': 'Adds or replaces an inline policy: permissions that live in the role itself. An explicit Deny in any policy of the role wins over every Allow.',
    RoleName: roleName,
    PolicyName: policyName,
    PolicyDocument: policyDocument,
  },
  GetRolePolicy: { '': 'Shows one inline policy of the role.', RoleName: roleName, PolicyName: policyName },
  DeleteRolePolicy: {
    '': 'Deletes one inline policy of the role.',
    RoleName: roleName,
    PolicyName: policyName,
  },
  ListRolePolicies: {
    '': "Lists the names of the role's inline policies.",
    RoleName: roleName,
    Marker: marker,
    MaxItems: maxItems,
  },
  CreateInstanceProfile: {
    '': "Creates an empty instance profile: what an EC2 instance is launched with to get a role's credentials. Add one role to it next.",
    InstanceProfileName: profileName,
    Path: path,
    ...tags,
  },
  AddRoleToInstanceProfile: {
    '': 'Puts a role in the profile (one role per profile). The role must trust ec2.amazonaws.com for instances to use it.',
    InstanceProfileName: profileName,
    RoleName: roleName,
  },
  RemoveRoleFromInstanceProfile: {
    '': 'Takes the role out of the profile.',
    InstanceProfileName: profileName,
    RoleName: roleName,
  },
  GetInstanceProfile: { '': 'Shows an instance profile and its role.', InstanceProfileName: profileName },
  ListInstanceProfiles: {
    '': "Lists the account's instance profiles with their roles.",
    PathPrefix: pathPrefix,
    Marker: marker,
    MaxItems: maxItems,
  },
  DeleteInstanceProfile: {
    '': 'Deletes an instance profile that holds no role.',
    InstanceProfileName: profileName,
  },
  SimulatePrincipalPolicy: {
    '': "Asks whether a role's policies allow actions on resources, without making the calls: allowed, explicitDeny (a Deny matched) or implicitDeny (nothing allowed it).",
    PolicySourceArn: 'The role to test, by ARN (arn:aws:iam::123456789012:role/NAME).',
    PolicyInputList: "Extra identity policies (JSON text) to evaluate along with the role's, e.g. a draft.",
    PermissionsBoundaryPolicyInputList: 'A permissions boundary to apply (not simulated).',
    ActionNames: 'The actions to test, e.g. secretsmanager:GetSecretValue.',
    ResourceArns: 'The resources to test them on (default "*").',
    ResourcePolicy: 'A resource-based policy to include (not simulated).',
    ResourceOwner: 'The account owning the resources (not simulated).',
    CallerArn: 'A user to simulate as (not simulated: the sandbox simulates roles).',
    ContextEntries: 'Condition keys and their values for the request, e.g. aws:SecureTransport = true.',
    'ContextEntries[].ContextKeyName': 'The condition key, e.g. aws:SourceArn.',
    'ContextEntries[].ContextKeyValues': 'Its values.',
    'ContextEntries[].ContextKeyType': 'The type of the values (string, boolean, …).',
    ResourceHandlingOption: 'An EC2 scenario name (not simulated).',
    MaxItems: maxItems,
    Marker: marker,
  },
  ListPolicies: {
    '': 'Lists managed policies. The sandbox knows a catalog of AWS managed policies and has no customer managed ones.',
    Scope: 'AWS (AWS managed), Local (customer managed: none here) or All (default).',
    OnlyAttached: 'Only policies attached to some role.',
    PathPrefix: 'Only policies whose path starts with this, e.g. /service-role/.',
    PolicyUsageFilter: 'PermissionsPolicy or PermissionsBoundary (no boundaries here).',
    Marker: marker,
    MaxItems: maxItems,
  },
  GetPolicy: {
    '': 'Shows a managed policy (its document: GetPolicyVersion with DefaultVersionId).',
    PolicyArn: policyArn,
  },
  GetPolicyVersion: {
    '': 'Shows the document of one version of a managed policy.',
    PolicyArn: policyArn,
    VersionId: 'The version, e.g. v1 (the DefaultVersionId GetPolicy shows).',
  },
} as const satisfies Record<OperationName<'iam'>, SchemaDocs>;
