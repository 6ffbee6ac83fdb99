import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LessonSession, SOLUTION_STEP_MS } from '../../src/app/lessonSession.svelte';
import { emptyProgress, type Progress } from '../../src/app/progress';
import { loadCourse } from '../../src/course/loader';
import { stepName } from '../../src/course/steps';

/** "Watch the solution": a step at a time, named on screen, stoppable, never counted, undone exactly. */
const lesson = (await loadCourse()).lessons.find((l) => l.slug === '01-four-nouns')!;

function open() {
  const saved: Progress[] = [];
  const ls = new LessonSession(
    lesson,
    emptyProgress(),
    (p) => saved.push(p),
    () => 0,
  );
  return { ls, saved };
}

describe('LessonSession watchSolution', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('plays one step at a time, naming the step on screen', () => {
    const { ls } = open();
    const total = lesson.solution.length;
    expect(total).toBeGreaterThan(1);
    ls.watchSolution();
    expect(ls.playback).toEqual({ names: lesson.solution.map(stepName), done: 1, playing: true });
    const callsAfterFirst = ls.session.calls.length;
    vi.advanceTimersByTime(SOLUTION_STEP_MS - 1);
    expect(ls.playback?.done).toBe(1);
    vi.advanceTimersByTime(1);
    expect(ls.playback?.done).toBe(2);
    vi.advanceTimersByTime(SOLUTION_STEP_MS * total);
    expect(ls.playback).toMatchObject({ done: total, playing: false });
    expect(ls.session.calls.length).toBeGreaterThan(callsAfterFirst);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops where it is, and runs no further step', () => {
    const { ls } = open();
    ls.watchSolution();
    vi.advanceTimersByTime(SOLUTION_STEP_MS);
    ls.stopSolution();
    const { calls, now } = { calls: ls.session.calls.length, now: ls.session.now };
    vi.advanceTimersByTime(SOLUTION_STEP_MS * 10);
    expect(ls.playback).toMatchObject({ done: 2, playing: false });
    expect(ls.session.calls.length).toBe(calls);
    expect(ls.session.now).toBe(now);
  });

  it('plays everything at once when asked for no delay (reduced motion)', () => {
    const { ls } = open();
    ls.watchSolution(0);
    expect(ls.playback).toMatchObject({ done: lesson.solution.length, playing: false });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never counts as solving, and undoing it (even mid-play) restores the learner work exactly', () => {
    const { ls, saved } = open();
    ls.commitPrediction('stays');
    ls.session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web:1' });
    ls.session.advance(7);
    const before = { state: JSON.stringify(ls.session.sim.state), calls: ls.session.calls };
    ls.watchSolution();
    vi.advanceTimersByTime(SOLUTION_STEP_MS * lesson.solution.length);
    expect(ls.goals.some((g) => g.met)).toBe(true);
    expect(saved.at(-1)?.lessons[lesson.slug]?.goalsMet).toEqual([]);
    ls.hideSolution();
    expect(JSON.stringify(ls.session.sim.state)).toBe(before.state);
    expect(ls.session.calls).toEqual(before.calls);
    expect(ls.playback).toBeUndefined();

    ls.watchSolution();
    ls.hideSolution();
    vi.advanceTimersByTime(SOLUTION_STEP_MS * 10);
    expect(JSON.stringify(ls.session.sim.state)).toBe(before.state);
  });

  it('stops at a step the engine rejects and shows its error', () => {
    const { ls } = open();
    expect(ls.session.call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'web:1' }).ok).toBe(true);
    ls.watchSolution(0);
    const runTask = lesson.solution.findIndex((s) => 'call' in s && s.call[1] === 'RunTask');
    expect(ls.playback).toMatchObject({ done: runTask + 1, playing: false });
    expect(ls.playback?.error).toMatch(/^\w+(Exception|Error): /);
  });
});
