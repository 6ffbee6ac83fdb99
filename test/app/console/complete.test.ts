import { describe, expect, it } from 'vitest';
import { complete } from '../../../src/app/console/index';
import { fakeCatalog } from './fakeCatalog';

const values = (line: string) => complete(line, line.length, fakeCatalog).candidates.map((c) => c.value);

describe('complete', () => {
  it.each([
    ['the command word', 'a', ['aws']],
    ['services', 'aws e', ['ec2', 'ecs']],
    [
      'operations in CLI spelling',
      'aws ecs list-',
      ['list-clusters', 'list-task-definition-families', 'list-tasks'],
    ],
    ['the values of --output', 'aws --output t', ['text', 'table']],
    [
      'enum values of the flag being filled',
      'aws ecs run-task --launch-type ',
      ['EC2', 'FARGATE', 'EXTERNAL'],
    ],
    ['enum values of a list of enums', 'aws ecs describe-tasks --tasks a --include T', ['TAGS']],
    ['shorthand keys', 'aws ecs run-task --placement-strategy ', ['type=', 'field=']],
    ['the keys not used yet', 'aws ecs run-task --placement-strategy type=spread,', ['field=']],
    ['an enum value inside shorthand', 'aws ecs run-task --placement-strategy type=b', ['binpack']],
    [
      'keys of a nested structure',
      'aws ecs run-task --network-configuration awsvpcConfiguration={subnets=[a],',
      ['securityGroups=', 'assignPublicIp='],
    ],
    [
      'an enum inside a nested structure',
      'aws ecs run-task --network-configuration awsvpcConfiguration={assignPublicIp=',
      ['ENABLED', 'DISABLED'],
    ],
    ['PascalCase shorthand keys', 'aws ec2 run-instances --iam-instance-profile N', ['Name=']],
  ])('offers %s', (_name, line, expected) => {
    expect(values(line)).toEqual(expected);
  });

  it('offers the flags not yet used, with their type and required mark', () => {
    const { candidates } = complete('aws ecs run-task --cluster web --c', 34, fakeCatalog);
    expect(candidates).toEqual([
      { value: '--count', detail: 'integer' },
      { value: '--cli-input-json', detail: 'string' },
    ]);
    expect(complete('aws ecs run-task --', 19, fakeCatalog).candidates).toContainEqual({
      value: '--task-definition',
      detail: 'string, required',
    });
  });

  it('drops both forms of a boolean flag once one is used', () => {
    const offered = values('aws ecs run-task --no-enable-ecs-managed-tags --e');
    expect(offered).not.toContain('--enable-ecs-managed-tags');
  });

  it('replaces only the shorthand fragment under the cursor', () => {
    const line = 'aws ecs run-task --placement-strategy type=spread,fi';
    expect(complete(line, line.length, fakeCatalog)).toEqual({
      from: line.length - 2,
      to: line.length,
      candidates: [{ value: 'field=', detail: 'string' }],
    });
  });

  it('completes at the cursor, not at the end of the line', () => {
    expect(complete('aws ec --output json', 6, fakeCatalog).candidates.map((c) => c.value)).toEqual([
      'ec2',
      'ecs',
    ]);
  });

  it('offers nothing for free text, unknown operations or other programs', () => {
    expect(values('aws ecs run-task --cluster ')).toEqual([]);
    expect(values('aws ecs fly ')).toEqual([]);
    expect(values('ls ')).toEqual([]);
  });
});
