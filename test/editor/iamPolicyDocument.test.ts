import { describe, expect, it } from 'vitest';
import {
  iamPolicyDocument,
  iamPolicyProblems,
  iamTrustPolicyDocument,
} from '../../src/editor/iamPolicyDocument';
import { checkDocument } from '../../src/editor/problems';
import { IAM_POLICY_SCHEMA, IAM_TRUST_POLICY_SCHEMA } from '../../src/engine/schema/iamPolicy';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const allow = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::cfg/*' };

describe('the inline policy editor’s IAM check', () => {
  it('finds nothing wrong in a valid identity policy, one statement or a list', () => {
    expect(iamPolicyProblems(doc(allow))).toEqual([]);
    expect(iamPolicyProblems({ Version: '2012-10-17', Statement: allow })).toEqual([]);
  });

  it('uses the identity policy grammar for the editor, with a readable message for each pattern', () => {
    expect(iamPolicyDocument.fileSuffix).toBe('.iampolicy.json');
    const patterns: Array<{ pattern: string; patternErrorMessage?: string }> = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (typeof o.pattern === 'string') patterns.push(o as never);
        Object.values(o).forEach(walk);
      }
    };
    walk(iamPolicyDocument.schema);
    expect(patterns.length).toBeGreaterThanOrEqual(5);
    for (const p of patterns) expect(p.patternErrorMessage, p.pattern).toMatch(/\w/);
    // the engine's schema itself is untouched
    expect(JSON.stringify(IAM_POLICY_SCHEMA)).not.toContain('patternErrorMessage');
    const stripped = JSON.parse(JSON.stringify(iamPolicyDocument.schema), (key, value: unknown) =>
      key === 'patternErrorMessage' ? undefined : value,
    );
    expect(stripped).toEqual(IAM_POLICY_SCHEMA);
  });

  it('marks each faulty statement on the member IAM complains about, with IAM’s message', () => {
    const problems = iamPolicyProblems(
      doc(
        allow,
        { Effect: 'Allow', Action: 's3:GetObject' },
        { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 's3:*', Resource: '*' },
        { Effect: 'Allow', Action: ['s3:GetObject', 'GetObject'], Resource: '*' },
        { Effect: 'Permit', Action: '*', Resource: '*' },
        { Effect: 'Allow', Action: '*', Resource: ['*', 'my-bucket'] },
      ),
    );
    expect(problems).toEqual([
      {
        field: 'Statement[1].Resource',
        message: 'Policy statement must contain resources.',
        errorName: 'MalformedPolicyDocument',
      },
      {
        field: 'Statement[2].Principal',
        message: 'Policy document should not specify a principal.',
        errorName: 'MalformedPolicyDocument',
      },
      {
        field: 'Statement[3].Action[1]',
        message: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
        errorName: 'MalformedPolicyDocument',
      },
      {
        field: 'Statement[4].Effect',
        message: 'Invalid effect: Permit',
        errorName: 'MalformedPolicyDocument',
      },
      {
        field: 'Statement[5].Resource[1]',
        message: 'Resource my-bucket must be in ARN format or "*".',
        errorName: 'MalformedPolicyDocument',
      },
    ]);
  });

  it('marks document-level faults: an unknown member, a wrong Version, no Statement', () => {
    expect(iamPolicyProblems({ ...doc(allow), Extra: 1 })[0]!.field).toBe('Extra');
    expect(iamPolicyProblems({ Version: '2020-01-01', Statement: [allow] })[0]).toMatchObject({
      field: 'Version',
      message: 'The policy failed legacy parsing',
    });
    expect(iamPolicyProblems({ Version: '2012-10-17' })[0]!.field).toBe('Statement');
    expect(iamPolicyProblems(doc())[0]!.field).toBe('Statement');
  });

  it('places a problem on the text of the faulty member', () => {
    const text = JSON.stringify(doc(allow, { Effect: 'Allow', Action: '*', Resource: 'my-bucket' }), null, 2);
    const [p] = checkDocument(text, iamPolicyProblems);
    expect(text.slice(p!.start, p!.end)).toBe('"my-bucket"');
  });

  it('checks a trust policy with the trust grammar: a principal, no resources', () => {
    expect(JSON.stringify(iamTrustPolicyDocument.schema)).toContain('ecs-tasks.amazonaws.com or ec2');
    expect(IAM_TRUST_POLICY_SCHEMA.description).toBe(iamTrustPolicyDocument.schema.description);
    const trust = {
      Effect: 'Allow',
      Principal: { Service: 'ecs-tasks.amazonaws.com' },
      Action: 'sts:AssumeRole',
    };
    expect(iamTrustPolicyDocument.check(doc(trust))).toEqual([]);
    expect(iamTrustPolicyDocument.check(doc(trust, allow)).map((p) => [p.field, p.message])).toEqual([
      ['Statement[1].Resource', 'Has prohibited field Resource'],
    ]);
    expect(
      iamTrustPolicyDocument.check(doc({ Effect: 'Allow', Action: 'sts:AssumeRole' })).map((p) => p.field),
    ).toEqual(['Statement[0].Principal']);
    expect(
      iamTrustPolicyDocument
        .check(doc({ ...trust, Principal: { Service: 'ecs-tasks' } }))
        .map((p) => [p.field, p.message]),
    ).toEqual([['Statement[0].Principal', 'Invalid principal in policy: "SERVICE":"ecs-tasks"']]);
  });
});
