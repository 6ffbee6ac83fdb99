import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/app/scenarios';
import { MAX_CHECKPOINTS, replay, Timeline, type TimedCall } from '../../src/app/timeline';

const fleet = findScenario('mixed-fleet')!;
const json = (sim: { state: unknown }) => JSON.stringify(sim.state);

/** A live session on the timeline: a RunTask each simulated minute, the oldest task stopped past six. */
function liveSession(minutes: number) {
  const timeline = new Timeline(fleet);
  const sim = timeline.start();
  const calls: TimedCall[] = [];
  const running: string[] = [];
  const call = (operation: string, input: Record<string, unknown>) => {
    const out = sim.callByName('ecs', operation, input) as { tasks?: Array<{ taskArn: string }> };
    calls.push(sim.history.at(-1)!);
    timeline.offer(sim, calls.length, calls.at(-1));
    return out;
  };
  for (let m = 0; m < minutes; m++) {
    running.push(
      ...(call('RunTask', { cluster: 'demo', taskDefinition: 'web' }).tasks ?? []).map((t) => t.taskArn),
    );
    if (running.length > 6) call('StopTask', { cluster: 'demo', task: running.shift()! });
    sim.advance(60);
    timeline.offer(sim, calls.length, calls.at(-1));
  }
  return { timeline, sim, calls };
}

const inEffect = (calls: ReadonlyArray<TimedCall>, t: number) => calls.filter((c) => c.at <= t);

describe('Timeline', () => {
  it('rebuilds any moment exactly as a replay from the start does, starting from a checkpoint', () => {
    const { timeline, sim, calls } = liveSession(90);
    expect(timeline.checkpoints).toBeGreaterThan(3);
    const end = sim.now;
    expect(json(timeline.rebuild(calls, end))).toBe(json(sim));
    for (const t of [timeline.origin, timeline.origin + 1, end - 2000.5, end - 61, end - 3600, end]) {
      expect(json(timeline.rebuild(inEffect(calls, t), t))).toBe(json(replay(fleet, calls, t)));
    }
  });

  it('does not start from a checkpoint of an abandoned future', () => {
    const { timeline, sim, calls } = liveSession(60);
    // back to minute 20, then a different call: the checkpoints after minute 20 no longer apply
    const t = timeline.origin + 20 * 60 + 30;
    const kept = inEffect(calls, t);
    const branch = timeline.rebuild(kept, t);
    branch.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    const rewritten = [...kept, branch.history.at(-1)!];
    timeline.offer(branch, rewritten.length, rewritten.at(-1));
    expect(json(timeline.rebuild(rewritten, sim.now))).toBe(json(replay(fleet, rewritten, sim.now)));
    // and the old future is still there to scrub forward to
    expect(json(timeline.rebuild(calls, sim.now))).toBe(json(sim));
  });

  it('keeps a bounded number of checkpoints, thinning old ones on long sessions', () => {
    // a checkpoint every ten simulated minutes at least: this session offers more than the cap
    const { timeline, sim, calls } = liveSession(MAX_CHECKPOINTS * 11);
    expect(timeline.checkpoints).toBeLessThanOrEqual(MAX_CHECKPOINTS);
    expect(json(timeline.rebuild(calls, sim.now - 90))).toBe(json(replay(fleet, calls, sim.now - 90)));
  }, 60_000);

  it('leaves its checkpoints untouched by what is done to a rebuilt simulation', () => {
    const { timeline, calls, sim } = liveSession(40);
    const t = sim.now - 300;
    const first = timeline.rebuild(inEffect(calls, t), t);
    const expected = json(first);
    first.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 3 });
    first.advance(600);
    expect(json(timeline.rebuild(inEffect(calls, t), t))).toBe(expected);
  });
});

describe('nextWorkTime', () => {
  it('skips the minute clock: with only it left there is no work, while nextEventTime still steps to it', async () => {
    const { nextEventTime, nextWorkTime } = await import('../../src/app/timeline');
    const { fargateWebWorld } = await import('../engine/load/world');
    const { sim } = fargateWebWorld(1);
    sim.advance(600);
    // the service is steady: only the minute clock is left
    expect(sim.state.timers.map((t) => t.kind)).toEqual(['scaling.minute']);
    expect(nextEventTime(sim)).toBe(780);
    expect(nextWorkTime(sim)).toBeUndefined();
    sim.call('ecs', 'UpdateService', { service: 'web', desiredCount: 2 });
    expect(nextWorkTime(sim)).toBe(721);
  });
});
