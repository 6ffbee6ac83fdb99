import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import { STOPPED_RETENTION_SECONDS } from '../../../src/engine/lifecycle/schedule';
import EventLog from '../../../src/ui/workbench/EventLog.svelte';
import { arnName } from '../../../src/lib/arn';
import type { SimState } from '../../../src/engine';

afterEach(() => cleanup());

describe('EventLog', { timeout: 20_000 }, () => {
  it('opens a task while it exists, and its placement trace once it has left the state', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const run = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
    if (!run.ok) throw new Error(run.message);
    const arn = run.output.tasks[0]!.taskArn;
    const id = arnName(arn).slice(0, 8);
    const traceId = session.sim.state.ecs.tasks[arn]!.traceId!;

    const first = render(EventLog, { session });
    await fireEvent.click(screen.getByRole('button', { name: new RegExp(`web:1 task ${id} was placed`) }));
    expect(session.selectedTaskArn).toBe(arn);
    first.unmount();

    session.advance(60);
    session.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    session.advance(STOPPED_RETENTION_SECONDS + 120);
    expect(session.sim.state.ecs.tasks[arn]).toBeUndefined();
    render(EventLog, { session });
    const placed = screen.getByRole('button', { name: new RegExp(`^Task ${id} was placed`) });
    await fireEvent.click(placed);
    expect(session.selectedTaskArn).toBe(traceId);
    expect(session.sim.trace(traceId)?.taskArn).toBe(arn);
    // a state change of the gone task has no trace to open: plain text, not a button
    expect(
      screen.getAllByText(new RegExp(`^Task ${id} moved from`)).every((el) => el.tagName === 'SPAN'),
    ).toBe(true);
  });

  it('says when older events were dropped, and links no trace the engine no longer keeps', () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const run = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
    if (!run.ok) throw new Error(run.message);
    const arn = run.output.tasks[0]!.taskArn;
    const id = arnName(arn).slice(0, 8);
    session.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    session.advance(STOPPED_RETENTION_SECONDS + 120);
    const whole = render(EventLog, { session });
    expect(screen.queryByText(/Older events are no longer kept/)).toBeNull();
    whole.unmount();
    // what the engine's retention (src/engine/retention.ts) leaves after a long session: a count of dropped
    // events, and no trace for a task long gone
    const state = session.sim.state as unknown as SimState;
    state.retention.droppedEvents = 42;
    const placed = session.sim.events.find((e) => e.type === 'TaskPlaced' && e.taskArn === arn);
    delete state.traces[placed?.type === 'TaskPlaced' ? placed.traceId! : ''];
    render(EventLog, { session });
    expect(
      screen.getByText(/Older events are no longer kept: the sandbox keeps the newest 5,000/),
    ).toBeTruthy();
    expect(screen.getByText(new RegExp(`^Task ${id} was placed`)).tagName).toBe('SPAN');
  });
});
