import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, AwsError, createSimulation } from '../../../src/engine/index';
import { engineCatalog, runCommand } from '../../../src/app/console/index';
import { fakeCatalog } from './fakeCatalog';

/** A stand-in for the simulation that records calls and answers with `reply`. */
function fakeSim(reply: (service: string, operation: string, input: unknown) => unknown) {
  const calls: Array<[string, string, unknown]> = [];
  return {
    calls,
    callByName(service: string, operation: string, input: unknown) {
      calls.push([service, operation, input]);
      return reply(service, operation, input);
    },
  };
}

describe('runCommand', () => {
  it('calls the engine with the parsed request and prints the response as the CLI does', () => {
    const sim = fakeSim(() => ({ tasks: [{ taskArn: 'arn:t1' }], failures: [] }));
    const result = runCommand(
      'aws ecs run-task --cluster web --task-definition app --count 1',
      sim,
      fakeCatalog,
    );
    expect(sim.calls).toEqual([['ecs', 'RunTask', { cluster: 'web', taskDefinition: 'app', count: 1 }]]);
    expect(result).toEqual({
      ok: true,
      stdout:
        '{\n    "tasks": [\n        {\n            "taskArn": "arn:t1"\n        }\n    ],\n    "failures": []\n}\n',
      stderr: '',
      exitCode: 0,
      call: {
        service: 'ecs',
        operation: 'RunTask',
        input: { cluster: 'web', taskDefinition: 'app', count: 1 },
      },
    });
  });

  it('turns an AwsError into the CLI error line with exit code 254, keeping the call', () => {
    const sim = fakeSim(() => {
      throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
    });
    const result = runCommand('aws ecs run-task --cluster nope --task-definition app', sim, fakeCatalog);
    expect(result).toMatchObject({
      ok: false,
      stdout: '',
      stderr:
        'An error occurred (ClusterNotFoundException) when calling the RunTask operation: Cluster not found.\n',
      exitCode: 254,
      call: { operation: 'RunTask' },
    });
  });

  it('reports an unexpected exception as a general failure instead of throwing', () => {
    const sim = fakeSim(() => {
      throw new Error('boom');
    });
    expect(runCommand('aws ecs list-clusters', sim, fakeCatalog)).toMatchObject({
      ok: false,
      stderr: '\nboom\n',
      exitCode: 255,
    });
  });

  it('applies --query and --output text', () => {
    const sim = fakeSim(() => ({ clusterArns: ['arn:a', 'arn:b'] }));
    expect(
      runCommand(`aws ecs list-clusters --query 'clusterArns[*]' --output text`, sim, fakeCatalog).stdout,
    ).toBe('arn:a\tarn:b\n');
    expect(runCommand('aws ecs list-clusters --query length(clusterArns)', sim, fakeCatalog).stdout).toBe(
      '2\n',
    );
  });

  it('prints a multiselect as text rows, one per task, as the CLI does', () => {
    const sim = fakeSim(() => ({
      tasks: [
        { taskArn: 'arn:t1', lastStatus: 'RUNNING' },
        { taskArn: 'arn:t2', lastStatus: 'PENDING' },
      ],
      failures: [],
    }));
    const line = `aws ecs describe-tasks --cluster web --tasks t1 t2 --query 'tasks[*].[taskArn,lastStatus]' --output text`;
    expect(runCommand(line, sim, engineCatalog()).stdout).toBe('arn:t1\tRUNNING\narn:t2\tPENDING\n');
  });

  it('applies a filter pasted from the docs, quoted for the shell', () => {
    const sim = fakeSim(() => ({
      containerInstances: [
        { ec2InstanceId: 'i-0aaa', runningTasksCount: 2 },
        { ec2InstanceId: 'i-0bbb', runningTasksCount: 0 },
      ],
      failures: [],
    }));
    const line =
      'aws ecs describe-container-instances --cluster web --container-instances a b ' +
      '--query "containerInstances[?runningTasksCount > `0`].ec2InstanceId" --output text';
    expect(runCommand(line, sim, engineCatalog()).stdout).toBe('i-0aaa\n');
  });

  it('makes the call, then reports a query that cannot be applied to the response (exit 255)', () => {
    const sim = fakeSim(() => ({ clusterArns: ['arn:a'] }));
    const result = runCommand(`aws ecs list-clusters --query 'length(\`5\`)'`, sim, fakeCatalog);
    expect(sim.calls).toHaveLength(1);
    expect(result).toMatchObject({
      ok: false,
      stdout: '',
      exitCode: 255,
      call: { operation: 'ListClusters' },
    });
    expect(result.stderr).toMatch(/^\nInvalid type: length\(\) .*number/);
    expect(result.notes).toEqual(['The call was made; only the --query selection could not be applied.']);
  });

  it('prints table output as json with a console note', () => {
    const sim = fakeSim(() => ({ clusterArns: [] }));
    const result = runCommand('aws ecs list-clusters --output table', sim, fakeCatalog);
    expect(result.stdout).toBe('{\n    "clusterArns": []\n}\n');
    expect(result.notes).toEqual(['Table output is not drawn in this console; showing json instead.']);
  });

  it('does not call the engine for a line it cannot parse', () => {
    const sim = fakeSim(() => ({}));
    const result = runCommand('aws ecs run-task', sim, fakeCatalog);
    expect(result).toMatchObject({ ok: false, exitCode: 252 });
    expect(result.call).toBeUndefined();
    expect(sim.calls).toEqual([]);
  });

  it('refuses a request that fails parameter validation without calling the engine', () => {
    const sim = fakeSim(() => ({}));
    const result = runCommand(
      'aws ecs run-task --task-definition web --placement-strategy type=spread,feild=x',
      sim,
      fakeCatalog,
    );
    expect(result).toEqual({
      ok: false,
      stdout: '',
      stderr:
        '\nParameter validation failed:\nUnknown parameter in placementStrategy[0]: "feild", must be one of: type, field\n',
      exitCode: 252,
    });
    expect(sim.calls).toEqual([]);
  });

  it.each(['aws --version', 'aws ecs run-task --version'])('prints the version line for %s', (line) => {
    const sim = fakeSim(() => ({}));
    expect(runCommand(line, sim, fakeCatalog)).toEqual({
      ok: true,
      stdout:
        'aws-cli/2.x (ECS Sandbox simulated console: answered in your browser, nothing is sent to AWS)\n',
      stderr: '',
      exitCode: 0,
    });
    expect(sim.calls).toEqual([]);
  });

  it('prints the same help for aws help and aws --help', () => {
    const sim = fakeSim(() => ({}));
    const help = runCommand('aws help', sim, fakeCatalog);
    expect(help.stdout).toContain('AVAILABLE SERVICES');
    expect(runCommand('aws --help', sim, fakeCatalog)).toEqual(help);
  });

  it('hands clear and history to the UI, prints help, and ignores a blank line', () => {
    const sim = fakeSim(() => ({}));
    expect(runCommand('clear', sim, fakeCatalog)).toMatchObject({ ok: true, builtin: 'clear' });
    expect(runCommand('history', sim, fakeCatalog)).toMatchObject({ ok: true, builtin: 'history' });
    expect(runCommand('help', sim, fakeCatalog).stdout).toContain('aws ecs help');
    expect(runCommand('aws ecs run-task help', sim, fakeCatalog).stdout).toContain(
      '--task-definition (string) [required]',
    );
    expect(runCommand('', sim, fakeCatalog)).toEqual({ ok: true, stdout: '', stderr: '', exitCode: 0 });
    expect(sim.calls).toEqual([]);
  });
});

describe('runCommand against the engine', () => {
  const catalog = engineCatalog();

  it('offers the AWS services and leaves out the simulator-only sim service', () => {
    expect(catalog.services()).toEqual([
      'application-autoscaling',
      'autoscaling',
      'cloudwatch',
      'ec2',
      'ecr',
      'ecs',
      'efs',
      'elbv2',
      'iam',
      'logs',
      's3api',
      'secretsmanager',
      'servicediscovery',
      'ssm',
    ]);
    expect(catalog.operations('application-autoscaling')).toContain('PutScalingPolicy');
    expect(catalog.operations('elbv2')).toContain('CreateTargetGroup');
    expect(catalog.operations('ecs')).toContain('RunTask');
    expect(catalog.schema('sim', 'SetAgentConnected')).toBeUndefined();
  });

  it('creates a cluster and lists it', () => {
    const sim = createSimulation({ seed: 1 });
    const created = runCommand('aws ecs create-cluster --cluster-name web', sim, catalog);
    expect(created).toMatchObject({ ok: true, exitCode: 0, call: { input: { clusterName: 'web' } } });
    expect(JSON.parse(created.stdout).cluster.clusterName).toBe('web');
    const listed = runCommand(`aws ecs list-clusters --query 'clusterArns[0]' --output text`, sim, catalog);
    expect(listed.stdout).toBe(`arn:aws:ecs:us-east-1:${ACCOUNT_ID}:cluster/web\n`);
  });

  it('shows the operation and flag descriptions from the documented schemas in help', () => {
    const help = runCommand('aws ecs run-task help', createSimulation({ seed: 1 }), catalog).stdout;
    expect(help).toContain('Places and starts tasks from a task definition.');
    expect(help).toContain('How many tasks to place, 1–10.');
  });

  it('rejects a flag that is not a member of the real schema', () => {
    const sim = createSimulation({ seed: 1 });
    expect(runCommand('aws ecs list-clusters --cluster-name web', sim, catalog).stderr).toContain(
      'Unknown options: --cluster-name, web',
    );
  });

  it('runs a request with real members the sandbox does not simulate, and names them in a note', () => {
    const sim = fakeSim(() => ({ ReservationId: 'r-1', Instances: [] }));
    const result = runCommand(
      'aws ec2 run-instances --image-id ami-1 --instance-type t3.micro --count 1 --key-name ops ' +
        '--metadata-options HttpTokens=required --block-device-mappings DeviceName=/dev/xvda,Ebs={VolumeSize=30} ' +
        '--no-dry-run',
      sim,
      catalog,
    );
    expect(result).toMatchObject({ ok: true, exitCode: 0 });
    expect(sim.calls[0]![2]).toMatchObject({
      KeyName: 'ops',
      MetadataOptions: { HttpTokens: 'required' },
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 30 } }],
      DryRun: false,
    });
    expect(result.notes).toEqual([
      'Accepted but not simulated (the sandbox ignores them): KeyName, MetadataOptions, BlockDeviceMappings, DryRun.',
    ]);
  });

  it('adds no note when every member given is simulated', () => {
    const sim = fakeSim(() => ({ ReservationId: 'r-1', Instances: [] }));
    const result = runCommand(
      'aws ec2 run-instances --image-id ami-1 --instance-type t3.micro',
      sim,
      catalog,
    );
    expect(result.ok).toBe(true);
    expect(result.notes).toBeUndefined();
  });

  it('says create-task-set is real but not simulated, and checks a real key against the real schema', () => {
    const sim = createSimulation({ seed: 1 });
    expect(runCommand('aws ecs create-task-set --service web', sim, catalog)).toMatchObject({
      ok: false,
      exitCode: 252,
      stderr: expect.stringContaining(
        'aws ecs create-task-set is a real AWS CLI command, but this sandbox does not simulate it yet.',
      ),
    });
    expect(
      runCommand(
        'aws ecs run-task --task-definition web --placement-strategy type=spread,feild=x',
        sim,
        catalog,
      ).stderr,
    ).toBe(
      '\nParameter validation failed:\nUnknown parameter in placementStrategy[0]: "feild", must be one of: type, field\n',
    );
  });
});
