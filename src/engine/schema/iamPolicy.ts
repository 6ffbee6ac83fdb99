import type { JsonSchema } from './jsonSchema';

/**
 * The IAM policy language as JSON Schema (draft-07), for the policy editor (Monaco: completion, hover, markers).
 * Two grammars share the statement: an identity policy (PutRolePolicy; names resources, never a principal) and
 * a trust policy (CreateRole's AssumeRolePolicyDocument; names a principal, never resources). The engine checks
 * the same rules with IAM's own messages in iam/policyDocument.ts; this schema is the editor's view of them.
 * Descriptions are ours.
 */

const stringOrStrings = (description: string, items: JsonSchema = {}): JsonSchema => ({
  description,
  anyOf: [
    { type: 'string', ...items },
    { type: 'array', items: { type: 'string', ...items }, minItems: 1 },
  ],
});

const ACTION_PATTERN = '^([a-zA-Z0-9-]+:[a-zA-Z0-9*?]+|\\*)$';
const RESOURCE_PATTERN = '^(\\*|arn:[^:]*:[^:]*:[^:]*:[^:]*:.+)$';

/** Common actions offered as completions (any `service:Action` is accepted). */
export const IAM_ACTION_EXAMPLES = [
  'ecr:GetAuthorizationToken',
  'ecr:BatchGetImage',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchCheckLayerAvailability',
  'logs:CreateLogGroup',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'ssm:GetParameters',
  'ssm:GetParameter',
  'secretsmanager:GetSecretValue',
  'kms:Decrypt',
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  's3:GetBucketLocation',
  'elasticfilesystem:ClientMount',
  'elasticfilesystem:ClientWrite',
  'elasticfilesystem:ClientRootAccess',
  'ecs:RegisterContainerInstance',
  'ecs:DiscoverPollEndpoint',
  'ecs:Poll',
  'ecs:StartTelemetrySession',
  'ecs:Submit*',
  'ecs:CreateCluster',
  'sts:AssumeRole',
  'iam:PassRole',
] as const;

/** The condition operators the sandbox evaluates (iam/evaluate.ts); others are valid IAM but never apply here. */
export const IAM_CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Bool',
] as const;

const conditionValues: JsonSchema = {
  type: 'object',
  additionalProperties: {
    anyOf: [
      { type: ['string', 'boolean', 'number'] },
      { type: 'array', items: { type: ['string', 'boolean', 'number'] } },
    ],
  },
};

const condition: JsonSchema = {
  description:
    'When the statement applies: { operator: { key: value or values } }. Every operator and every key must hold; a key holds when any of its values matches. Add IfExists to an operator to let a missing key pass.',
  type: 'object',
  properties: Object.fromEntries(
    IAM_CONDITION_OPERATORS.flatMap((op) => [
      [op, conditionValues],
      [`${op}IfExists`, conditionValues],
    ]),
  ),
  additionalProperties: conditionValues,
};

const principal: JsonSchema = {
  description:
    'Who may assume the role: { "Service": "ecs-tasks.amazonaws.com" } for task and task execution roles, { "Service": "ec2.amazonaws.com" } for the container instance role, { "AWS": account or role ARN }, or "*".',
  anyOf: [
    { type: 'string', enum: ['*'] },
    {
      type: 'object',
      properties: {
        Service: stringOrStrings('An AWS service principal.', {
          examples: ['ecs-tasks.amazonaws.com', 'ec2.amazonaws.com'],
          pattern: '^[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?$',
        }),
        AWS: stringOrStrings('An account id, an account, user or role ARN, or "*".'),
        Federated: stringOrStrings('An identity provider.'),
        CanonicalUser: stringOrStrings('An S3 canonical user id.'),
      },
      additionalProperties: false,
      minProperties: 1,
    },
  ],
};

/** Exactly one of two members (Action or NotAction, …); each branch names its member, as ajv's strict mode asks. */
const exactlyOne = (a: string, b: string): JsonSchema => ({
  oneOf: [
    { properties: { [a]: true }, required: [a] },
    { properties: { [b]: true }, required: [b] },
  ],
});

const baseStatement = {
  Sid: {
    type: 'string',
    pattern: '^[0-9A-Za-z]*$',
    description: 'An optional label for the statement (letters and digits).',
  },
  Effect: {
    type: 'string',
    enum: ['Allow', 'Deny'],
    description: 'Allow or Deny. A Deny that applies always wins over any Allow.',
  },
  Action: stringOrStrings(
    'The actions the statement covers, as service:Action; * and ? are wildcards and case does not matter.',
    {
      pattern: ACTION_PATTERN,
      examples: IAM_ACTION_EXAMPLES,
    },
  ),
  NotAction: stringOrStrings('Every action except these (use instead of Action).', {
    pattern: ACTION_PATTERN,
  }),
  Condition: condition,
};

const identityStatement: JsonSchema = {
  type: 'object',
  properties: {
    ...baseStatement,
    Resource: stringOrStrings('The resources, as ARNs (* and ? are wildcards, case matters) or "*".', {
      pattern: RESOURCE_PATTERN,
    }),
    NotResource: stringOrStrings('Every resource except these (use instead of Resource).', {
      pattern: RESOURCE_PATTERN,
    }),
  },
  required: ['Effect'],
  additionalProperties: false,
  allOf: [exactlyOne('Action', 'NotAction'), exactlyOne('Resource', 'NotResource')],
};

const trustStatement: JsonSchema = {
  type: 'object',
  properties: { ...baseStatement, Principal: principal, NotPrincipal: principal },
  required: ['Effect'],
  additionalProperties: false,
  allOf: [exactlyOne('Action', 'NotAction'), exactlyOne('Principal', 'NotPrincipal')],
};

const documentOf = (statement: JsonSchema, description: string): JsonSchema => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  description,
  type: 'object',
  properties: {
    Version: {
      type: 'string',
      enum: ['2012-10-17', '2008-10-17'],
      description: 'The policy language version: always 2012-10-17 for new policies.',
    },
    Id: { type: 'string', description: 'An optional identifier for the policy.' },
    Statement: {
      description: 'One statement or a list of them.',
      anyOf: [statement, { type: 'array', items: statement, minItems: 1 }],
    },
  },
  required: ['Statement'],
  additionalProperties: false,
});

/** An identity policy: what a role (or user) may do (PutRolePolicy, managed policies). */
export const IAM_POLICY_SCHEMA: JsonSchema = documentOf(
  identityStatement,
  'An IAM identity policy: statements allowing or denying actions on resources.',
);

/** A role's trust policy: who may assume it (CreateRole AssumeRolePolicyDocument, UpdateAssumeRolePolicy). */
export const IAM_TRUST_POLICY_SCHEMA: JsonSchema = documentOf(
  trustStatement,
  'A role trust policy: which principals may assume the role (Action sts:AssumeRole).',
);
