import { describe, expect, it } from 'vitest';
import { taskDefinitionProblems } from '../../../src/engine/taskDefinitions';
import { anEc2Definition } from './fixtures';

const SECRET = { name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/db' };

describe('secrets need an execution role (ECS fetches them with it on every launch type)', () => {
  it('refuses a definition with secrets and no executionRoleArn, with the real message, at the secrets', () => {
    const input = anEc2Definition({});
    const c = (input.containerDefinitions as Array<Record<string, unknown>>)[0]!;
    c.secrets = [SECRET];
    expect(taskDefinitionProblems(input)).toContainEqual({
      field: 'containerDefinitions[0].secrets',
      message:
        "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
      errorName: 'ClientException',
    });
  });

  it('takes the same definition once it names an execution role, and one without secrets without a role', () => {
    const withRole = anEc2Definition({
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    });
    (withRole.containerDefinitions as Array<Record<string, unknown>>)[0]!.secrets = [SECRET];
    expect(taskDefinitionProblems(withRole).filter((p) => p.field.endsWith('.secrets'))).toEqual([]);
    expect(taskDefinitionProblems(anEc2Definition({}))).toEqual([]);
  });
});
