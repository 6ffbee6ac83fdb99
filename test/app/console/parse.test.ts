import { describe, expect, it } from 'vitest';
import { parseCommand, type ParsedCommand } from '../../../src/app/console/index';
import { fakeCatalog } from './fakeCatalog';

const USAGE_HEAD =
  '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n';

function call(line: string) {
  const r = parseCommand(line, fakeCatalog);
  if (!r.ok) throw new Error(r.error.stderr);
  const command: ParsedCommand = r.value;
  if (command.kind !== 'call') throw new Error(`not a call: ${command.kind}`);
  return command;
}

function failure(line: string) {
  const r = parseCommand(line, fakeCatalog);
  if (r.ok) throw new Error(`parsed: ${JSON.stringify(r.value)}`);
  return r.error;
}

describe('parseCommand: operations and flags', () => {
  it.each([
    ['aws ecs list-clusters', 'ecs', 'ListClusters', {}],
    [
      'aws ecs describe-container-instances --container-instances a b',
      'ecs',
      'DescribeContainerInstances',
      { containerInstances: ['a', 'b'] },
    ],
    [
      'aws ecs list-task-definition-families --family-prefix web',
      'ecs',
      'ListTaskDefinitionFamilies',
      { familyPrefix: 'web' },
    ],
    [
      'aws ecs run-task --task-definition web:3 --count 2',
      'ecs',
      'RunTask',
      { taskDefinition: 'web:3', count: 2 },
    ],
    [
      'aws ecs run-task --task-definition=web --cluster=prod',
      'ecs',
      'RunTask',
      { taskDefinition: 'web', cluster: 'prod' },
    ],
    ['aws ecs run-task --task-def web', 'ecs', 'RunTask', { taskDefinition: 'web' }],
    [
      'aws ecs describe-tasks --tasks a b c --cluster web',
      'ecs',
      'DescribeTasks',
      { tasks: ['a', 'b', 'c'], cluster: 'web' },
    ],
    [
      'aws ecs run-task --task-definition web --enable-ecs-managed-tags',
      'ecs',
      'RunTask',
      { taskDefinition: 'web', enableECSManagedTags: true },
    ],
    [
      'aws ecs run-task --task-definition web --no-enable-ecs-managed-tags',
      'ecs',
      'RunTask',
      { taskDefinition: 'web', enableECSManagedTags: false },
    ],
    [
      'aws ec2 describe-instances --instance-ids i-1 i-2',
      'ec2',
      'DescribeInstances',
      { InstanceIds: ['i-1', 'i-2'] },
    ],
  ])('%s', (line, service, operation, input) => {
    expect(call(line)).toMatchObject({ service, operation, input });
  });
});

describe('parseCommand: shorthand and JSON values', () => {
  it.each([
    [
      '--placement-strategy with two strategies',
      'aws ecs run-task --task-definition web --placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=memory',
      {
        placementStrategy: [
          { type: 'spread', field: 'attribute:ecs.availability-zone' },
          { type: 'binpack', field: 'memory' },
        ],
      },
    ],
    [
      '--placement-constraints with a quoted expression',
      'aws ecs run-task --task-definition web --placement-constraints type=memberOf,expression="attribute:ecs.instance-type =~ t3.*"',
      { placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }] },
    ],
    [
      '--network-configuration with a nested list',
      'aws ecs run-task --task-definition web --network-configuration "awsvpcConfiguration={subnets=[subnet-1,subnet-2],assignPublicIp=ENABLED}"',
      {
        networkConfiguration: {
          awsvpcConfiguration: { subnets: ['subnet-1', 'subnet-2'], assignPublicIp: 'ENABLED' },
        },
      },
    ],
    [
      '--network-configuration with a single subnet',
      'aws ecs run-task --task-definition web --network-configuration awsvpcConfiguration={subnets=subnet-1}',
      { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } } },
    ],
    [
      '--overrides as JSON',
      'aws ecs run-task --task-definition web --overrides "{\\"containerOverrides\\":[]}"',
      { overrides: { containerOverrides: [] } },
    ],
    [
      '--placement-strategy as a JSON list',
      `aws ecs run-task --task-definition web --placement-strategy '[{"type":"random"}]'`,
      { placementStrategy: [{ type: 'random' }] },
    ],
    [
      '--tags as JSON objects, one per word',
      `aws ecs run-task --task-definition web --tags '{"key":"a","value":"1"}' key=b,value=2`,
      {
        tags: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ],
      },
    ],
  ])('parses %s', (_name, line, input) => {
    expect(call(line).input).toEqual({ taskDefinition: 'web', ...input });
  });

  it.each([
    [
      '--attributes',
      'aws ecs put-attributes --attributes name=stack,value=prod',
      { attributes: [{ name: 'stack', value: 'prod' }] },
    ],
    [
      '--iam-instance-profile and --placement',
      'aws ec2 run-instances --image-id ami-ecs --instance-type t3.micro --iam-instance-profile Name=ecsInstanceRole --placement AvailabilityZone=us-east-1b',
      {
        ImageId: 'ami-ecs',
        InstanceType: 't3.micro',
        IamInstanceProfile: { Name: 'ecsInstanceRole' },
        Placement: { AvailabilityZone: 'us-east-1b' },
        MinCount: 1,
        MaxCount: 1,
      },
    ],
    [
      '--filters with a value list',
      'aws ec2 describe-instances --filters Name=instance-type,Values=t3.micro,t3.small',
      { Filters: [{ Name: 'instance-type', Values: ['t3.micro', 't3.small'] }] },
    ],
    [
      '--security-group-ids',
      'aws ec2 run-instances --security-group-ids sg-1 sg-2',
      { SecurityGroupIds: ['sg-1', 'sg-2'], MinCount: 1, MaxCount: 1 },
    ],
    ['--dry-run', 'aws ec2 run-instances --dry-run', { DryRun: true, MinCount: 1, MaxCount: 1 }],
  ])('parses %s into the PascalCase or camelCase members', (_name, line, input) => {
    expect(call(line).input).toEqual(input);
  });
});

describe('parseCommand: the CLI customizations of ec2 run-instances', () => {
  it.each([
    ['--count 3', { MinCount: 3, MaxCount: 3 }],
    ['--count 1:4', { MinCount: 1, MaxCount: 4 }],
    ['', { MinCount: 1, MaxCount: 1 }],
  ])('reads %s as MinCount and MaxCount', (flags, counts) => {
    expect(call(`aws ec2 run-instances --image-id ami-ecs ${flags}`).input).toMatchObject(counts);
  });

  it('base64-encodes --user-data as the CLI does', () => {
    const input = call(
      `aws ec2 run-instances --user-data 'echo ECS_CLUSTER=web >> /etc/ecs/ecs.config'`,
    ).input;
    expect(input.UserData).toBe('ZWNobyBFQ1NfQ0xVU1RFUj13ZWIgPj4gL2V0Yy9lY3MvZWNzLmNvbmZpZw==');
  });

  it("takes a user-data script typed on one line with bash's $'…' quoting", () => {
    const input = call(
      `aws ec2 run-instances --user-data $'#!/bin/bash\\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config'`,
    ).input;
    expect(atob(input.UserData as string)).toBe('#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config');
  });

  it('base64-encodes UTF-8 user data byte by byte', () => {
    expect(call(`aws ec2 run-instances --user-data 'é'`).input.UserData).toBe('w6k=');
  });

  it('has no --min-count flag, like the real CLI', () => {
    expect(failure('aws ec2 run-instances --min-count 2').stderr).toContain(
      'Unknown options: --min-count, 2',
    );
  });

  it('rejects a malformed --count', () => {
    expect(failure('aws ec2 run-instances --count two').stderr).toBe(
      '\ncount parameter should be of form min[:max] (e.g. 1 or 1:10)\n',
    );
  });
});

describe('parseCommand: --cli-input-json', () => {
  it('supplies the whole input', () => {
    expect(
      call(`aws ecs run-task --cli-input-json '{"cluster":"web","taskDefinition":"app","count":2}'`).input,
    ).toEqual({
      cluster: 'web',
      taskDefinition: 'app',
      count: 2,
    });
  });

  it('lets flags given too override its members', () => {
    expect(
      call(`aws ecs run-task --count 3 --cli-input-json '{"taskDefinition":"app","count":2}'`).input,
    ).toEqual({
      taskDefinition: 'app',
      count: 3,
    });
  });

  it('base64-encodes UserData that comes from it, as botocore does for run-instances', () => {
    expect(
      call(`aws ec2 run-instances --cli-input-json '{"UserData":"hi","MinCount":2,"MaxCount":2}'`).input,
    ).toEqual({
      UserData: 'aGk=',
      MinCount: 2,
      MaxCount: 2,
    });
  });

  it.each([
    [
      'invalid JSON',
      `--cli-input-json '{"cluster":'`,
      "\nError parsing parameter 'cli-input-json': Invalid JSON received.\n",
    ],
    [
      'a JSON list',
      `--cli-input-json '[1]'`,
      "\nError parsing parameter '--cli-input-json': Invalid type: expecting map, received <class 'list'>\n",
    ],
    [
      'JSON without a required member',
      `--cli-input-json '{"cluster":"web"}'`,
      '\nParameter validation failed:\nMissing required parameter in input: "taskDefinition"\n',
    ],
  ])('reports %s', (_name, flags, stderr) => {
    expect(failure(`aws ecs run-task ${flags}`)).toEqual({ stderr, exitCode: 252 });
  });
});

describe('parseCommand: errors in the AWS CLI v2 wording', () => {
  it('lists the valid operations, two a line, and suggests a close one', () => {
    const { stderr, exitCode } = failure('aws ecs run-tsk');
    expect(exitCode).toBe(252);
    expect(stderr.startsWith(USAGE_HEAD)).toBe(true);
    expect(stderr).toContain(
      `aws: error: argument operation: Invalid choice, valid choices are:\n\ncreate-cluster${' '.repeat(26)} | describe-container-instances`,
    );
    expect(stderr).toContain("Invalid choice: 'run-tsk', maybe you meant:\n\n  * run-task");
  });

  it('lists the services for an unknown service', () => {
    const { stderr } = failure('aws s3 ls');
    expect(stderr).toContain(
      `aws: error: argument command: Invalid choice, valid choices are:\n\nec2${' '.repeat(37)} | ecs`,
    );
  });

  it.each([
    ['a missing service', 'aws', 'aws: error: the following arguments are required: command'],
    ['a missing operation', 'aws ecs', 'aws: error: the following arguments are required: operation'],
    [
      'a missing required flag',
      'aws ecs run-task --cluster web',
      'aws: error: the following arguments are required: --task-definition',
    ],
    [
      'a flag without its value',
      'aws ecs run-task --task-definition web --cluster',
      'aws: error: argument --cluster: expected one argument',
    ],
    [
      'a flag followed by another flag',
      'aws ecs run-task --cluster --task-definition web',
      'aws: error: argument --cluster: expected one argument',
    ],
    [
      'a list flag without values',
      'aws ecs describe-tasks --tasks',
      'aws: error: argument --tasks: expected at least one argument',
    ],
    [
      'an ambiguous abbreviation',
      'aws ecs run-task --task-definition web --c x',
      'aws: error: ambiguous option: --c could match --cluster, --count, --cli-input-json',
    ],
    [
      'a bad --output',
      'aws ecs list-clusters --output xml',
      'aws: error: argument --output: Invalid choice, valid choices are:',
    ],
  ])('reports %s after the usage block', (_name, line, message) => {
    const { stderr, exitCode } = failure(line);
    expect(exitCode).toBe(252);
    expect(stderr.startsWith(USAGE_HEAD)).toBe(true);
    expect(stderr).toContain(`\n\n${message}`);
  });

  it('reports unknown options and stray words together', () => {
    expect(failure('aws ecs list-clusters --foo bar').stderr).toBe(
      `${USAGE_HEAD}\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\nUnknown options: --foo, bar\n\n`,
    );
  });

  it.each([
    [
      'bad shorthand',
      'aws ecs run-task --task-definition web --placement-strategy type',
      "\nError parsing parameter '--placement-strategy': Expected: '=', received: 'EOF' for input:\ntype\n    ^\n",
    ],
    [
      'bad JSON',
      `aws ecs run-task --task-definition web --overrides '{"cpu":}'`,
      "\nError parsing parameter '--overrides': Invalid JSON: ",
    ],
    [
      'a number that is not one',
      'aws ecs run-task --task-definition web --count two',
      "\nError parsing parameter '--count': invalid literal for int() with base 10: 'two'\n",
    ],
    [
      'a file:// input',
      'aws ecs run-task --cli-input-json file://input.json --task-definition web',
      "\nError parsing parameter '--cli-input-json': file:// values are not available in this console",
    ],
    [
      'a file:// shorthand value',
      'aws ecs run-task --task-definition web --overrides file://o.json',
      "\nError parsing parameter '--overrides': file:// values are not available in this console",
    ],
  ])('reports %s as a parameter error', (_name, line, start) => {
    const { stderr, exitCode } = failure(line);
    expect(exitCode).toBe(252);
    expect(stderr.startsWith(start)).toBe(true);
  });

  it('reports an unterminated quote with its column', () => {
    expect(failure(`aws ecs run-task --cluster 'web`)).toEqual({
      stderr: "Unterminated single quote: the ' at column 28 is never closed. Add the closing '.\n",
      exitCode: 2,
    });
  });

  it('refuses another region, and a line that does not start with aws', () => {
    expect(failure('aws ecs list-clusters --region eu-west-1').stderr).toContain('one region, us-east-1');
    expect(failure('kubectl get pods')).toMatchObject({ exitCode: 127 });
  });
});

describe('parseCommand: global options, help and built-ins', () => {
  it('accepts global options before or after the command, and ignores --no-cli-pager', () => {
    const c = call('aws --output text ecs list-clusters --no-cli-pager --region us-east-1');
    expect(c).toMatchObject({ service: 'ecs', operation: 'ListClusters', input: {}, output: 'text' });
    expect(call('aws ecs list-clusters').output).toBe('json');
  });

  it('compiles --query', () => {
    expect(
      call(`aws ecs list-clusters --query 'clusterArns[0]'`).query?.({ clusterArns: ['a', 'b'] }),
    ).toEqual({
      ok: true,
      value: 'a',
    });
  });

  it('refuses a --query that is not JMESPath before calling anything, naming the expression', () => {
    const e = failure(`aws ecs list-clusters --query 'clusterArns[?'`);
    expect(e.exitCode).toBe(252);
    expect(e.stderr).toMatch(
      /aws: error: argument --query: Bad value for --query clusterArns\[\?: .*[Ss]yntax error/,
    );
  });

  it.each([
    ['aws help', { kind: 'help' }],
    ['aws ecs help', { kind: 'help', service: 'ecs' }],
    ['aws ecs run-task help', { kind: 'help', service: 'ecs', operation: 'RunTask' }],
    ['help', { kind: 'builtin', name: 'help' }],
    ['clear', { kind: 'builtin', name: 'clear' }],
    ['  ', { kind: 'empty' }],
  ])('recognises %s', (line, parsed) => {
    expect(parseCommand(line, fakeCatalog)).toEqual({ ok: true, value: parsed });
  });
});

describe('parseCommand: client-side parameter validation, as botocore does it before sending', () => {
  const RUN_TASK_MEMBERS =
    'cluster, taskDefinition, count, launchType, group, startedBy, enableECSManagedTags, placementConstraints, placementStrategy, networkConfiguration, overrides, tags';

  it.each([
    [
      'an unknown shorthand key',
      'aws ecs run-task --task-definition web --placement-strategy type=spread,feild=attribute:ecs.availability-zone',
      ['Unknown parameter in placementStrategy[0]: "feild", must be one of: type, field'],
    ],
    [
      'a value of the wrong type',
      `aws ecs run-task --cli-input-json '{"taskDefinition": "web", "count": "abc"}'`,
      ["Invalid type for parameter count, value: abc, type: <class 'str'>, valid types: <class 'int'>"],
    ],
    [
      'an object where a list belongs',
      `aws ecs run-task --cli-input-json '{"taskDefinition": "web", "placementStrategy": {"type": "spread"}}'`,
      [
        `Invalid type for parameter placementStrategy, value: {'type': 'spread'}, type: <class 'dict'>, valid types: <class 'list'>, <class 'tuple'>`,
      ],
    ],
    [
      'a nested member that is missing and one that is unknown, in botocore order',
      'aws ecs run-task --task-definition web --network-configuration awsvpcConfiguration={assignPublicIp=ENABLED,subnet=a}',
      [
        'Missing required parameter in networkConfiguration.awsvpcConfiguration: "subnets"',
        'Unknown parameter in networkConfiguration.awsvpcConfiguration: "subnet", must be one of: subnets, securityGroups, assignPublicIp',
      ],
    ],
    [
      'a boolean given as text, and a number in a list of strings',
      `aws ecs run-task --cli-input-json '{"taskDefinition": "web", "enableECSManagedTags": "yes", "tags": [{"key": 1}]}'`,
      [
        "Invalid type for parameter enableECSManagedTags, value: yes, type: <class 'str'>, valid types: <class 'bool'>",
        "Invalid type for parameter tags[0].key, value: 1, type: <class 'int'>, valid types: <class 'str'>",
      ],
    ],
    [
      'a missing required member and an unknown one at the top',
      `aws ecs run-task --cli-input-json '{"taskDefinitoin": "web"}'`,
      [
        'Missing required parameter in input: "taskDefinition"',
        `Unknown parameter in input: "taskDefinitoin", must be one of: ${RUN_TASK_MEMBERS}`,
      ],
    ],
  ])('refuses %s with the CLI wording and exit code 252', (_name, line, lines) => {
    expect(failure(line)).toEqual({
      stderr: `\nParameter validation failed:\n${lines.join('\n')}\n`,
      exitCode: 252,
    });
  });

  it('adds that a real member is not simulated yet to an unknown parameter', () => {
    const { stderr } = failure(
      `aws ecs run-task --cli-input-json '{"taskDefinition": "web", "volumeConfigurations": []}'`,
    );
    expect(stderr).toBe(
      `\nParameter validation failed:\nUnknown parameter in input: "volumeConfigurations", must be one of: ${RUN_TASK_MEMBERS}\n` +
        'volumeConfigurations is a real member of the RunTask request, but this sandbox does not simulate it yet.\n',
    );
  });
});

describe('parseCommand: real AWS that the sandbox does not simulate yet', () => {
  it.each([
    ['aws ecs create-service --service-name web', 'ecs', 'create-service'],
    ['aws ecs put-cluster-capacity-providers help', 'ecs', 'put-cluster-capacity-providers'],
    ['aws ecs wait services-stable', 'ecs', 'wait'],
    ['aws ec2 create-key-pair --key-name k', 'ec2', 'create-key-pair'],
  ])('says %s is real but not simulated, with a non-zero exit code', (line, service, command) => {
    expect(failure(line)).toEqual({
      stderr: `\naws ${service} ${command} is a real AWS CLI command, but this sandbox does not simulate it yet. Run aws ${service} help to see the ${service} commands it does simulate.\n`,
      exitCode: 252,
    });
  });

  it('keeps Invalid choice with suggestions for a name AWS does not have', () => {
    expect(failure('aws ecs create-servise').stderr).toContain('argument operation: Invalid choice');
  });

  it('adds to Unknown options that a flag is a real member the sandbox does not simulate yet', () => {
    const { stderr } = failure(
      'aws ec2 run-instances --image-id ami-1 --instance-type t3.micro --key-name my-key --bogus',
    );
    expect(stderr).toMatch(
      /\nUnknown options: --key-name, my-key, --bogus\n--key-name is a real option of aws ec2 run-instances, but this sandbox does not simulate it yet\.\n\n$/,
    );
  });

  it('says nothing more once the schema has the member (the fake RunInstances has SecurityGroupIds)', () => {
    expect(
      call('aws ec2 run-instances --image-id ami-1 --instance-type t3.micro --security-group-ids sg-1').input,
    ).toMatchObject({ SecurityGroupIds: ['sg-1'] });
  });
});

describe('parseCommand: --version and --help', () => {
  it.each(['aws --version', 'aws ecs list-clusters --version'])('answers %s with the version', (line) => {
    expect(parseCommand(line, fakeCatalog)).toEqual({ ok: true, value: { kind: 'version' } });
  });

  it('takes aws --help as aws help', () => {
    expect(parseCommand('aws --help', fakeCatalog)).toEqual({ ok: true, value: { kind: 'help' } });
  });
});
