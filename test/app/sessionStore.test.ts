import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';
import {
  loadSandbox,
  parseSandbox,
  restoreSandbox,
  SANDBOX_KEY,
  saveSandbox,
} from '../../src/app/sessionStore';
import { memoryStore } from './exam/fixtures';

const fleet = findScenario('mixed-fleet')!;
const STAMP = '2026-01-10T09-00-00-000Z';
const state = (s: Session) => JSON.stringify(s.sim.state);

/** A sandbox with work in it: tasks run, time moved on, one call undone and redone. */
function busySession(): Session {
  const s = new Session(fleet);
  s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
  s.advance(45);
  s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 });
  s.advance(12.5);
  return s;
}

describe('sandbox store', () => {
  it('saves a session and restores it by replay to the same state, calls and clock', () => {
    const store = memoryStore();
    const before = busySession();
    expect(saveSandbox(store, before.snapshot()).ok).toBe(true);

    const after = new Session(fleet);
    expect(restoreSandbox(after, store, STAMP, findScenario)).toBeUndefined();
    expect(state(after)).toBe(state(before));
    expect(after.calls).toEqual(before.calls);
    expect(after.now).toBe(before.now);
    expect(after.origin).toBe(before.origin);
    after.undo();
    expect(Object.keys(after.sim.state.ecs.tasks)).toHaveLength(2);
  });

  it('restores a session scrubbed back in time with its future still ahead', () => {
    const store = memoryStore();
    const before = busySession();
    before.scrubTo(before.origin + 10);
    saveSandbox(store, before.snapshot());
    const after = new Session(findScenario('empty')!);
    restoreSandbox(after, store, STAMP, findScenario);
    expect(after.scenario.id).toBe('mixed-fleet');
    expect(after.applied).toBe(1);
    expect(after.calls).toHaveLength(2);
    expect(after.horizon).toBe(before.horizon);
    expect(state(after)).toBe(state(before));
  });

  it('starts fresh with nothing to say when nothing was saved', () => {
    const s = new Session(fleet);
    expect(restoreSandbox(s, memoryStore(), STAMP, findScenario)).toBeUndefined();
    expect(s.calls).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{oops', /not valid JSON/],
    ['a record from a newer build', JSON.stringify({ version: 9 }), /newer version/],
    [
      'a call without a time',
      JSON.stringify({
        version: 1,
        scenarioId: 'mixed-fleet',
        seed: 7,
        calls: [{ service: 'ecs', operation: 'RunTask', input: {} }],
        applied: 1,
        time: 200,
        horizon: 200,
      }),
      /"calls\.0\.at" is missing/,
    ],
    [
      'more calls applied than recorded',
      JSON.stringify({
        version: 1,
        scenarioId: 'mixed-fleet',
        seed: 7,
        calls: [],
        applied: 2,
        time: 1,
        horizon: 1,
      }),
      /"applied"/,
    ],
  ])('sets %s aside with a message and keeps the fresh session', (_, text, problem) => {
    const store = memoryStore({ [SANDBOX_KEY]: text });
    const s = new Session(fleet);
    const warning = restoreSandbox(s, store, STAMP, findScenario);
    expect(warning).toMatch(problem);
    expect(warning).toContain(`${SANDBOX_KEY}:corrupt:${STAMP}`);
    expect(store.data.get(`${SANDBOX_KEY}:corrupt:${STAMP}`)).toBe(text);
    expect(s.calls).toEqual([]);
  });

  it('sets aside a record whose calls no longer replay, naming the engine error', () => {
    const saved = {
      version: 1,
      scenarioId: 'mixed-fleet',
      seed: 7,
      calls: [
        { at: 130, service: 'ecs', operation: 'RunTask', input: { cluster: 'gone', taskDefinition: 'web' } },
      ],
      applied: 1,
      time: 130,
      horizon: 130,
    };
    const store = memoryStore({ [SANDBOX_KEY]: JSON.stringify(saved) });
    const s = new Session(fleet);
    const before = state(s);
    const warning = restoreSandbox(s, store, STAMP, findScenario);
    expect(warning).toMatch(/could not be restored: .*gone/);
    expect(store.data.has(`${SANDBOX_KEY}:corrupt:${STAMP}`)).toBe(true);
    expect(state(s)).toBe(before);
    expect(s.calls).toEqual([]);
  });

  it('sets aside a record of a scenario that no longer exists, or whose seed changed', () => {
    const unknown = {
      version: 1,
      scenarioId: 'retired',
      seed: 7,
      calls: [],
      applied: 0,
      time: 0,
      horizon: 0,
    };
    const reseeded = { ...unknown, scenarioId: 'mixed-fleet', seed: 8 };
    const s = new Session(fleet);
    expect(
      restoreSandbox(s, memoryStore({ [SANDBOX_KEY]: JSON.stringify(unknown) }), STAMP, findScenario),
    ).toMatch(/scenario "retired" no longer exists/);
    expect(
      restoreSandbox(s, memoryStore({ [SANDBOX_KEY]: JSON.stringify(reseeded) }), STAMP, findScenario),
    ).toMatch(/seed 8.*changed/);
  });

  it('reports storage that refuses to be read instead of throwing', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadSandbox(blocked, STAMP).warning).toMatch(/cannot be saved in this browser/);
    expect(saveSandbox(blocked, new Session(fleet).snapshot())).toMatchObject({ ok: false });
  });

  it('keeps the saved record in a versioned shape that parses back', () => {
    const store = memoryStore();
    const s = busySession();
    saveSandbox(store, s.snapshot());
    const parsed = parseSandbox(store.data.get(SANDBOX_KEY)!);
    expect(parsed.ok && parsed.value).toMatchObject({
      version: 1,
      scenarioId: 'mixed-fleet',
      seed: 7,
      applied: 2,
    });
  });
});

describe('Session scenario switch', () => {
  it('keeps the previous session on a switch and restores it exactly', () => {
    const s = busySession();
    const before = state(s);
    expect(s.hasWork).toBe(true);
    s.switchTo(findScenario('full-cluster')!);
    expect(s.scenario.id).toBe('full-cluster');
    expect(s.hasWork).toBe(false);
    expect(s.previous?.scenario.id).toBe('mixed-fleet');
    s.restorePrevious();
    expect(s.scenario.id).toBe('mixed-fleet');
    expect(state(s)).toBe(before);
    // the one left behind can be brought back in turn
    expect(s.previous?.scenario.id).toBe('full-cluster');
  });

  it('counts tasks that wait for time to pass', () => {
    const s = new Session(fleet);
    s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    expect(s.waitingTasks).toBe(2);
    s.runUntilIdle();
    expect(s.waitingTasks).toBe(0);
  });
});
