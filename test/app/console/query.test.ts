import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../../src/app/console/query';

/** Responses shaped as ECS and EC2 return them (members trimmed to what the filters read). */
const listTasks = {
  taskArns: [
    'arn:aws:ecs:us-east-1:123456789012:task/web/0a1b',
    'arn:aws:ecs:us-east-1:123456789012:task/web/2c3d',
  ],
};
const describeTasks = {
  tasks: [
    {
      taskArn: 'arn:1',
      lastStatus: 'RUNNING',
      createdAt: 1_700_000_100,
      containers: [
        { name: 'web', networkInterfaces: [{ privateIpv4Address: '10.0.1.17' }] },
        { name: 'log', networkInterfaces: [] },
      ],
    },
    { taskArn: 'arn:2', lastStatus: 'PENDING', createdAt: 1_700_000_000, containers: [{ name: 'web' }] },
  ],
  failures: [],
};
const describeContainerInstances = {
  containerInstances: [
    { ec2InstanceId: 'i-0aaa', runningTasksCount: 2, status: 'ACTIVE' },
    { ec2InstanceId: 'i-0bbb', runningTasksCount: 0, status: 'ACTIVE' },
    { ec2InstanceId: 'i-0ccc', runningTasksCount: 1, status: 'DRAINING' },
  ],
};
const describeInstances = {
  Reservations: [
    {
      Instances: [
        { InstanceId: 'i-0aaa', State: { Name: 'running' }, Tags: [{ Key: 'Name', Value: 'ecs-a' }] },
        { InstanceId: 'i-0bbb', State: { Name: 'pending' }, Tags: [] },
      ],
    },
    {
      Instances: [
        { InstanceId: 'i-0ccc', State: { Name: 'running' }, Tags: [{ Key: 'Name', Value: 'ecs-c' }] },
      ],
    },
  ],
};

const run = (expr: string, data: unknown) => {
  const q = compileQuery(expr);
  if (!q.ok) throw new Error(`did not compile: ${q.error}`);
  return q.value(data);
};

describe('compileQuery: filters as AWS documentation writes them', () => {
  it.each([
    ['taskArns[0]', listTasks, 'arn:aws:ecs:us-east-1:123456789012:task/web/0a1b'],
    ['length(taskArns)', listTasks, 2],
    [
      'tasks[*].[taskArn,lastStatus]',
      describeTasks,
      [
        ['arn:1', 'RUNNING'],
        ['arn:2', 'PENDING'],
      ],
    ],
    [
      'containerInstances[?runningTasksCount > `0`].ec2InstanceId',
      describeContainerInstances,
      ['i-0aaa', 'i-0ccc'],
    ],
    ["containerInstances[?status=='DRAINING'].ec2InstanceId | [0]", describeContainerInstances, 'i-0ccc'],
    ['tasks[?lastStatus==`RUNNING`].taskArn', describeTasks, ['arn:1']], // a legacy literal, as the CLI reads it
    ['tasks[0].containers[0].networkInterfaces[0].privateIpv4Address', describeTasks, '10.0.1.17'],
    ['sort_by(tasks, &createdAt)[-1].taskArn', describeTasks, 'arn:1'],
    [
      'tasks[].{Arn: taskArn, Status: lastStatus}',
      describeTasks,
      [
        { Arn: 'arn:1', Status: 'RUNNING' },
        { Arn: 'arn:2', Status: 'PENDING' },
      ],
    ],
    ['tasks[].containers[].name', describeTasks, ['web', 'log', 'web']],
    ['tasks[*].containers[*].name', describeTasks, [['web', 'log'], ['web']]],
    ['Reservations[].Instances[].InstanceId', describeInstances, ['i-0aaa', 'i-0bbb', 'i-0ccc']],
    [
      'Reservations[*].Instances[*].[InstanceId,State.Name]',
      describeInstances,
      [
        [
          ['i-0aaa', 'running'],
          ['i-0bbb', 'pending'],
        ],
        [['i-0ccc', 'running']],
      ],
    ],
    [
      "Reservations[].Instances[?State.Name=='running'][].Tags[?Key=='Name'].Value | []",
      describeInstances,
      ['ecs-a', 'ecs-c'],
    ],
    ['tasks[*].missing', describeTasks, []],
    ['nothing.here', describeTasks, null],
    ['tasks[5]', describeTasks, null],
  ])('%s', (expr, data, expected) => {
    expect(run(expr, data)).toEqual({ ok: true, value: expected });
  });

  it('reads a response member left undefined as null', () => {
    expect(run('cluster', { cluster: undefined })).toEqual({ ok: true, value: null });
  });
});

describe('compileQuery: mistakes', () => {
  it.each([
    ['a trailing dot', 'tasks.'],
    ['an unclosed bracket', 'tasks['],
    ['an unclosed filter', 'tasks[?lastStatus==`RUNNING`'],
    ['an empty expression', ''],
    ['a stray character', 'tasks#'],
  ])('refuses %s with the parser’s reason', (_name, expr) => {
    const q = compileQuery(expr);
    expect(q.ok).toBe(false);
    expect(!q.ok && q.error).toMatch(/error/i);
  });

  it.each([
    ['a function on the wrong type', 'length(`5`)', /length\(\).*number/],
    ['an unknown function', 'tasks_count(tasks)', /Unknown function: tasks_count\(\)/],
    ['the wrong number of arguments', 'length(tasks, tasks)', /length\(\) takes 1 argument/],
  ])('compiles %s, then says why it cannot be applied', (_name, expr, reason) => {
    const result = run(expr, describeTasks);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(reason);
  });

  it('turns nesting deeper than the stack into a sentence instead of throwing', () => {
    const q = compileQuery(`tasks${'[]'.repeat(5000)}`);
    const error = q.ok ? q.value(describeTasks) : q;
    expect(error).toEqual({ ok: false, error: 'the expression nests too deeply to evaluate' });
  });
});

describe('compileQuery on any text', () => {
  // a generous bound: the patterns an earlier hand-written parser used took seconds for 2,000 blanks
  const BOUND_MS = 500;
  const timed = (expr: string) => {
    const start = performance.now();
    const q = compileQuery(expr);
    const result = q.ok ? q.value(describeTasks) : q;
    return { result, ms: performance.now() - start };
  };

  it.each([
    ['an unclosed call before many blanks', `length(${' '.repeat(5000)}x`],
    ['an unclosed bracket before many blanks', `tasks[${' '.repeat(5000)}`],
    ['an unclosed filter before many blanks', `tasks[?${' '.repeat(5000)}`],
    ['an unclosed literal', `tasks[?a==\`${'x'.repeat(5000)}`],
    ['an unclosed raw string', `tasks[?a=='${'\\'.repeat(5000)}`],
    ['deep parentheses', `${'('.repeat(3000)}tasks${')'.repeat(3000)}`],
    ['deep brackets', `${'['.repeat(3000)}`],
  ])('answers %s at once, without throwing', (_name, expr) => {
    const { result, ms } = timed(expr);
    expect(ms).toBeLessThan(BOUND_MS);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  it('compiles or refuses any text in time, and applies what compiles, without throwing', () => {
    const unit = fc.constantFrom(
      ...['l', 'e', 'n', 'g', 't', 'h', 'tasks', '(', ')', '[', ']', '*', '.', '"', "'", '`', '\\', ' ', '1'],
      ...['?', '=', '!', '<', '>', '&', '|', '{', '}', ':', ',', '@', '$', '-'],
    );
    const text = fc.oneof(
      fc.string({ unit, maxLength: 3000 }),
      fc
        .tuple(fc.string({ unit, maxLength: 8 }), fc.integer({ min: 1, max: 600 }))
        .map(([c, n]) => c.repeat(n)),
    );
    fc.assert(
      fc.property(text, (expr) => {
        const { result, ms } = timed(expr);
        expect(ms).toBeLessThan(BOUND_MS);
        if (!result.ok) expect(result.error.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
