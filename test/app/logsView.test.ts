import { beforeAll, describe, expect, it } from 'vitest';
import {
  firstTarget,
  logEventRows,
  logGroupRows,
  logStreamRows,
  newerThan,
  taskLogTargets,
} from '../../src/app/logsView';
import {
  createSimulation,
  loadLaterEngine,
  type LogGroup,
  type LogStream,
  type SimState,
  type Simulation,
  type Task,
} from '../../src/engine';
import { fargateWeb } from '../../src/app/templates/fargateWeb';
import { arnName } from '../../src/lib/arn';

beforeAll(() => loadLaterEngine());

/** epoch ms of virtual second `t` */
const ms = (sim: Simulation, t: number) => (sim.state.startEpoch + t) * 1000;

/** Puts a stream with `lines` ([virtual second, message]) into `group` (test code: casts the read-only view away). */
function putStream(sim: Simulation, group: string, name: string, lines: [number, string][], dropped = 0) {
  const state = sim.state as unknown as SimState;
  const g: LogGroup = state.logs.groups[group] ?? {
    logGroupName: group,
    arn: `arn:aws:logs:us-east-1:123456789012:log-group:${group}`,
    creationTime: ms(sim, 0),
    createdAt: 0,
    streams: {},
  };
  const events = lines.map(([t, message]) => ({ timestamp: ms(sim, t), message, ingestionTime: ms(sim, t) }));
  const stream: LogStream = {
    logStreamName: name,
    creationTime: ms(sim, lines[0]?.[0] ?? 0),
    events,
    dropped,
    storedBytes: 0,
    ...(events.length ? { lastEventTimestamp: events[events.length - 1]!.timestamp } : {}),
  };
  state.logs.groups[group] = { ...g, streams: { ...g.streams, [name]: stream } };
}

const LOGGED = {
  logDriver: 'awslogs',
  options: {
    'awslogs-group': '/ecs/web-fargate',
    'awslogs-region': 'us-east-1',
    'awslogs-stream-prefix': 'web',
  },
} as const;

/**
 * A Fargate task of a definition whose one container is `web` with `logConfiguration`: RunTask places a task of a
 * plain definition and the test points it at this one (the start-up checks of awslogs are not what is tested).
 */
function fargateTask(sim: Simulation, family: string, logConfiguration?: object): Task {
  const definition = {
    family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/ecs-sandbox/web:v1' }],
  } as const;
  const registered = sim.call('ecs', 'RegisterTaskDefinition', {
    ...definition,
    containerDefinitions: [
      { ...definition.containerDefinitions[0], ...(logConfiguration ? { logConfiguration } : {}) },
    ],
  } as never);
  sim.call('ecs', 'RegisterTaskDefinition', { ...definition, family: 'plain' });
  if (!Object.keys(sim.state.ecs.clusters).length)
    sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
  const run = sim.call('ecs', 'RunTask', {
    taskDefinition: 'plain',
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: Object.keys(sim.state.ec2.subnets) } },
  });
  const placed = sim.state.ecs.tasks[run.tasks[0]!.taskArn] as Task;
  return stage(sim, placed, { taskDefinitionArn: registered.taskDefinition.taskDefinitionArn });
}

/** The task as if it had reached `patch` (test code: puts the record straight into the state). */
function stage(sim: Simulation, task: Task, patch: Partial<Task>): Task {
  const next = { ...task, ...patch } as Task;
  (sim.state as unknown as SimState).ecs.tasks[task.taskArn] = next;
  return next;
}

describe('the Logs tab’s groups and streams', () => {
  it('lists every group by name, with its streams, kept events, retention and newest event time', () => {
    const sim = createSimulation({ seed: 3 });
    putStream(sim, '/ecs/web', 'web/web/aaa', [
      [10, 'started'],
      [3_600, 'listening on 8080'],
    ]);
    putStream(sim, '/ecs/web', 'web/web/bbb', [[20, 'started']]);
    const rows = logGroupRows(sim.state);
    expect(rows.map((r) => r.name)).toEqual([...rows.map((r) => r.name)].sort());
    const web = rows.find((r) => r.name === '/ecs/web')!;
    expect(web).toMatchObject({ streams: 2, events: 3, retention: 'never expire' });
    expect(web.lastEventAt).toBe(new Date(ms(sim, 3_600)).toISOString().slice(11, 19));
    // an empty starting group has no "last event"
    expect(rows.find((r) => r.name === '/ecs/api')).toMatchObject({ streams: 0, events: 0 });
    expect(rows.find((r) => r.name === '/ecs/api')?.lastEventAt).toBeUndefined();
  });

  it('names a retention of one day and of several days', () => {
    const sim = createSimulation({ seed: 3 });
    const state = sim.state as unknown as SimState;
    state.logs.groups['/ecs/web'] = { ...state.logs.groups['/ecs/web']!, retentionInDays: 1 };
    state.logs.groups['/ecs/api'] = { ...state.logs.groups['/ecs/api']!, retentionInDays: 14 };
    const rows = logGroupRows(sim.state);
    expect(rows.find((r) => r.name === '/ecs/web')?.retention).toBe('1 day');
    expect(rows.find((r) => r.name === '/ecs/api')?.retention).toBe('14 days');
  });

  it('lists a group’s streams most recently written first, and nothing for a missing group', () => {
    const sim = createSimulation({ seed: 3 });
    putStream(sim, '/ecs/web', 'web/web/old', [[10, 'a']]);
    putStream(sim, '/ecs/web', 'web/web/new', [[50, 'b']]);
    putStream(sim, '/ecs/web', 'web/web/empty', []);
    expect(logStreamRows(sim.state, '/ecs/web').map((s) => s.name)).toEqual([
      'web/web/new',
      'web/web/old',
      'web/web/empty',
    ]);
    expect(logStreamRows(sim.state, '/ecs/nope')).toEqual([]);
  });
});

describe('the Logs tab’s events', () => {
  function twoStreams() {
    const sim = createSimulation({ seed: 3 });
    putStream(sim, '/ecs/web', 'web/web/a', [
      [10, 'GET /health 200'],
      [30, 'ERROR timeout calling db'],
      [30, 'GET /orders 200'],
    ]);
    putStream(sim, '/ecs/web', 'web/web/b', [
      [20, 'GET /health 500'],
      [30, 'error: disk full'],
    ]);
    return sim;
  }

  it('shows one stream oldest first, in the app’s clock format, keyed stably past the events let go', () => {
    const sim = createSimulation({ seed: 3 });
    putStream(
      sim,
      '/ecs/web',
      'web/web/a',
      [
        [61, 'first kept'],
        [62, 'second kept'],
      ],
      40,
    );
    const view = logEventRows(sim.state, { group: '/ecs/web', stream: 'web/web/a' });
    expect(view.rows.map((r) => r.message)).toEqual(['first kept', 'second kept']);
    expect(view.rows[0]).toMatchObject({
      key: 'web/web/a#40',
      at: new Date(ms(sim, 61)).toISOString().slice(11, 19),
    });
    expect(view.rows[0]!.at).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(view).toMatchObject({ matched: 2, scanned: 2, dropped: 40 });
  });

  it('interleaves every stream of a group by time when no stream is chosen (as FilterLogEvents does)', () => {
    const sim = twoStreams();
    const view = logEventRows(sim.state, { group: '/ecs/web' });
    expect(view.rows.map((r) => `${r.stream} ${r.message}`)).toEqual([
      'web/web/a GET /health 200',
      'web/web/b GET /health 500',
      'web/web/a ERROR timeout calling db',
      'web/web/a GET /orders 200',
      'web/web/b error: disk full',
    ]);
  });

  it('filters with the FilterLogEvents pattern: terms (case-sensitive), quoted phrases, -term and ?either', () => {
    const sim = twoStreams();
    const messages = (filter: string) =>
      logEventRows(sim.state, { group: '/ecs/web', filter }).rows.map((r) => r.message);
    expect(messages('ERROR')).toEqual(['ERROR timeout calling db']);
    expect(messages('GET 200')).toEqual(['GET /health 200', 'GET /orders 200']);
    expect(messages('"/health 500"')).toEqual(['GET /health 500']);
    expect(messages('GET -health')).toEqual(['GET /orders 200']);
    expect(messages('?ERROR ?error')).toEqual(['ERROR timeout calling db', 'error: disk full']);
    const view = logEventRows(sim.state, { group: '/ecs/web', filter: 'GET' });
    expect(view).toMatchObject({ matched: 3, scanned: 5 });
  });

  it('shows the engine’s message for a pattern it cannot take, and no rows', () => {
    const sim = twoStreams();
    const view = logEventRows(sim.state, { group: '/ecs/web', filter: '{ $.level = "error" }' });
    expect(view.rows).toEqual([]);
    expect(view.filterError).toMatch(/not simulated/);
  });

  it('keeps the newest matching events when there are more than it shows', () => {
    const sim = twoStreams();
    const view = logEventRows(sim.state, { group: '/ecs/web', limit: 2 });
    expect(view.rows.map((r) => r.message)).toEqual(['GET /orders 200', 'error: disk full']);
    expect(view.matched).toBe(5);
  });

  it('leaves out events past the group’s retention, as GetLogEvents does, and counts them as no longer kept', () => {
    const sim = createSimulation({ seed: 3 });
    putStream(sim, '/ecs/web', 'web/web/a', [
      [10, 'old'],
      [90_000, 'new'],
    ]);
    const state = sim.state as unknown as SimState;
    state.logs.groups['/ecs/web'] = { ...state.logs.groups['/ecs/web']!, retentionInDays: 1 };
    sim.advance(100_000);
    const view = logEventRows(sim.state, { group: '/ecs/web' });
    expect(view.rows.map((r) => r.message)).toEqual(['new']);
    expect(view).toMatchObject({ scanned: 1, dropped: 1 });
    expect(view.rows[0]!.key).toBe('web/web/a#1');
  });

  it('says when the group does not exist, and shows nothing for a stream not written yet', () => {
    const sim = twoStreams();
    expect(logEventRows(sim.state, { group: '/ecs/gone' }).missing).toBe(true);
    expect(logEventRows(sim.state, { group: '/ecs/web', stream: 'web/web/later' })).toMatchObject({
      rows: [],
      scanned: 0,
    });
  });

  it('counts the lines that arrived after the last one seen, for follow mode switched off', () => {
    const sim = twoStreams();
    const rows = logEventRows(sim.state, { group: '/ecs/web' }).rows;
    expect(newerThan(rows, rows[2]!.key)).toBe(2);
    expect(newerThan(rows, rows[4]!.key)).toBe(0);
    expect(newerThan(rows, undefined)).toBe(0);
    expect(newerThan(rows, 'scrolled-out#0')).toBe(rows.length);
  });
});

describe('a task’s logs ("View logs")', () => {
  it('finds what the awslogs driver really wrote for a running Fargate task', () => {
    const sim = createSimulation({ seed: 1 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
    sim.call('ecs', 'RegisterTaskDefinition', fargateWeb.request as never);
    const run = sim.call('ecs', 'RunTask', {
      taskDefinition: 'web-fargate',
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: Object.keys(sim.state.ec2.subnets) } },
    });
    sim.advance(300);
    const task = sim.state.ecs.tasks[run.tasks[0]!.taskArn]!;
    const [target] = taskLogTargets(sim.state, task);
    expect(target).toEqual({
      container: 'web',
      status: 'ready',
      group: '/ecs/web-fargate',
      stream: `web/web/${arnName(task.taskArn)}`,
    });
    const view = logEventRows(sim.state, {
      group: '/ecs/web-fargate',
      stream: `web/web/${arnName(task.taskArn)}`,
    });
    expect(view.rows.some((r) => r.message.includes('listening'))).toBe(true);
    // the tab and FilterLogEvents agree on what a pattern matches
    const filtered = sim.call('logs', 'FilterLogEvents', {
      logGroupName: '/ecs/web-fargate',
      filterPattern: 'listening',
    });
    expect(
      logEventRows(sim.state, { group: '/ecs/web-fargate', filter: 'listening' }).rows.map((r) => r.message),
    ).toEqual(filtered.events!.map((e) => e.message));
  });

  it('finds the stream <prefix>/<container>/<task-id> once the container has written to it', () => {
    const sim = createSimulation({ seed: 5 });
    const task = stage(sim, fargateTask(sim, 'logged', LOGGED), { lastStatus: 'RUNNING', startedAt: 30 });
    const stream = `web/web/${arnName(task.taskArn)}`;
    putStream(sim, '/ecs/web-fargate', stream, [[31, 'started']]);
    const targets = taskLogTargets(sim.state, task);
    expect(targets).toEqual([{ container: 'web', status: 'ready', group: '/ecs/web-fargate', stream }]);
    expect(firstTarget(targets)).toBe(targets[0]);
  });

  it('explains a task that has not started yet, and one that stopped before it started', () => {
    const sim = createSimulation({ seed: 5 });
    const task = stage(sim, fargateTask(sim, 'logged', LOGGED), { lastStatus: 'PENDING' });
    expect(taskLogTargets(sim.state, task)[0]).toMatchObject({ status: 'never-started' });
    expect(taskLogTargets(sim.state, task)[0]).toHaveProperty(
      'why',
      expect.stringMatching(/PENDING.*let time run/),
    );
    const stopped = stage(sim, task, {
      lastStatus: 'STOPPED',
      stoppedReason: 'ResourceInitializationError: unable to pull secrets or registry auth',
    });
    expect(taskLogTargets(sim.state, stopped)[0]).toHaveProperty(
      'why',
      expect.stringMatching(/stopped before its containers started.*ResourceInitializationError/),
    );
  });

  it('says the stream has no line yet while a started container has not written', () => {
    const sim = createSimulation({ seed: 5 });
    const task = stage(sim, fargateTask(sim, 'logged', LOGGED), { lastStatus: 'RUNNING', startedAt: 30 });
    expect(taskLogTargets(sim.state, task)[0]).toMatchObject({
      status: 'waiting',
      group: '/ecs/web-fargate',
    });
  });

  it('explains a missing group, and what awslogs-create-group would do', () => {
    const sim = createSimulation({ seed: 5 });
    const missing = { ...LOGGED, options: { ...LOGGED.options, 'awslogs-group': '/ecs/nowhere' } };
    const task = fargateTask(sim, 'missing', missing);
    const [target] = taskLogTargets(sim.state, task);
    expect(target).toMatchObject({ status: 'missing-group', group: '/ecs/nowhere' });
    expect(target).toHaveProperty(
      'why',
      expect.stringContaining('aws logs create-log-group --log-group-name /ecs/nowhere'),
    );
    const creating = fargateTask(sim, 'creating', {
      ...missing,
      options: { ...missing.options, 'awslogs-create-group': 'true' },
    });
    expect(taskLogTargets(sim.state, creating)[0]).toHaveProperty(
      'why',
      expect.stringContaining('logs:CreateLogGroup'),
    );
  });

  it('explains a container without awslogs, on Fargate and on EC2, and one with another driver', () => {
    const sim = createSimulation({ seed: 5 });
    const silent = fargateTask(sim, 'silent');
    expect(taskLogTargets(sim.state, silent)[0]).toMatchObject({ status: 'no-awslogs' });
    expect(taskLogTargets(sim.state, silent)[0]).toHaveProperty('why', expect.stringContaining('on Fargate'));
    const onEc2 = stage(sim, silent, { launchType: 'EC2' });
    expect(taskLogTargets(sim.state, onEc2)[0]).toHaveProperty('why', expect.stringContaining('json-file'));
    const splunk = fargateTask(sim, 'splunk', {
      logDriver: 'splunk',
      options: { 'splunk-url': 'https://x' },
    });
    expect(taskLogTargets(sim.state, splunk)[0]).toHaveProperty(
      'why',
      expect.stringContaining('splunk log driver'),
    );
    expect(firstTarget(taskLogTargets(sim.state, splunk))?.status).toBe('no-awslogs');
  });
});
