import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { isAwsError } from '../../../src/engine';
import { parsePolicyDocument, type PolicyKind } from '../../../src/engine/iam/policyDocument';
import { MANAGED_POLICIES } from '../../../src/engine/iam/managedPolicies';
import { AJV_OPTIONS } from '../../../src/engine/schema/ajvOptions';
import { IAM_POLICY_SCHEMA, IAM_TRUST_POLICY_SCHEMA } from '../../../src/engine/schema/iamPolicy';

const ajv = new Ajv({ ...AJV_OPTIONS, strict: false });
const validIdentity = ajv.compile(IAM_POLICY_SCHEMA);
const validTrust = ajv.compile(IAM_TRUST_POLICY_SCHEMA);

const engineAccepts = (doc: unknown, kind: PolicyKind): boolean => {
  try {
    parsePolicyDocument(JSON.stringify(doc), kind, 'PolicyDocument');
    return true;
  } catch (e) {
    if (isAwsError(e) && e.name === 'MalformedPolicyDocument') return false;
    throw e;
  }
};

const allow = (extra: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', ...extra }],
});

const IDENTITY: ReadonlyArray<[string, unknown, boolean]> = [
  ['a minimal statement', allow({ Action: 's3:GetObject', Resource: '*' }), true],
  [
    'lists and a condition',
    allow({
      Action: ['s3:Get*'],
      Resource: ['arn:aws:s3:::b/*'],
      Condition: { Bool: { 'aws:SecureTransport': true } },
    }),
    true,
  ],
  ['NotAction and NotResource', allow({ NotAction: 'iam:*', NotResource: 'arn:aws:s3:::b/*' }), true],
  ['a single statement object', { Statement: { Effect: 'Deny', Action: '*', Resource: '*' } }, true],
  ['no resource', allow({ Action: 's3:GetObject' }), false],
  ['no action', allow({ Resource: '*' }), false],
  ['both Action and NotAction', allow({ Action: 's3:*', NotAction: 'iam:*', Resource: '*' }), false],
  ['a principal', allow({ Principal: '*', Action: 's3:*', Resource: '*' }), false],
  ['an action without a service', allow({ Action: 'GetObject', Resource: '*' }), false],
  ['a resource that is no ARN', allow({ Action: 's3:GetObject', Resource: 'bucket/*' }), false],
  ['a lowercase effect', { Statement: [{ Effect: 'allow', Action: 's3:*', Resource: '*' }] }, false],
  ['an unknown member', allow({ Action: 's3:*', Resource: '*', Resources: '*' }), false],
  [
    'an unknown version',
    { Version: '2020-01-01', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
    false,
  ],
  ['a Sid with a dash', allow({ Sid: 'read-only', Action: 's3:*', Resource: '*' }), false],
];

const TRUST: ReadonlyArray<[string, unknown, boolean]> = [
  ['ecs-tasks', allow({ Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }), true],
  [
    'several services',
    allow({
      Principal: { Service: ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'] },
      Action: 'sts:AssumeRole',
    }),
    true,
  ],
  ['no principal', allow({ Action: 'sts:AssumeRole' }), false],
  ['a resource', allow({ Principal: '*', Action: 'sts:AssumeRole', Resource: '*' }), false],
  [
    'a service that is not one',
    allow({ Principal: { Service: 'ecs-tasks' }, Action: 'sts:AssumeRole' }),
    false,
  ],
  [
    'an unknown principal type',
    allow({ Principal: { Services: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    false,
  ],
];

describe('the IAM policy JSON Schema (editor) and the engine check agree', () => {
  it.each(IDENTITY)('identity policy with %s: %s', (_, doc, valid) => {
    expect(validIdentity(doc)).toBe(valid);
    expect(engineAccepts(doc, 'identity')).toBe(valid);
  });

  it.each(TRUST)('trust policy with %s: %s', (_, doc, valid) => {
    expect(validTrust(doc)).toBe(valid);
    expect(engineAccepts(doc, 'trust')).toBe(valid);
  });

  it('accepts every managed policy of the catalog', () => {
    for (const p of Object.values(MANAGED_POLICIES)) {
      expect(validIdentity(p.document), p.PolicyName).toBe(true);
      expect(engineAccepts(p.document, 'identity'), p.PolicyName).toBe(true);
    }
  });

  it('compiles under the strict options the project uses', () => {
    const strict = new Ajv({ ...AJV_OPTIONS });
    expect(() => strict.compile(IAM_POLICY_SCHEMA)).not.toThrow();
    expect(() => strict.compile(IAM_TRUST_POLICY_SCHEMA)).not.toThrow();
  });
});
