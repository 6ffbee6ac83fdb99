import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { logsFocus } from '../../../src/app/logsFocus.svelte';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import { loadLaterEngine, type LogGroup, type SimState } from '../../../src/engine';
import { fargateWeb } from '../../../src/app/templates/fargateWeb';
import { arnName, shortId } from '../../../src/lib/arn';
import LogsPanel from '../../../src/ui/workbench/LogsPanel.svelte';

beforeAll(() => loadLaterEngine());
afterEach(() => cleanup());

/** Puts lines ([virtual second, message]) into a stream of /ecs/web (test code: casts the read-only view away). */
function putLines(session: Session, stream: string, lines: [number, string][]) {
  const state = session.sim.state as unknown as SimState;
  const ms = (t: number) => (state.startEpoch + t) * 1000;
  const group: LogGroup = state.logs.groups['/ecs/web']!;
  const events = lines.map(([t, message]) => ({ timestamp: ms(t), message, ingestionTime: ms(t) }));
  state.logs.groups['/ecs/web'] = {
    ...group,
    streams: {
      ...group.streams,
      [stream]: {
        logStreamName: stream,
        creationTime: ms(0),
        events: [...(group.streams[stream]?.events ?? []), ...events],
        dropped: 0,
        storedBytes: 0,
        lastEventTimestamp: events[events.length - 1]!.timestamp,
      },
    },
  };
  // views re-read the simulation when the session says it changed
  session.advance(1);
}

function withLines() {
  const session = new Session(findScenario('mixed-fleet')!);
  putLines(session, 'web/web/aaa', [
    [200, 'GET /health 200'],
    [210, 'ERROR timeout calling db'],
  ]);
  putLines(session, 'web/web/bbb', [[205, 'started, listening on 8080']]);
  return session;
}

describe('LogsPanel', { timeout: 20_000 }, () => {
  it('goes from a group to its streams to their events, interleaved by time, with clock times', async () => {
    const session = withLines();
    render(LogsPanel, { session });
    const groups = screen.getByRole('list', { name: 'Log groups' });
    await fireEvent.click(within(groups).getByRole('button', { name: /^\/ecs\/web 2 streams/ }));
    const streams = screen.getByRole('list', { name: 'Log streams in /ecs/web' });
    expect(within(streams).getByRole('button', { name: 'All streams, by time' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    const events = screen.getByRole('list', { name: 'Log events, oldest first' });
    expect(
      within(events)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d web\/web\/aaa GET \/health 200$/),
      expect.stringMatching(/web\/web\/bbb started, listening on 8080$/),
      expect.stringMatching(/web\/web\/aaa ERROR timeout calling db$/),
    ]);
    await fireEvent.click(within(streams).getByRole('button', { name: /^web\/web\/bbb/ }));
    expect(
      within(screen.getByRole('list', { name: 'Log events, oldest first' })).getAllByRole('listitem'),
    ).toHaveLength(1);
  });

  it('filters with a FilterLogEvents pattern and shows why a pattern is refused', async () => {
    const session = withLines();
    logsFocus(session).group = '/ecs/web';
    render(LogsPanel, { session });
    const filter = screen.getByRole('searchbox', { name: 'Filter pattern' });
    expect(filter).toHaveAccessibleDescription(/filter-log-events/);
    await fireEvent.input(filter, { target: { value: 'GET -ERROR' } });
    const events = screen.getByRole('list', { name: 'Log events, oldest first' });
    expect(within(events).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText(/1 of 3 events match/)).toBeInTheDocument();
    await fireEvent.input(filter, { target: { value: 'nothing-like-this' } });
    expect(screen.getByText('No event matches this pattern.')).toBeInTheDocument();
    await fireEvent.input(filter, { target: { value: '{ $.level = "x" }' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/not simulated/);
    logsFocus(session).filter = '';
  });

  it('counts new lines while follow is off, and follows again on request', async () => {
    const session = withLines();
    const focus = logsFocus(session);
    focus.group = '/ecs/web';
    render(LogsPanel, { session });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Follow newest' }));
    expect(focus.follow).toBe(false);
    putLines(session, 'web/web/aaa', [
      [300, 'GET /orders 200'],
      [301, 'GET /orders 201'],
    ]);
    flushSync();
    const newer = screen.getByRole('button', { name: /2 newer lines/ });
    await fireEvent.click(newer);
    expect(focus.follow).toBe(true);
    expect(screen.queryByRole('button', { name: /newer line/ })).toBeNull();
  });

  it('opens on a task and explains why there are no logs: no awslogs on an EC2 task', () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const run = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
    if (!run.ok) throw new Error(run.message);
    const arn = run.output.tasks[0]!.taskArn;
    logsFocus(session).showTask(arn);
    render(LogsPanel, { session });
    expect(
      screen.getByRole('heading', { name: `Logs of task ${shortId(arnName(arn))}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/no logConfiguration: Docker keeps its output on the instance/),
    ).toBeInTheDocument();
  });

  it('shows what a running Fargate task’s container really wrote, from "View logs"', () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const registered = session.call('ecs', 'RegisterTaskDefinition', fargateWeb.request);
    if (!registered.ok) throw new Error(registered.message);
    const run = session.call('ecs', 'RunTask', {
      cluster: 'demo',
      taskDefinition: 'web-fargate',
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: Object.keys(session.sim.state.ec2.subnets) } },
    });
    if (!run.ok) throw new Error(run.message);
    const arn = run.output.tasks[0]!.taskArn;
    logsFocus(session).showTask(arn);
    render(LogsPanel, { session });
    // not started yet: the chosen stream is listed as not written, and the reason is given
    expect(screen.getByText('not written yet')).toBeInTheDocument();
    expect(screen.getByText(/its containers have not started/)).toBeInTheDocument();
    session.advance(300);
    flushSync();
    const events = screen.getByRole('list', { name: 'Log events, oldest first' });
    expect(events).toHaveTextContent(/listening/);
    expect(screen.getByRole('heading', { name: `Events in web/web/${arnName(arn)}` })).toBeInTheDocument();
  });

  it('explains a missing log group and creates it on request, keeping the task’s stream chosen', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const [web] = fargateWeb.request.containerDefinitions;
    const registered = session.call('ecs', 'RegisterTaskDefinition', {
      ...fargateWeb.request,
      family: 'new-app',
      containerDefinitions: [
        {
          ...web!,
          logConfiguration: {
            ...web!.logConfiguration!,
            options: { ...web!.logConfiguration!.options, 'awslogs-group': '/ecs/new-app' },
          },
        },
      ],
    });
    if (!registered.ok) throw new Error(registered.message);
    const run = session.call('ecs', 'RunTask', {
      cluster: 'demo',
      taskDefinition: 'new-app',
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: Object.keys(session.sim.state.ec2.subnets) } },
    });
    if (!run.ok) throw new Error(run.message);
    logsFocus(session).showTask(run.output.tasks[0]!.taskArn);
    render(LogsPanel, { session });
    expect(screen.getByText(/Log group \/ecs\/new-app does not exist/)).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Create log group /ecs/new-app' }));
    expect(session.sim.state.logs.groups['/ecs/new-app']).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Streams in /ecs/new-app' })).toBeInTheDocument();
    expect(logsFocus(session).stream).toBe(`web/web/${arnName(run.output.tasks[0]!.taskArn)}`);
  });

  it('explains an empty account', () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const groups = (session.sim.state as unknown as SimState).logs.groups;
    for (const name of Object.keys(groups)) delete groups[name];
    render(LogsPanel, { session });
    expect(screen.getByText(/No log groups yet/)).toBeInTheDocument();
  });
});
