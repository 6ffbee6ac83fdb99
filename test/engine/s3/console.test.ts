import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../../src/app/console/index';
import { createSimulation } from '../../../src/engine/index';

/** The console takes the data store services as the AWS CLI spells them. */
describe('aws ssm / secretsmanager / s3api / ecr in the console', () => {
  it('runs the CLI commands against the engine and prints errors as the CLI does', () => {
    const sim = createSimulation({ seed: 3 });
    const catalog = engineCatalog();
    const run = (line: string) => runCommand(line, sim, catalog);
    expect(run('aws ssm put-parameter --name /app/url --value http://x --type String').stdout).toContain(
      '"Version": 1',
    );
    expect(run('aws ssm get-parameter --name /app/url --query Parameter.Value --output text').stdout).toBe(
      'http://x\n',
    );
    expect(run('aws ssm get-parameter --name /nope').stderr).toMatch(
      /An error occurred \(ParameterNotFound\) when calling the GetParameter operation/,
    );
    expect(run('aws secretsmanager create-secret --name db --secret-string {}').exitCode).toBe(0);
    expect(run('aws s3api create-bucket --bucket cfg').exitCode).toBe(0);
    expect(run('aws s3api put-object --bucket cfg --key a.env --body A=1').exitCode).toBe(0);
    expect(run('aws s3api get-object --bucket cfg --key a.env --query Body --output text').stdout).toBe(
      'A=1\n',
    );
    expect(run('aws ecr create-repository --repository-name web').stdout).toContain(
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/web',
    );
    expect(run('aws ecr describe-images --repository-name nope').stderr).toMatch(
      /RepositoryNotFoundException/,
    );
  });
});
