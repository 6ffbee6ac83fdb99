import { describe, expect, it } from 'vitest';
import { AwsError } from '../../../../src/engine';
import { arnName } from '../../../../src/lib/arn';
import { makeWorld, nginx } from '../../lifecycle/world';

const errorOf = (fn: () => unknown): AwsError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AwsError) return e;
    throw e;
  }
  throw new Error('expected an AwsError');
};

describe('StopTask', () => {
  it('sets desiredStatus STOPPED at once with stopCode UserInitiated and the default reason', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]), { tags: [{ key: 'team', value: 'blue' }] });
    w.sim.advance(20);
    const { task } = w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arnName(arn) });
    expect(task).toMatchObject({
      taskArn: arn,
      desiredStatus: 'STOPPED',
      lastStatus: 'DEACTIVATING',
      stopCode: 'UserInitiated',
      stoppedReason: 'Task stopped by user',
      stoppingAt: '2026-01-01T00:00:20Z',
      tags: [],
    });
  });

  it.each([
    ['a given reason', 'rolling back', 'rolling back'],
    ['a blank reason', '   ', 'Task stopped by user'],
  ])('records %s as the stoppedReason', (_what, reason, expected) => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]));
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn, reason });
    w.sim.advance(60);
    expect(w.task(arn)).toMatchObject({ lastStatus: 'STOPPED', stoppedReason: expected });
  });

  it('returns an already stopped task unchanged', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx({ image: 'public.ecr.aws/ecs-sandbox/web:crash' })]));
    w.sim.advance(60);
    const before = w.task(arn);
    const { task } = w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn, reason: 'too late' });
    expect(task).toMatchObject({
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
    });
    expect(w.task(arn)).toBe(before);
  });

  it.each([
    [
      'an unknown task',
      { cluster: 'demo', task: 'feedfacefeedfacefeedfacefeedface' },
      'InvalidParameterException',
      'task',
    ],
    ['an unknown cluster', { cluster: 'nope', task: 'x' }, 'ClusterNotFoundException', 'cluster'],
    [
      'a reason over 255 characters',
      { cluster: 'demo', task: 'x', reason: 'r'.repeat(256) },
      'InvalidParameterException',
      'reason',
    ],
    ['a missing task member', { cluster: 'demo' }, 'InvalidParameterException', 'task'],
  ])('rejects %s', (_what, input, name, field) => {
    const w = makeWorld();
    const e = errorOf(() => w.sim.callByName('ecs', 'StopTask', input));
    expect(e.name).toBe(name);
    expect(e.field).toBe(field);
  });
});

describe('DescribeTasks', () => {
  it('describes tasks by id or ARN and reports unknown ones as MISSING with their full ARN', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]));
    w.sim.advance(30);
    const out = w.sim.call('ecs', 'DescribeTasks', {
      cluster: 'demo',
      tasks: [arnName(arn), 'feedfacefeedfacefeedfacefeedface'],
    });
    expect(out.tasks).toHaveLength(1);
    expect(out.tasks[0]).toMatchObject({ taskArn: arn, lastStatus: 'RUNNING', desiredStatus: 'RUNNING' });
    expect(out.tasks[0]!.pullStartedAt).toBe('2026-01-01T00:00:00Z');
    expect(out.failures).toEqual([
      {
        arn: 'arn:aws:ecs:us-east-1:123456789012:task/demo/feedfacefeedfacefeedfacefeedface',
        reason: 'MISSING',
      },
    ]);
  });

  it('includes tags only when asked with include TAGS', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]), { tags: [{ key: 'team', value: 'blue' }] });
    const plain = w.sim.call('ecs', 'DescribeTasks', { cluster: 'demo', tasks: [arn] });
    const tagged = w.sim.call('ecs', 'DescribeTasks', { cluster: 'demo', tasks: [arn], include: ['TAGS'] });
    expect(plain.tasks[0]).not.toHaveProperty('tags');
    expect(tagged.tasks[0]!.tags).toEqual([{ key: 'team', value: 'blue' }]);
  });

  it('reports a stopped task until an hour has passed, then MISSING', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('job', [{ name: 'j', image: 'busybox', memory: 64 }]));
    w.sim.advance(60);
    const first = w.sim.call('ecs', 'DescribeTasks', { cluster: 'demo', tasks: [arn] });
    expect(first.tasks[0]).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited' });
    expect(first.tasks[0]!.containers[0]).toMatchObject({ exitCode: 0, lastStatus: 'STOPPED' });
    w.sim.advance(3600);
    expect(w.sim.call('ecs', 'DescribeTasks', { cluster: 'demo', tasks: [arn] }).failures).toEqual([
      { arn, reason: 'MISSING' },
    ]);
  });

  it('rejects more than 100 tasks', () => {
    const w = makeWorld();
    const tasks = Array.from({ length: 101 }, (_, i) => `t${i}`);
    expect(errorOf(() => w.sim.call('ecs', 'DescribeTasks', { cluster: 'demo', tasks })).field).toBe('tasks');
  });
});

describe('ListTasks', () => {
  const setup = () => {
    const w = makeWorld();
    const web = w.define('web', [nginx({ portMappings: [] })]);
    const job = w.define('job', [{ name: 'j', image: 'busybox', memory: 64, command: ['sleep', '600'] }]);
    const a = w.launch(web, { startedBy: 'alice' });
    w.sim.advance(1);
    const b = w.launch(job, { startedBy: 'bob' });
    w.sim.advance(1);
    const c = w.launch(web, { launchType: 'FARGATE', group: 'service:shop' });
    w.sim.advance(30);
    return { w, a, b, c };
  };
  const list = (w: ReturnType<typeof makeWorld>, input: Record<string, unknown>) =>
    w.sim.callByName('ecs', 'ListTasks', { cluster: 'demo', ...input }) as {
      taskArns: string[];
      nextToken?: string;
    };

  it.each([
    ['no filter (desiredStatus RUNNING)', {}, ['a', 'b', 'c']],
    ['family', { family: 'job' }, ['b']],
    ['startedBy', { startedBy: 'alice' }, ['a']],
    ['serviceName', { serviceName: 'shop' }, ['c']],
    ['launchType', { launchType: 'FARGATE' }, ['c']],
    ['containerInstance', { containerInstance: 'c0ffee00c0ffee00c0ffee00c0ffee00' }, ['a', 'b']],
    ['desiredStatus STOPPED', { desiredStatus: 'STOPPED' }, []],
  ])('filters by %s', (_what, input, expected) => {
    const { w, ...arns } = setup();
    expect(list(w, input).taskArns).toEqual(expected.map((k) => arns[k as keyof typeof arns]));
  });

  it('moves a stopped task from the RUNNING list to the STOPPED list', () => {
    const { w, a, b, c } = setup();
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: a });
    expect(list(w, {}).taskArns).toEqual([b, c]);
    expect(list(w, { desiredStatus: 'STOPPED' }).taskArns).toEqual([a]);
  });

  it('pages with maxResults and nextToken', () => {
    const { w, a, b, c } = setup();
    const first = list(w, { maxResults: 2 });
    expect(first.taskArns).toEqual([a, b]);
    expect(list(w, { maxResults: 2, nextToken: first.nextToken }).taskArns).toEqual([c]);
  });

  it('rejects startedBy combined with another filter', () => {
    const { w } = setup();
    const e = errorOf(() => list(w, { startedBy: 'alice', family: 'web' }));
    expect(e.name).toBe('InvalidParameterException');
    expect(e.message).toMatch(/only filter/);
  });
});
