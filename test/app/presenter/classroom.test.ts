import { describe, expect, it } from 'vitest';
import { Classroom } from '../../../src/app/presenter/classroom.svelte';
import { SCENES } from '../../../src/app/presenter/scenes';
import { defaultScenario } from '../../../src/app/scenarios';
import { Session } from '../../../src/app/session.svelte';
import { arnName } from '../../../src/lib/arn';

/** A learner's sandbox with one action in it, which the first scene keeps as the previous session. */
function learnerSession(): Session {
  const session = new Session(defaultScenario);
  session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
  return session;
}

describe('predict, then reveal', () => {
  it('walks every scene with next: pause, reveal with an answer among the options, next scene', async () => {
    const session = learnerSession();
    const room = new Classroom(session);
    await room.next();
    expect(session.previous?.snapshot.calls).toHaveLength(1);
    for (const [i, scene] of SCENES.entries()) {
      expect(room.index).toBe(i);
      expect(room.phase).toBe('predict');
      expect(room.problem).toBeUndefined();
      expect(session.scenario.id).toBe(scene.scenarioId);
      expect(room.options.length).toBeGreaterThan(1);
      await room.next();
      expect(room.phase).toBe('revealed');
      expect(room.problem).toBeUndefined();
      expect(room.options.map((o) => o.id)).toContain(room.reveal!.answer);
      expect(room.reveal!.explanation.length).toBeGreaterThan(40);
      await room.next();
    }
    // the last scene stays revealed: there is no scene after it
    expect(room.index).toBe(SCENES.length - 1);
    expect(room.phase).toBe('revealed');
  });

  it('is the same run every time: rehearsal and class see the same answers', async () => {
    const answers = async () => {
      const room = new Classroom(learnerSession());
      const seen: string[] = [];
      for (let i = 0; i < SCENES.length; i++) {
        await room.open(i);
        room.play();
        seen.push(room.reveal!.answer);
      }
      return seen;
    };
    expect(await answers()).toEqual(await answers());
  });

  it('binpack lands on the fitting instance with the least memory left, and says so', async () => {
    const session = learnerSession();
    const room = new Classroom(session);
    await room.open(SCENES.findIndex((s) => s.id === 'binpack-memory'));
    const memory = Object.values(session.sim.state.ecs.containerInstances).map((i) => ({
      id: i.ec2InstanceId,
      memory: i.remainingResources.memory,
    }));
    room.play();
    const host = memory.find((m) => m.id === room.reveal!.answer)!;
    const web = 512;
    expect(host.memory).toBe(Math.min(...memory.filter((m) => m.memory >= web).map((m) => m.memory)));
    expect(room.reveal!.explanation).toContain(`${host.memory} MiB left`);
    expect(arnName(room.reveal!.placedTaskArn!)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('counts hands per option, never below zero, and only before the reveal', async () => {
    const room = new Classroom(learnerSession());
    await room.open(1);
    room.vote(0);
    room.vote(0);
    room.vote(2);
    room.vote(1, -1);
    expect(Object.values(room.tally)).toEqual([2, 0, 1]);
    room.play();
    room.vote(0);
    expect(Object.values(room.tally)).toEqual([2, 0, 1]);
  });

  it('back asks a revealed scene again from its pause, then goes to the scene before', async () => {
    const session = learnerSession();
    const room = new Classroom(session);
    await room.open(1);
    const paused = JSON.stringify(session.sim.state.ecs.tasks);
    room.play();
    await room.back();
    expect(room.phase).toBe('predict');
    expect(JSON.stringify(session.sim.state.ecs.tasks)).toBe(paused);
    await room.back();
    expect(room.index).toBe(0);
  });
});
