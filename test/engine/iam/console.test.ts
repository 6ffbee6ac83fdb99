import { describe, expect, it } from 'vitest';
import { engineCatalog } from '../../../src/app/console/catalog';
import { runCommand } from '../../../src/app/console/index';
import { createSimulation } from '../../../src/engine';

const TRUST =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}';

describe('aws iam in the console', () => {
  it('creates a role, puts an inline policy and simulates it, as the CLI prints', () => {
    const sim = createSimulation({ seed: 1 });
    const catalog = engineCatalog();
    expect(catalog.services()).toContain('iam');
    const run = (line: string) => runCommand(line, sim, catalog);
    const created = run(`aws iam create-role --role-name app --assume-role-policy-document '${TRUST}'`);
    expect(created.ok).toBe(true);
    expect(JSON.parse(created.stdout).Role.AssumeRolePolicyDocument.Statement[0].Principal.Service).toBe(
      'ecs-tasks.amazonaws.com',
    );
    const put = run(
      `aws iam put-role-policy --role-name app --policy-name read --policy-document '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::cfg/*"}}'`,
    );
    expect(put).toMatchObject({ ok: true, stdout: '' });
    const simulated = run(
      'aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/app --action-names s3:GetObject --resource-arns arn:aws:s3:::cfg/app.env arn:aws:s3:::other/x --query "EvaluationResults[].EvalDecision" --output text',
    );
    expect(simulated.stdout.trim().split(/\s+/)).toEqual(['allowed', 'implicitDeny']);
    const bad = run(
      `aws iam put-role-policy --role-name app --policy-name p --policy-document '{"Statement":{"Effect":"Allow","Action":"s3:GetObject"}}'`,
    );
    expect(bad.stderr).toContain(
      'An error occurred (MalformedPolicyDocument) when calling the PutRolePolicy operation: Policy statement must contain resources.',
    );
  });
});
