import { describe, expect, it } from 'vitest';
import { createSimulation, isAwsError, type SimState, type Simulation } from '../../../../src/engine';
import { EngineContext } from '../../../../src/engine/context';
import { appendLogEvents } from '../../../../src/engine/logs/streams';

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return isAwsError(e) ? `${e.name}: ${e.message}` : String(e);
  }
  return 'accepted';
};

/** A simulation with group /app holding streams a (3 lines) and b (2 lines), written at 10–50 s. */
function withEvents(): Simulation {
  const sim = createSimulation({ seed: 2 });
  sim.call('logs', 'CreateLogGroup', { logGroupName: '/app' });
  const state = sim.state as unknown as SimState;
  const ctx = new EngineContext(state);
  appendLogEvents(ctx, '/app', 'web/a', [
    { at: 10, message: 'INFO started' },
    { at: 30, message: 'ERROR GET /health 503: timeout' },
    { at: 50, message: 'INFO GET /health 200' },
  ]);
  appendLogEvents(ctx, '/app', 'web/b', [
    { at: 20, message: 'ERROR disk full' },
    { at: 40, message: 'WARN slow request' },
  ]);
  return sim;
}

const ms = (sim: Simulation, t: number) => (sim.state.startEpoch + t) * 1000;

describe('logs groups', () => {
  it('creates a group once: a second time is ResourceAlreadyExistsException', () => {
    const sim = createSimulation({ seed: 1 });
    sim.call('logs', 'CreateLogGroup', { logGroupName: '/ecs/new' });
    expect(refusal(() => sim.call('logs', 'CreateLogGroup', { logGroupName: '/ecs/new' }))).toBe(
      'ResourceAlreadyExistsException: The specified log group already exists',
    );
    expect(refusal(() => sim.call('logs', 'CreateLogGroup', { logGroupName: 'bad name!' }))).toMatch(
      /^InvalidParameterException/,
    );
    const [group] = sim.call('logs', 'DescribeLogGroups', { logGroupNamePrefix: '/ecs/new' }).logGroups;
    expect(group).toEqual({
      logGroupName: '/ecs/new',
      creationTime: ms(sim, 0),
      metricFilterCount: 0,
      arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/ecs/new:*',
      storedBytes: 0,
      logGroupClass: 'STANDARD',
      logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/ecs/new',
    });
  });

  it('lists the starting account in name order, by prefix, by pattern and by page', () => {
    const sim = createSimulation({ seed: 1 });
    const names = (input: Record<string, unknown>) =>
      sim.callByName('logs', 'DescribeLogGroups', input) as {
        logGroups: Array<{ logGroupName: string }>;
        nextToken?: string;
      };
    expect(names({}).logGroups.map((g) => g.logGroupName)).toEqual([
      '/ecs/api',
      '/ecs/render',
      '/ecs/web',
      '/ecs/web-fargate',
    ]);
    expect(names({ logGroupNamePrefix: '/ecs/web' }).logGroups).toHaveLength(2);
    expect(names({ logGroupNamePattern: 'FARGATE' }).logGroups.map((g) => g.logGroupName)).toEqual([
      '/ecs/web-fargate',
    ]);
    const first = names({ limit: 3 });
    expect(first.logGroups).toHaveLength(3);
    expect(names({ limit: 3, nextToken: first.nextToken }).logGroups.map((g) => g.logGroupName)).toEqual([
      '/ecs/web-fargate',
    ]);
    expect(refusal(() => names({ logGroupNamePrefix: '/ecs', logGroupNamePattern: 'web' }))).toMatch(
      /mutually exclusive/,
    );
  });

  it('deletes a group with its streams; a missing group is ResourceNotFoundException', () => {
    const sim = withEvents();
    sim.call('logs', 'DeleteLogGroup', { logGroupName: '/app' });
    expect(sim.state.logs.groups['/app']).toBeUndefined();
    expect(refusal(() => sim.call('logs', 'DeleteLogGroup', { logGroupName: '/app' }))).toBe(
      'ResourceNotFoundException: The specified log group does not exist.',
    );
  });

  it('sets and removes retention; only the periods CloudWatch Logs knows', () => {
    const sim = withEvents();
    sim.call('logs', 'PutRetentionPolicy', { logGroupName: '/app', retentionInDays: 7 });
    expect(
      sim.call('logs', 'DescribeLogGroups', { logGroupNamePrefix: '/app' }).logGroups[0]!.retentionInDays,
    ).toBe(7);
    expect(
      refusal(() => sim.call('logs', 'PutRetentionPolicy', { logGroupName: '/app', retentionInDays: 2 })),
    ).toMatch(/^InvalidParameterException: 1 validation error detected: Value '2' at 'retentionInDays'/);
    expect(
      refusal(() => sim.call('logs', 'PutRetentionPolicy', { logGroupName: '/none', retentionInDays: 1 })),
    ).toBe('ResourceNotFoundException: The specified log group does not exist.');
    sim.call('logs', 'DeleteRetentionPolicy', { logGroupName: '/app' });
    expect(
      sim.call('logs', 'DescribeLogGroups', { logGroupNamePrefix: '/app' }).logGroups[0]!.retentionInDays,
    ).toBeUndefined();
  });
});

describe('logs streams', () => {
  it('lists streams by name or by last event time; a prefix cannot go with LastEventTime', () => {
    const sim = withEvents();
    sim.call('logs', 'CreateLogStream', { logGroupName: '/app', logStreamName: 'other' });
    const list = (input: Record<string, unknown>) =>
      (
        sim.callByName('logs', 'DescribeLogStreams', { logGroupName: '/app', ...input }) as {
          logStreams: Array<{ logStreamName: string; lastEventTimestamp?: number; arn: string }>;
        }
      ).logStreams;
    expect(list({}).map((s) => s.logStreamName)).toEqual(['other', 'web/a', 'web/b']);
    expect(list({ orderBy: 'LastEventTime', descending: true }).map((s) => s.logStreamName)).toEqual([
      'web/a',
      'web/b',
      'other',
    ]);
    expect(list({ logStreamNamePrefix: 'web/' })[0]).toMatchObject({
      logStreamName: 'web/a',
      lastEventTimestamp: ms(sim, 50),
      arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/app:log-stream:web/a',
    });
    expect(refusal(() => list({ orderBy: 'LastEventTime', logStreamNamePrefix: 'web' }))).toBe(
      'InvalidParameterException: Cannot order by LastEventTime with a logStreamNamePrefix.',
    );
    expect(
      refusal(() => sim.call('logs', 'CreateLogStream', { logGroupName: '/app', logStreamName: 'other' })),
    ).toBe('ResourceAlreadyExistsException: The specified log stream already exists');
    expect(refusal(() => list({ logGroupIdentifier: '/app' }))).toBe(
      'ValidationException: LogGroup name and LogGroup ARN are mutually exclusive parameters.',
    );
  });

  it('finds the group by its ARN (logGroupArn, without the trailing :*)', () => {
    const sim = withEvents();
    const out = sim.call('logs', 'DescribeLogStreams', {
      logGroupIdentifier: 'arn:aws:logs:us-east-1:123456789012:log-group:/app',
    });
    expect(out.logStreams).toHaveLength(2);
  });
});

describe('logs GetLogEvents', () => {
  it('returns the newest events by default and the oldest from the head, with tokens that page', () => {
    const sim = withEvents();
    const get = (input: Record<string, unknown>) =>
      sim.callByName('logs', 'GetLogEvents', { logGroupName: '/app', logStreamName: 'web/a', ...input }) as {
        events: Array<{ message: string; timestamp: number }>;
        nextForwardToken: string;
        nextBackwardToken: string;
      };
    expect(get({ limit: 2 }).events.map((e) => e.message)).toEqual([
      'ERROR GET /health 503: timeout',
      'INFO GET /health 200',
    ]);
    const head = get({ limit: 2, startFromHead: true });
    expect(head.events.map((e) => e.message)).toEqual(['INFO started', 'ERROR GET /health 503: timeout']);
    expect(head.nextForwardToken).toMatch(/^f\/\d{56}$/);
    const next = get({ limit: 2, nextToken: head.nextForwardToken });
    expect(next.events.map((e) => e.message)).toEqual(['INFO GET /health 200']);
    // at the end the same token comes back with nothing: how a reader follows a stream
    const end = get({ nextToken: next.nextForwardToken });
    expect(end.events).toEqual([]);
    expect(end.nextForwardToken).toBe(next.nextForwardToken);
    // new lines show up behind that token
    appendLogEvents(new EngineContext(sim.state as unknown as SimState), '/app', 'web/a', [
      { at: 60, message: 'INFO more' },
    ]);
    expect(get({ nextToken: end.nextForwardToken }).events.map((e) => e.message)).toEqual(['INFO more']);
    // and back
    expect(get({ nextToken: next.nextBackwardToken }).events.map((e) => e.message)).toEqual([
      'INFO started',
      'ERROR GET /health 503: timeout',
    ]);
    expect(get({ startTime: ms(sim, 30), endTime: ms(sim, 50) }).events.map((e) => e.message)).toEqual([
      'ERROR GET /health 503: timeout',
    ]);
  });

  it('answers the real errors for a missing stream or group', () => {
    const sim = withEvents();
    expect(
      refusal(() => sim.call('logs', 'GetLogEvents', { logGroupName: '/app', logStreamName: 'nope' })),
    ).toBe('ResourceNotFoundException: The specified log stream does not exist.');
    expect(
      refusal(() => sim.call('logs', 'GetLogEvents', { logGroupName: '/nope', logStreamName: 'x' })),
    ).toBe('ResourceNotFoundException: The specified log group does not exist.');
    expect(
      refusal(() =>
        sim.call('logs', 'GetLogEvents', { logGroupName: '/app', logStreamName: 'web/a', nextToken: 'zzz' }),
      ),
    ).toMatch(/^InvalidParameterException/);
  });
});

describe('logs FilterLogEvents', () => {
  const filter = (sim: Simulation, input: Record<string, unknown>) =>
    (
      sim.callByName('logs', 'FilterLogEvents', { logGroupName: '/app', ...input }) as {
        events: Array<{ message: string; logStreamName: string; eventId: string }>;
      }
    ).events;

  it('interleaves the streams oldest first', () => {
    const sim = withEvents();
    expect(filter(sim, {}).map((e) => e.message)).toEqual([
      'INFO started',
      'ERROR disk full',
      'ERROR GET /health 503: timeout',
      'WARN slow request',
      'INFO GET /health 200',
    ]);
    expect(new Set(filter(sim, {}).map((e) => e.eventId)).size).toBe(5);
  });

  it.each([
    ['ERROR', ['ERROR disk full', 'ERROR GET /health 503: timeout']],
    ['ERROR health', ['ERROR GET /health 503: timeout']],
    ['"GET /health"', ['ERROR GET /health 503: timeout', 'INFO GET /health 200']],
    ['"GET /health" -ERROR', ['INFO GET /health 200']],
    ['?WARN ?disk', ['ERROR disk full', 'WARN slow request']],
    ['error', []],
    [
      '',
      [
        'INFO started',
        'ERROR disk full',
        'ERROR GET /health 503: timeout',
        'WARN slow request',
        'INFO GET /health 200',
      ],
    ],
  ])('pattern %s', (pattern, expected) => {
    expect(filter(withEvents(), { filterPattern: pattern }).map((e) => e.message)).toEqual(expected);
  });

  it('limits to the streams named or prefixed, and refuses JSON patterns it does not simulate', () => {
    const sim = withEvents();
    expect(filter(sim, { logStreamNames: ['web/b'] }).map((e) => e.logStreamName)).toEqual([
      'web/b',
      'web/b',
    ]);
    expect(filter(sim, { logStreamNamePrefix: 'web/a' })).toHaveLength(3);
    expect(refusal(() => filter(sim, { filterPattern: '{ $.level = "error" }' }))).toMatch(/not simulated/);
    expect(refusal(() => filter(sim, { logStreamNames: ['web/a'], logStreamNamePrefix: 'web' }))).toMatch(
      /mutually exclusive/,
    );
  });
});

describe('logs PutLogEvents', () => {
  it('writes a batch to an existing stream, setting aside what is too old or too new', () => {
    const sim = withEvents();
    sim.advance(3600);
    const now = ms(sim, 3600);
    const out = sim.call('logs', 'PutLogEvents', {
      logGroupName: '/app',
      logStreamName: 'web/b',
      logEvents: [
        { timestamp: now - 15 * 86_400_000, message: 'ancient' },
        { timestamp: now - 1000, message: 'hello' },
        { timestamp: now, message: 'world' },
        { timestamp: now + 3 * 3_600_000, message: 'future' },
      ],
    });
    expect(out).toEqual({
      rejectedLogEventsInfo: { tooNewLogEventStartIndex: 3, tooOldLogEventEndIndex: 0 },
    });
    const get = sim.call('logs', 'GetLogEvents', { logGroupName: '/app', logStreamName: 'web/b', limit: 2 });
    expect(get.events.map((e) => [e.message, e.timestamp])).toEqual([
      ['hello', now - 1000],
      ['world', now],
    ]);
  });

  it('refuses a batch out of order, and a stream that does not exist', () => {
    const sim = withEvents();
    const put = (stream: string, stamps: number[]) => () =>
      sim.call('logs', 'PutLogEvents', {
        logGroupName: '/app',
        logStreamName: stream,
        logEvents: stamps.map((timestamp) => ({ timestamp, message: 'x' })),
      });
    expect(refusal(put('web/a', [ms(sim, 2), ms(sim, 1)]))).toBe(
      'InvalidParameterException: Log events in a single PutLogEvents request must be in chronological order.',
    );
    expect(refusal(put('nope', [ms(sim, 1)]))).toBe(
      'ResourceNotFoundException: The specified log stream does not exist.',
    );
  });
});
