import { describe, expect, it } from 'vitest';
import { buildRolloutTimeline } from '../../src/app/rollout';
import { findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';

/** The timeline of web-svc as the session shows it now. */
const timelineOf = (session: Session) => {
  const arn = Object.values(session.sim.state.ecs.services)[0]!.serviceArn;
  return buildRolloutTimeline(session.sim.state, arn, session.now)!;
};

describe('the rollout timeline follows the session', () => {
  it('through time, the scrubber and undo', () => {
    const session = new Session(findScenario('web-behind-alb')!);
    const update = session.call('ecs', 'UpdateService', {
      cluster: 'demo',
      service: 'web-svc',
      taskDefinition: 'web:2',
    });
    expect(update.ok).toBe(true);
    const updatedAt = session.now;
    session.advance(20);
    const rolling = timelineOf(session);
    expect(rolling.status.kind).toBe('rolling');
    expect(rolling.series.map((s) => s.taskDefinition)).toEqual(['web:2', 'web:1']);

    session.advance(900);
    const done = timelineOf(session);
    expect(done.status.kind).toBe('steady');
    expect(done.steps.length).toBeGreaterThan(rolling.steps.length);

    // back on the scrubber: the timeline is the one of that moment again
    session.scrubTo(updatedAt + 20);
    const scrubbed = timelineOf(session);
    expect(scrubbed.status.kind).toBe('rolling');
    expect(scrubbed.steps.map((s) => s.label)).toEqual(rolling.steps.map((s) => s.label));

    // undoing the update: no rollout at all
    session.undo();
    const undone = timelineOf(session);
    expect(undone.series.map((s) => s.taskDefinition)).toEqual(['web:1']);
    expect(undone.status.kind).toBe('steady');
  });
});
