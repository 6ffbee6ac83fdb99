import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../../src/app/console/query';

const response = {
  tasks: [
    { taskArn: 'arn:1', lastStatus: 'RUNNING', containers: [{ name: 'web' }, { name: 'log' }] },
    { taskArn: 'arn:2', lastStatus: 'PENDING', containers: [{ name: 'web' }] },
  ],
  failures: [],
  cluster: { clusterName: 'web', 'weird-key': 1 },
};

describe('compileQuery', () => {
  it.each([
    ['cluster.clusterName', 'web'],
    ['tasks[0].taskArn', 'arn:1'],
    ['tasks[-1].lastStatus', 'PENDING'],
    ['tasks[*].taskArn', ['arn:1', 'arn:2']],
    ['tasks[*].containers[*].name', [['web', 'log'], ['web']]],
    ['tasks[].containers[].name', ['web', 'log', 'web']],
    ['tasks[*].missing', []],
    ['length(tasks)', 2],
    ['length(failures)', 0],
    ['cluster."weird-key"', 1],
    ['nothing.here', null],
    ['tasks[5]', null],
  ])('selects %s', (expr, expected) => {
    const q = compileQuery(expr);
    expect(q.ok && q.value(response)).toEqual(expected);
  });

  it.each(['tasks[?lastStatus==`RUNNING`]', '{a: b}', 'a.', 'sort(tasks)'])(
    'says %s is not supported',
    (expr) => {
      const q = compileQuery(expr);
      expect(!q.ok && q.error).toContain('This console supports a.b, a[0], a[*].b, a[].b and length(a)');
    },
  );
});
