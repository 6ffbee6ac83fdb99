import { describe, expect, it } from 'vitest';
import { conditionHolds } from '../../../src/engine/iam/conditions';
import {
  evaluate,
  installConditionCheck,
  resourceMatches,
  type AuthRequest,
  type NamedPolicy,
} from '../../../src/engine/iam/evaluate';
import type { PolicyStatement } from '../../../src/engine/model/iam';

const policy = (id: string, ...Statement: PolicyStatement[]): NamedPolicy => ({
  id,
  document: { Version: '2012-10-17', Statement },
});
const SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-AbCdEf';
const OBJECT = 'arn:aws:s3:::app-config/env/prod.env';
const req = (action: string, resource: string, context?: AuthRequest['context']): AuthRequest => ({
  action,
  resource,
  ...(context ? { context } : {}),
});

describe('evaluate', () => {
  it('denies implicitly when nothing applies, with no statement', () => {
    expect(evaluate([], req('s3:GetObject', OBJECT))).toEqual({ decision: 'implicit-deny' });
    const p = policy('inline:read', { Effect: 'Allow', Action: 's3:PutObject', Resource: '*' });
    expect(evaluate([p], req('s3:GetObject', OBJECT)).decision).toBe('implicit-deny');
  });

  it('names the allowing statement (policy, index, Sid)', () => {
    const p = policy(
      'inline:read',
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
      { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::app-config/*' },
    );
    expect(evaluate([p], req('s3:GetObject', OBJECT))).toEqual({
      decision: 'allowed',
      statement: { policy: 'inline:read', statementIndex: 1, sid: 'Read' },
    });
  });

  it('lets an explicit deny win over any allow, in any policy and any order', () => {
    const allow = policy('arn:aws:iam::aws:policy/AmazonS3FullAccess', {
      Effect: 'Allow',
      Action: 's3:*',
      Resource: '*',
    });
    const deny = policy('inline:guard', {
      Sid: 'NoProd',
      Effect: 'Deny',
      Action: 's3:Get*',
      Resource: 'arn:aws:s3:::app-config/env/prod*',
    });
    for (const order of [
      [allow, deny],
      [deny, allow],
    ]) {
      expect(evaluate(order, req('s3:GetObject', OBJECT))).toEqual({
        decision: 'explicit-deny',
        statement: { policy: 'inline:guard', statementIndex: 0, sid: 'NoProd' },
      });
    }
    expect(evaluate([allow, deny], req('s3:GetObject', 'arn:aws:s3:::app-config/env/dev.env')).decision).toBe(
      'allowed',
    );
  });

  it.each([
    ['s3:GetObject', 's3:getobject', true],
    ['S3:Get*', 's3:GetObject', true],
    ['s3:*Object', 's3:PutObject', true],
    ['s3:Get?bject', 's3:GetObject', true],
    ['s3:Get?', 's3:GetObject', false],
    ['s3:*', 'ssm:GetParameter', false],
    ['*', 'ssm:GetParameter', true],
    ['ssm:GetParameter', 'ssm:GetParameters', false],
    ['ssm:GetParameter.', 'ssm:GetParameterX', false],
  ])('action %s against %s: %s', (pattern, action, expected) => {
    const p = policy('p', { Effect: 'Allow', Action: [pattern], Resource: '*' });
    expect(evaluate([p], req(action, OBJECT)).decision === 'allowed').toBe(expected);
  });

  it.each([
    ['*', SECRET, true],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-*', SECRET, true],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-??????', SECRET, true],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-?????', SECRET, false],
    ['arn:aws:secretsmanager:*:*:secret:db-*', SECRET, true],
    ['arn:aws:secretsmanager:us-east-1:123456789012:secret:DB-password-*', SECRET, false],
    ['arn:aws:s3:::app-config/*', OBJECT, true],
    ['arn:aws:s3:::app-config', OBJECT, false],
    ['arn:aws:s3:::app-*/env/*', OBJECT, true],
    // a wildcard stays in its part of the ARN: the region's `*` does not eat the account
    ['arn:aws:secretsmanager:*:secret:db-password-*', SECRET, false],
    [
      'arn:aws:ssm:us-east-1:123456789012:parameter/app/*',
      'arn:aws:ssm:us-east-1:123456789012:parameter/app/db/url',
      true,
    ],
  ])('resource %s against %s: %s', (pattern, resource, expected) => {
    expect(resourceMatches(pattern, resource)).toBe(expected);
    const p = policy('p', { Effect: 'Allow', Action: '*', Resource: pattern });
    expect(evaluate([p], req('x:Y', resource)).decision === 'allowed').toBe(expected);
  });

  it('does not let a resource pattern match a request on `*` (actions with no resource)', () => {
    const p = policy('p', { Effect: 'Allow', Action: 'ecr:*', Resource: 'arn:aws:ecr:*:*:repository/*' });
    expect(evaluate([p], req('ecr:GetAuthorizationToken', '*')).decision).toBe('implicit-deny');
  });

  it('reads NotAction as every action but those listed', () => {
    const p = policy('p', { Effect: 'Allow', NotAction: ['iam:*', 's3:Delete*'], Resource: '*' });
    expect(evaluate([p], req('s3:GetObject', OBJECT)).decision).toBe('allowed');
    expect(evaluate([p], req('s3:DeleteObject', OBJECT)).decision).toBe('implicit-deny');
    expect(evaluate([p], req('IAM:PassRole', '*')).decision).toBe('implicit-deny');
    const deny = policy('d', { Effect: 'Deny', NotAction: 's3:GetObject', Resource: '*' });
    const all = policy('a', { Effect: 'Allow', Action: '*', Resource: '*' });
    expect(evaluate([all, deny], req('s3:GetObject', OBJECT)).decision).toBe('allowed');
    expect(evaluate([all, deny], req('s3:PutObject', OBJECT)).decision).toBe('explicit-deny');
  });

  it('reads NotResource as every resource but those listed', () => {
    const p = policy('p', {
      Effect: 'Allow',
      Action: 's3:GetObject',
      NotResource: 'arn:aws:s3:::secret-bucket/*',
    });
    expect(evaluate([p], req('s3:GetObject', OBJECT)).decision).toBe('allowed');
    expect(evaluate([p], req('s3:GetObject', 'arn:aws:s3:::secret-bucket/a')).decision).toBe('implicit-deny');
  });

  describe('conditions', () => {
    const conditioned = (Condition: PolicyStatement['Condition']) =>
      policy('p', { Effect: 'Allow', Action: 'ecs:TagResource', Resource: '*', Condition });

    it.each([
      [
        { StringEquals: { 'ecs:CreateAction': 'CreateCluster' } },
        { 'ecs:CreateAction': 'CreateCluster' },
        true,
      ],
      [
        { StringEquals: { 'ecs:CreateAction': ['RunTask', 'CreateCluster'] } },
        { 'ECS:createaction': 'CreateCluster' },
        true,
      ],
      [
        { StringEquals: { 'ecs:CreateAction': 'CreateCluster' } },
        { 'ecs:CreateAction': 'createcluster' },
        false,
      ],
      [
        { StringEqualsIgnoreCase: { 'ecs:CreateAction': 'CreateCluster' } },
        { 'ecs:CreateAction': 'createcluster' },
        true,
      ],
      [{ StringEquals: { 'ecs:CreateAction': 'CreateCluster' } }, {}, false],
      [{ StringNotEquals: { 'ecs:CreateAction': 'CreateCluster' } }, { 'ecs:CreateAction': 'RunTask' }, true],
      [
        { StringNotEquals: { 'ecs:CreateAction': 'CreateCluster' } },
        { 'ecs:CreateAction': 'CreateCluster' },
        false,
      ],
      [{ StringNotEquals: { 'ecs:CreateAction': 'CreateCluster' } }, {}, true],
      [
        { StringLike: { 'aws:SourceArn': 'arn:aws:ecs:*:123456789012:*' } },
        { 'aws:SourceArn': 'arn:aws:ecs:us-east-1:123456789012:task/x' },
        true,
      ],
      [
        { StringNotLike: { 'aws:SourceArn': 'arn:aws:ecs:*' } },
        { 'aws:SourceArn': 'arn:aws:ecs:us-east-1:1:task/x' },
        false,
      ],
      [
        { ArnLike: { 'aws:SourceArn': 'arn:aws:ecs:us-east-1:123456789012:cluster/*' } },
        { 'aws:SourceArn': 'arn:aws:ecs:us-east-1:123456789012:cluster/web' },
        true,
      ],
      [
        { ArnEquals: { 'aws:SourceArn': 'arn:aws:ecs:us-east-1:123456789012:cluster/web' } },
        { 'aws:SourceArn': 'arn:aws:ecs:us-east-1:123456789012:cluster/api' },
        false,
      ],
      [{ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': 'true' }, true],
      [{ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': 'false' }, false],
      [{ StringEqualsIfExists: { 'ecs:CreateAction': 'CreateCluster' } }, {}, true],
      // every key and every operator must hold
      [
        { StringEquals: { 'ecs:CreateAction': 'CreateCluster' }, Bool: { 'aws:SecureTransport': 'true' } },
        { 'ecs:CreateAction': 'CreateCluster' },
        false,
      ],
      // an operator the sandbox does not know: the statement does not apply
      [{ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, { 'aws:MultiFactorAuthAge': '10' }, false],
      [{ DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } }, {}, false],
    ] as const)('%j with %j: %s', (condition, context, expected) => {
      const p = conditioned(condition as PolicyStatement['Condition']);
      expect(evaluate([p], req('ecs:TagResource', '*', context)).decision === 'allowed').toBe(expected);
    });

    it('fails closed before the condition reader has loaded: a conditioned Deny applies, an Allow does not', () => {
      const all = policy('a', { Effect: 'Allow', Action: '*', Resource: '*' });
      const conditionedAllow = conditioned({ StringEquals: { 'ecs:CreateAction': 'CreateCluster' } });
      const deny = policy('d', {
        Effect: 'Deny',
        Action: 's3:*',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      });
      const context = { 'ecs:CreateAction': 'CreateCluster', 'aws:SecureTransport': 'true' };
      installConditionCheck(undefined);
      try {
        expect(evaluate([conditionedAllow], req('ecs:TagResource', '*', context)).decision).toBe(
          'implicit-deny',
        );
        expect(evaluate([all, deny], req('s3:GetObject', OBJECT, context)).decision).toBe('explicit-deny');
      } finally {
        installConditionCheck(conditionHolds);
      }
      expect(evaluate([conditionedAllow], req('ecs:TagResource', '*', context)).decision).toBe('allowed');
      expect(evaluate([all, deny], req('s3:GetObject', OBJECT, context)).decision).toBe('allowed');
    });

    it('does not deny with a Deny whose condition does not hold', () => {
      const all = policy('a', { Effect: 'Allow', Action: '*', Resource: '*' });
      const deny = policy('d', {
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      });
      expect(
        evaluate([all, deny], req('s3:GetObject', OBJECT, { 'aws:SecureTransport': 'true' })).decision,
      ).toBe('allowed');
      expect(
        evaluate([all, deny], req('s3:GetObject', OBJECT, { 'aws:SecureTransport': 'false' })).decision,
      ).toBe('explicit-deny');
    });
  });

  it('takes a single statement object and single strings, as IAM does', () => {
    const p: NamedPolicy = {
      id: 'p',
      document: { Statement: { Effect: 'Allow', Action: 'ssm:GetParameters', Resource: '*' } as never },
    };
    expect(evaluate([p], req('ssm:GetParameters', 'arn:aws:ssm:us-east-1:1:parameter/x')).decision).toBe(
      'allowed',
    );
  });
});
