import { describe, expect, it } from 'vitest';
import { BOTTOM_OUT_DELAY_MS, LessonSession } from '../../src/app/lessonSession.svelte';
import { splitExplain } from '../../src/course/markdown';
import { emptyProgress, type Progress } from '../../src/app/progress';
import { loadCourse } from '../../src/course/loader';
import { byModule, searchLessons } from '../../src/course/search';

const course = await loadCourse();
const lesson = course.lessons.find((l) => l.slug === '01-four-nouns')!;

function open(progress: Progress = emptyProgress()) {
  const saved: Progress[] = [];
  let now = 0;
  const ls = new LessonSession(
    lesson,
    progress,
    (p) => saved.push(p),
    () => now,
  );
  return { ls, saved, tick: (ms: number) => (now += ms) };
}

/** Plays the lesson's own solution step by step, as the learner would have typed it. */
function solveByHand(ls: LessonSession) {
  for (const step of lesson.solution) ls.applySolutionStep(step);
  for (let t = 0; t < 120; t += 10) {
    ls.session.advance(10);
    ls.refresh();
  }
}

describe('LessonSession', () => {
  it('starts with every goal unmet and a reason for each', () => {
    const { ls } = open();
    expect(ls.goals.length).toBe(lesson.goals.length);
    expect(ls.goals.every((g) => !g.met && g.detail.length > 0)).toBe(true);
  });

  it('records goals the learner meets, and marks the lesson completed', () => {
    const { ls, saved } = open();
    solveByHand(ls);
    expect(ls.allMet).toBe(true);
    expect(saved.at(-1)?.lessons[lesson.slug]?.completed).toBe(true);
  });

  it('never counts goals met while the solution is shown, and undoing it restores the learner state', () => {
    const { ls, saved } = open();
    const before = JSON.stringify(ls.session.sim.state);
    for (const step of ls.showSolution()) ls.applySolutionStep(step);
    ls.session.advance(120);
    ls.refresh();
    expect(ls.goals.some((g) => g.met)).toBe(true);
    expect(saved.at(-1)?.lessons[lesson.slug]?.goalsMet ?? []).toEqual([]);
    expect(saved.at(-1)?.lessons[lesson.slug]?.solutionViewed).toBe(true);
    ls.hideSolution();
    expect(JSON.stringify(ls.session.sim.state)).toBe(before);
    expect(ls.allMet).toBe(false);
  });

  it('opens hints tier by tier; the worked step waits for an attempt or a minute', () => {
    const { ls, tick } = open();
    const id = lesson.goals[0]!.id;
    ls.openHint(id);
    ls.openHint(id);
    expect(ls.hintTier[id]).toBe(2);
    expect(ls.canOpenHint(id)).toBe(false);
    tick(BOTTOM_OUT_DELAY_MS);
    expect(ls.canOpenHint(id)).toBe(true);
    ls.openHint(id);
    expect(ls.hintTier[id]).toBe(3);
    expect(ls.canOpenHint(id)).toBe(false);
  });

  it('unlocks the worked step as soon as the learner has tried something', () => {
    const { ls } = open();
    const id = lesson.goals[0]!.id;
    ls.openHint(id);
    ls.openHint(id);
    ls.session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
    expect(ls.canOpenHint(id)).toBe(true);
  });

  it('keeps the prediction and opened hints when the lesson is opened again', () => {
    const first = open();
    first.ls.commitPrediction('stays');
    first.ls.openHint(lesson.goals[0]!.id);
    const again = open(first.saved.at(-1)!);
    expect(again.ls.prediction).toBe('stays');
    expect(again.ls.hintTier[lesson.goals[0]!.id]).toBe(1);
  });

  it('tells whether the committed prediction matched, once the goals are met', () => {
    const { ls } = open();
    ls.commitPrediction('replaced');
    expect(ls.predictionOutcome()).toBeUndefined();
    solveByHand(ls);
    expect(ls.predictionOutcome()).toEqual({ actual: 'stays', correct: false });
  });

  it('splits the lesson text at its Explain heading', () => {
    const parts = splitExplain('Intro\n\n## Explain\n\nWhy.');
    expect(parts.intro).toBe('Intro\n\n');
    expect(parts.explain.trim()).toBe('Why.');
    expect(splitExplain('No explain here')).toEqual({ intro: 'No explain here', explain: '' });
  });
});

describe('lesson index search', () => {
  it('finds lessons by title or concept, every word required, case-insensitively', () => {
    expect(searchLessons(course.lessons, 'BINPACK').map((l) => l.slug)).toContain('13-placement-strategies');
    expect(searchLessons(course.lessons, 'fargate awsvpc').map((l) => l.slug)).toEqual(['03-fargate']);
    expect(searchLessons(course.lessons, 'no such thing')).toEqual([]);
    expect(searchLessons(course.lessons, '  ')).toBe(course.lessons);
  });

  it('groups lessons by module in course order', () => {
    const modules = byModule(course.lessons);
    expect(modules.map((m) => m.module)).toEqual([...new Set(course.lessons.map((l) => l.meta.module))]);
    expect(modules.flatMap((m) => m.lessons)).toEqual(course.lessons);
  });
});
