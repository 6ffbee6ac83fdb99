import { describe, expect, it } from 'vitest';
import { closeMatches, formatJson, formatText, serviceError } from '../../../src/app/console/format';

describe('formatJson', () => {
  it('indents 4 spaces and keeps non-ASCII text', () => {
    expect(formatJson({ clusterArns: ['arn:é'], n: 1 })).toBe(
      '{\n    "clusterArns": [\n        "arn:é"\n    ],\n    "n": 1\n}\n',
    );
  });

  it('prints nothing for an empty response but prints an empty list or a null selection', () => {
    expect(formatJson({})).toBe('');
    expect(formatJson([])).toBe('[]\n');
    expect(formatJson(null)).toBe('null\n');
  });
});

describe('formatText', () => {
  it.each([
    ['a list of scalars on one line', { clusterArns: ['a', 'b'] }, 'CLUSTERARNS\ta\nCLUSTERARNS\tb\n'],
    ['a bare list from a query', ['a', 'b'], 'a\tb\n'],
    ['a bare scalar', 'arn:1', 'arn:1\n'],
    [
      'objects in a list as rows of their sorted scalar members',
      {
        tasks: [
          { taskArn: 't1', lastStatus: 'RUNNING', containers: [{ name: 'web' }] },
          { taskArn: 't2', lastStatus: 'STOPPED' },
        ],
      },
      'TASKS\tRUNNING\tt1\nCONTAINERS\tweb\nTASKS\tSTOPPED\tt2\n',
    ],
    ['booleans and nulls as Python prints them', { a: true, b: false, c: null }, 'True\tFalse\tNone\n'],
    ['nothing for an empty list', { failures: [] }, ''],
  ])('prints %s', (_name, value, expected) => {
    expect(formatText(value)).toBe(expected);
  });
});

describe('serviceError', () => {
  it('uses the CLI sentence and exit code 254', () => {
    expect(serviceError('ClusterNotFoundException', 'RunTask', 'Cluster not found.')).toEqual({
      stderr:
        'An error occurred (ClusterNotFoundException) when calling the RunTask operation: Cluster not found.\n',
      exitCode: 254,
    });
  });
});

describe('closeMatches', () => {
  it('suggests names at least 80% similar, best first', () => {
    expect(closeMatches('run-tsk', ['run-task', 'list-tasks', 'stop-task'])).toEqual(['run-task']);
    expect(closeMatches('xyz', ['run-task'])).toEqual([]);
  });
});
