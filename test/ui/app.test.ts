// in the DOM project: Svelte runs effects (the controller's save and goal ticks) only in its browser build
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppController } from '../../src/app/app.svelte';
import { ConsoleLog } from '../../src/app/consoleLog.svelte';
import { SANDBOX_KEY } from '../../src/app/sessionStore';
import { PROGRESS, WELCOME_SEEN_KEY } from '../../src/app/storage/records';
import { loadCourse } from '../../src/course/loader';
import { memoryStore } from '../app/exam/fixtures';

const NOW = Date.UTC(2026, 0, 10, 9);
const course = await loadCourse();
const first = course.lessons.find((l) => l.slug === '01-four-nouns')!;

const appOver = (store: ReturnType<typeof memoryStore>) => new AppController({ store, now: () => NOW });

describe('AppController: the sandbox', () => {
  it('keeps the sandbox saved on every recorded change once started, and restores it on the next visit', () => {
    const store = memoryStore();
    const app = appOver(store);
    const stop = app.start();
    flushSync();
    app.session.call('ecs', 'CreateCluster', { clusterName: 'saved' });
    flushSync();
    const saved = JSON.parse(store.data.get(SANDBOX_KEY)!) as { calls: unknown[] };
    expect(saved.calls).toHaveLength(1);

    const next = appOver(store);
    expect(next.sandboxNotice).toBeUndefined();
    expect(Object.keys(next.session.sim.state.ecs.clusters).some((arn) => arn.endsWith('/saved'))).toBe(true);

    stop();
    app.session.call('ecs', 'CreateCluster', { clusterName: 'after-stop' });
    flushSync();
    expect((JSON.parse(store.data.get(SANDBOX_KEY)!) as { calls: unknown[] }).calls).toHaveLength(1);
  });

  it('does not save each frame while time plays, and saves when it stops', () => {
    const store = memoryStore();
    const app = appOver(store);
    const stop = app.start();
    flushSync();
    app.session.playing = true;
    flushSync();
    const writes = () => (JSON.parse(store.data.get(SANDBOX_KEY)!) as { time: number }).time;
    const before = writes();
    app.session.advance(5);
    flushSync();
    expect(writes()).toBe(before);
    app.session.playing = false;
    flushSync();
    expect(writes()).toBe(before + 5);
    stop();
  });

  it('sets an unreadable saved sandbox aside and says so, starting from the default scenario', () => {
    const store = memoryStore({ [SANDBOX_KEY]: '{"version":1,"scenarioId":' });
    const app = appOver(store);
    expect(app.sandboxNotice).toMatch(/saved sandbox could not be read: it is not valid JSON/);
    expect(store.data.get(`${SANDBOX_KEY}:corrupt:2026-01-10T09-00-00-000Z`)).toBe(
      '{"version":1,"scenarioId":',
    );
    expect(app.session.calls).toEqual([]);
    app.dismissSandboxNotice();
    expect(app.sandboxNotice).toBeUndefined();
  });

  it('shows the first-visit card until it is answered, then never again', () => {
    const store = memoryStore();
    const app = appOver(store);
    expect(app.showStart).toBe(true);
    app.closeStart();
    expect(app.showStart).toBe(false);
    expect(store.data.has(WELCOME_SEEN_KEY)).toBe(true);
    expect(appOver(store).showStart).toBe(false);
  });

  it('has one review schedule for exam prep and the lesson quizzes', async () => {
    const app = appOver(memoryStore());
    const lessons = await app.loadLessons();
    expect(await app.loadLessons()).toBe(lessons);
    expect(app.lessons).toBe(lessons);
    expect(app.review).toBe(app.review);
  });
});

describe('AppController: lessons', () => {
  it('opens a lesson and ticks its goals after every change, saving progress; closing stops the ticks', async () => {
    const store = memoryStore();
    const lessons = await appOver(store).loadLessons();
    await lessons.open(first.slug);
    const ls = lessons.current!;
    expect(ls.lesson.slug).toBe(first.slug);
    // every step but the last wait; the tasks are still starting, so the goals are not met yet
    for (const step of first.solution.slice(0, -1)) ls.applySolutionStep(step);
    expect(ls.allMet).toBe(false);
    // time passes without anyone calling refresh: the controller's tick checks the goals
    ls.session.advance(60);
    flushSync();
    expect(ls.allMet).toBe(true);
    const saved = JSON.parse(store.data.get(PROGRESS.key)!) as {
      lessons: Record<string, { completed: boolean }>;
      lastLesson: string;
    };
    expect(saved.lastLesson).toBe(first.slug);
    expect(saved.lessons[first.slug]!.completed).toBe(true);

    lessons.close();
    expect(lessons.current).toBeUndefined();
    const goals = ls.goals;
    ls.session.load(ls.session.scenario);
    flushSync();
    expect(ls.goals).toBe(goals);
  });

  it('says so when a lesson does not exist and shows the list', async () => {
    const lessons = await appOver(memoryStore()).loadLessons();
    await lessons.open('99-nothing');
    expect(lessons.current).toBeUndefined();
    expect(lessons.notice).toBe('There is no lesson "99-nothing": pick one from the list.');
  });

  it('reads saved progress, imports a good file and refuses a bad one without losing anything', async () => {
    const store = memoryStore({ [PROGRESS.key]: '{"done":["01-four-nouns"]}' });
    const lessons = await appOver(store).loadLessons();
    expect(lessons.progress.lessons['01-four-nouns']?.completed).toBe(true);
    const exported = lessons.exportText();
    lessons.importText('{"version":1,"lessons":3}');
    expect(lessons.notice).toMatch(
      /could not be imported: "lessons" is not an object\. Your current progress is unchanged/,
    );
    expect(lessons.exportText()).toBe(exported);
    lessons.importText('{"version":1,"lessons":{}}');
    expect(lessons.notice).toBe('Progress imported.');
    expect(JSON.parse(store.data.get(PROGRESS.key)!)).toEqual({ version: 1, lessons: {} });
  });

  it('tells the learner when progress cannot be saved', async () => {
    const store = memoryStore();
    const lessons = await appOver(store).loadLessons();
    store.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await lessons.open(first.slug);
    expect(lessons.notice).toMatch(/^Your progress could not be saved: .*The quota has been exceeded.$/);
  });
});

describe('ConsoleLog', () => {
  const printed = (stdout: string) => ({ stdout, stderr: '' });

  it('keeps the screen and recalls earlier lines with ↑ and ↓', () => {
    const log = new ConsoleLog();
    expect(log.recall(-1)).toBeUndefined();
    log.record('aws ecs list-clusters', printed('{}'));
    log.record('  ', printed(''));
    log.record('aws ecs list-tasks', printed('[]'));
    expect(log.entries.map((e) => e.line)).toEqual(['aws ecs list-clusters', '  ', 'aws ecs list-tasks']);
    expect(log.recall(-1)).toBe('aws ecs list-tasks');
    expect(log.recall(-1)).toBe('aws ecs list-clusters');
    expect(log.recall(-1)).toBe('aws ecs list-clusters');
    expect(log.recall(1)).toBe('aws ecs list-tasks');
    expect(log.recall(1)).toBe('');
  });

  it('lists the history and clears the screen, keeping the lines', () => {
    const log = new ConsoleLog();
    log.record('aws ecs list-clusters', printed('{}'));
    log.record('history', { builtin: 'history', stdout: '', stderr: '' });
    expect(log.entries.at(-1)!.stdout).toBe('   1  aws ecs list-clusters\n   2  history');
    log.record('clear', { builtin: 'clear', stdout: '', stderr: '' });
    expect(log.entries).toEqual([]);
    expect(log.lines).toHaveLength(3);
  });
});
