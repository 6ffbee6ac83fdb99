import { describe, expect, it } from 'vitest';
import { awsHelp, consoleHelp, operationHelp, serviceHelp } from '../../../src/app/console/help';
import { fakeCatalog } from './fakeCatalog';

describe('help', () => {
  it('lists the simulated services for aws help', () => {
    expect(awsHelp(fakeCatalog)).toMatch(/AVAILABLE SERVICES\n\s+o ec2\s+o ecs\n\s+o help/);
  });

  it('lists the operations of a service in CLI spelling', () => {
    const text = serviceHelp('ecs', fakeCatalog);
    expect(text).toContain('o describe-container-instances');
    expect(text).toContain('o list-task-definition-families');
    expect(text).not.toContain('RunTask');
  });

  describe('for an operation', () => {
    const text = operationHelp('ecs', 'RunTask', fakeCatalog);

    it('shows required flags without brackets and optional ones in brackets', () => {
      expect(text).toContain('\n          --task-definition <value>\n');
      expect(text).toContain('\n          [--cluster <value>]\n');
      expect(text).toContain('\n          [--placement-strategy <value> [<value>...]]\n');
      expect(text).toContain('\n          [--enable-ecs-managed-tags | --no-enable-ecs-managed-tags]\n');
      expect(text).toContain('\n          [--cli-input-json <value>]\n');
    });

    it('gives each flag its type, required mark and the schema description', () => {
      expect(text).toContain(
        '--task-definition (string) [required]\n          The family, family:revision or ARN of the task definition to run.',
      );
      expect(text).toContain('--count (integer)\n          How many tasks to start.');
      expect(text).toContain('Starts new tasks from a task definition.');
    });

    it('lists enum values and the shorthand syntax read from the schema', () => {
      expect(text).toContain('Possible values:\n          o EC2\n          o FARGATE\n          o EXTERNAL');
      expect(text).toContain(
        'Shorthand Syntax:\n\n            type=string,field=string type=string,field=string ...',
      );
      expect(text).toContain(
        'awsvpcConfiguration={subnets=[string,string],securityGroups=[string,string],assignPublicIp=string}',
      );
    });

    it('shows a list of strings as several quoted words', () => {
      expect(operationHelp('ecs', 'DescribeTasks', fakeCatalog)).toContain(
        'Syntax:\n\n            "string" "string" ...',
      );
    });

    it('shows the CLI-only --count of ec2 run-instances instead of --min-count', () => {
      const ec2 = operationHelp('ec2', 'RunInstances', fakeCatalog);
      expect(ec2).toContain('[--count <value>]');
      expect(ec2).not.toContain('--min-count');
    });
  });

  it('says what the console supports and what it does not', () => {
    const text = consoleHelp();
    expect(text).toContain('aws ecs run-task help');
    expect(text).toContain('file://');
    expect(text).toContain('clear, history');
  });
});
