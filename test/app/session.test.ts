import { describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { findScenario } from '../../src/app/scenarios';
import { replay } from '../../src/app/timeline';

const fleet = findScenario('mixed-fleet')!;
const runWeb = (s: Session, count = 2) =>
  s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count });
const taskCount = (s: Session) => Object.keys(s.sim.state.ecs.tasks).length;
const snapshot = (s: Session) => JSON.stringify(s.sim.state);

describe('Session', () => {
  it('opens on a ready scenario: six registered instances and no learner calls', () => {
    const s = new Session(fleet);
    expect(
      Object.values(s.sim.state.ecs.containerInstances).filter((c) => c.status === 'ACTIVE'),
    ).toHaveLength(6);
    expect(s.calls).toEqual([]);
    expect(s.canUndo).toBe(false);
  });

  it('records a change, answers a rejected call with the AWS error and records nothing', () => {
    const s = new Session(fleet);
    expect(runWeb(s).ok).toBe(true);
    const bad = s.call('ecs', 'RunTask', { cluster: 'nope', taskDefinition: 'web' });
    expect(bad).toMatchObject({ ok: false, name: 'ClusterNotFoundException' });
    expect(s.calls).toHaveLength(1);
  });

  it('does not record reads', () => {
    const s = new Session(fleet);
    expect(s.call('ecs', 'ListClusters', {}).ok).toBe(true);
    expect(s.calls).toEqual([]);
  });

  it('undo returns to exactly the state before the call, and redo brings it back', () => {
    const s = new Session(fleet);
    const before = snapshot(s);
    runWeb(s);
    s.advance(60);
    const after = snapshot(s);
    s.undo();
    expect(snapshot(s)).toBe(before);
    s.redo();
    s.advance(60);
    expect(snapshot(s)).toBe(after);
  });

  it('scrubbing to the start hides the learner calls; scrubbing back to the end restores them', () => {
    const s = new Session(fleet);
    runWeb(s);
    s.advance(90);
    const end = s.now;
    const atEnd = snapshot(s);
    s.scrubTo(s.origin);
    expect(taskCount(s)).toBe(0);
    s.scrubTo(end);
    expect(snapshot(s)).toBe(atEnd);
  });

  it('a new call after scrubbing back discards the old future', () => {
    const s = new Session(fleet);
    runWeb(s, 1);
    s.advance(30);
    runWeb(s, 1);
    s.scrubTo(s.origin + 10);
    runWeb(s, 3);
    expect(s.calls).toHaveLength(2);
    expect((s.calls[1]!.input as { count: number }).count).toBe(3);
  });

  it('restores a checkpoint exactly (how a shown solution is taken back)', () => {
    const s = new Session(fleet);
    runWeb(s, 1);
    const point = s.checkpoint();
    const saved = snapshot(s);
    runWeb(s, 3);
    s.advance(120);
    s.restore(point);
    expect(snapshot(s)).toBe(saved);
  });

  it('replays deterministically: the same calls give the same state', () => {
    const s = new Session(fleet);
    runWeb(s, 3);
    s.advance(45);
    expect(JSON.stringify(replay(fleet, s.calls, s.now).state)).toBe(snapshot(s));
  });

  it('steps to the next scheduled event and runs until idle', () => {
    const s = new Session(fleet);
    runWeb(s, 1);
    const t0 = s.now;
    s.stepToNextEvent();
    expect(s.now).toBeGreaterThan(t0);
    s.runUntilIdle();
    expect(Object.values(s.sim.state.ecs.tasks).every((t) => t.lastStatus === 'RUNNING')).toBe(true);
  });

  it('moves on to run work a call scheduled for its own instant (a new service), and replays it the same', () => {
    const s = new Session(fleet);
    s.call('ecs', 'CreateService', {
      cluster: 'demo',
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 2,
    });
    const t0 = s.now;
    s.stepToNextEvent();
    expect(s.now).toBe(t0 + 1);
    s.runUntilIdle();
    const tasks = Object.values(s.sim.state.ecs.tasks);
    expect(tasks.map((t) => [t.group, t.lastStatus])).toEqual([
      ['service:web', 'RUNNING'],
      ['service:web', 'RUNNING'],
    ]);
    expect(snapshot(s)).toBe(JSON.stringify(replay(fleet, s.calls, s.now).state));
  });
});
