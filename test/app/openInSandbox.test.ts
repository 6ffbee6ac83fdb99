import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runItId, registerSource, resolveRunIt, runItScenario } from '../../src/app/exam/runIt';
import {
  adHocPrefix,
  bindSandbox,
  leaveRun,
  openInSandbox,
  registerScenarioSource,
  resolveAdHoc,
  resolveSaved,
  type SandboxRun,
} from '../../src/app/openInSandbox';
import { defaultScenario, findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';
import {
  findSavedScenario,
  prepareRestore,
  restoreSandbox,
  saveSandbox,
  SANDBOX_KEY,
} from '../../src/app/sessionStore';
import type { Scenario } from '../../src/app/timeline';
import type { QuizItem, QuizOption, RunIt } from '../../src/course/types';
import { aLesson, anItem, memoryStore } from './exam/fixtures';

const STAMP = '2026-01-10T09-00-00-000Z';

/** An ad-hoc scenario: the default one plus a cluster named after it. */
const adHoc = (id: string, cluster = 'extra'): Scenario => ({
  id,
  title: `Scenario ${id}`,
  description: 'made on the spot',
  seed: 7,
  build(sim) {
    defaultScenario.build(sim);
    sim.call('ecs', 'CreateCluster', { clusterName: cluster });
  },
});

const clusters = (s: Session) => Object.values(s.sim.state.ecs.clusters).map((c) => c.clusterName);

let hash: { hash: string };
beforeEach(() => {
  hash = { hash: '#/exam/practice' };
  vi.stubGlobal('location', hash);
});
afterEach(() => {
  vi.unstubAllGlobals();
  bindSandbox(undefined);
});

describe('scenario sources', () => {
  it('resolves `<prefix>:<rest>` through the registered source, and nothing else', () => {
    registerScenarioSource('test-src', (id) => (id === 'test-src:one' ? adHoc(id) : undefined));
    expect(resolveAdHoc('test-src:one')?.id).toBe('test-src:one');
    expect(resolveAdHoc('test-src:two')).toBeUndefined();
    expect(resolveAdHoc('nobody:one')).toBeUndefined();
    expect(resolveAdHoc('mixed-fleet')).toBeUndefined();
    expect(adHocPrefix('runit:a/b/c')).toBe('runit');
    expect(adHocPrefix('mixed-fleet')).toBeUndefined();
  });

  it('treats a source that throws, or answers with another id, as not resolving', () => {
    registerScenarioSource('throws', () => {
      throw new Error('old save');
    });
    registerScenarioSource('liar', () => adHoc('liar:other'));
    expect(resolveAdHoc('throws:x')).toBeUndefined();
    expect(resolveAdHoc('liar:x')).toBeUndefined();
  });

  it('refuses a prefix that could not be told apart in an id', () => {
    expect(() => registerScenarioSource('Bad:prefix', () => undefined)).toThrow(/lower-case/);
  });
});

describe('openInSandbox', () => {
  it('switches the sandbox, keeps the learner’s sandbox to go back to, and shows the sandbox', async () => {
    const session = new Session(findScenario('mixed-fleet')!);
    session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 });
    bindSandbox(session);

    await openInSandbox(adHoc('test-src:one'));
    expect(session.scenario.id).toBe('test-src:one');
    expect(clusters(session)).toContain('extra');
    expect(hash.hash).toBe('#/sandbox');
    expect(session.previous?.scenario.id).toBe('mixed-fleet');

    // a second run straight after keeps the learner's own sandbox as the one to go back to
    await openInSandbox(adHoc('test-src:two', 'second'));
    expect(clusters(session)).toContain('second');
    expect(session.previous?.scenario.id).toBe('mixed-fleet');

    await leaveRun(defaultScenario);
    expect(session.scenario.id).toBe('mixed-fleet');
    expect(session.calls).toHaveLength(1);
    expect(hash.hash).toBe('#/exam/practice');
  });

  it('leaves the sandbox untouched and says why when the scenario cannot be built', async () => {
    const session = new Session(defaultScenario);
    bindSandbox(session);
    const broken: Scenario = {
      ...adHoc('test-src:broken'),
      build: (sim) => void sim.call('ecs', 'RunTask', { cluster: 'nowhere', taskDefinition: 'web' }),
    };
    await expect(openInSandbox(broken)).rejects.toThrow(/could not be built.*ClusterNotFoundException/);
    expect(session.scenario.id).toBe(defaultScenario.id);
    expect(session.previous).toBeUndefined();
    expect(hash.hash).toBe('#/exam/practice');
  });

  it('goes back to the default scenario when nothing was kept (after a reload)', async () => {
    const session = new Session(adHoc('test-src:one'));
    bindSandbox(session);
    await leaveRun(defaultScenario);
    expect(session.scenario.id).toBe(defaultScenario.id);
  });
});

/** An item of a lesson whose scenario has the demo cluster, with an option that runs a task on it. */
function runItLesson(steps: RunIt['steps']) {
  const option: QuizOption = {
    id: 'run',
    text: 'Run one web task',
    explanation: 'It runs.',
    runIt: { steps, look: 'the task list', advance: 60 },
  };
  const base = anItem('q1');
  const item: QuizItem = { ...base, options: [...base.options, option] };
  const lesson = {
    ...aLesson('05-runs', [item]),
    scenario: { seed: 3, build: defaultScenario.build, controls: [] },
  };
  return { lesson, item, option: { ...option, runIt: option.runIt! } };
}

describe('run it', () => {
  it('plays the option on the lesson scenario and lets time pass', () => {
    const { lesson, item, option } = runItLesson([
      { call: ['ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 }] },
    ]);
    const scenario = runItScenario(lesson, item, option);
    expect(scenario.id).toBe('runit:05-runs/q1/run');
    const s = new Session(scenario);
    expect(Object.values(s.sim.state.ecs.tasks).map((t) => t.lastStatus)).toEqual(['RUNNING']);
    expect(scenario.refused?.()).toBeUndefined();
    expect(scenario.look).toBe('the task list');
  });

  it('keeps the AWS error of a refused step as the outcome instead of failing', () => {
    const { lesson, item, option } = runItLesson([
      { call: ['ecs', 'RunTask', { cluster: 'missing', taskDefinition: 'web' }] },
    ]);
    const scenario = runItScenario(lesson, item, option);
    const s = new Session(scenario);
    expect(scenario.refused?.()).toMatchObject({ name: 'ClusterNotFoundException' });
    expect(s.now).toBeGreaterThanOrEqual(60);
  });

  it('resolves its ids through the course, and nothing for an option without runIt', () => {
    const { lesson } = runItLesson([{ advance: 5 }]);
    expect(resolveRunIt([lesson], runItId('05-runs', 'q1', 'run'))?.title).toBe('Run one web task');
    expect(resolveRunIt([lesson], runItId('05-runs', 'q1', 'right'))).toBeUndefined();
    expect(resolveRunIt([lesson], runItId('99-gone', 'q1', 'run'))).toBeUndefined();
    expect(resolveRunIt([lesson], 'runit:broken')).toBeUndefined();
  });
});

describe('restoring an ad-hoc sandbox after a reload', () => {
  it('rebuilds it through its source, with the learner’s calls', async () => {
    const { lesson, item, option } = runItLesson([{ advance: 5 }]);
    await registerSource([lesson]);
    const before = new Session(defaultScenario);
    before.switchTo(runItScenario(lesson, item, option));
    before.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    const store = memoryStore();
    saveSandbox(store, before.snapshot());

    await prepareRestore(store);
    const after = new Session(defaultScenario);
    expect(restoreSandbox(after, store, STAMP, findSavedScenario)).toBeUndefined();
    expect(after.scenario.id).toBe('runit:05-runs/q1/run');
    expect((after.scenario as SandboxRun).look).toBe('the task list');
    expect(JSON.stringify(after.sim.state)).toBe(JSON.stringify(before.sim.state));
  });

  it('loads the source module a saved id names before resolving it (runit, decode)', async () => {
    const { DECODE_SCENARIOS } = await import('../../src/app/decodeError/scenarios');
    const decode = DECODE_SCENARIOS[0]!.id;
    expect((await resolveSaved(decode))?.id).toBe(decode);
    expect(await resolveSaved('runit:99-no-such-lesson/q/o')).toBeUndefined();
  });

  it('starts the default scenario with a notice when nobody resolves the id', async () => {
    const before = new Session(adHoc('nobody:here'));
    const store = memoryStore();
    saveSandbox(store, before.snapshot());
    expect(await resolveSaved('nobody:here')).toBeUndefined();

    await prepareRestore(store);
    const after = new Session(defaultScenario);
    const notice = restoreSandbox(after, store, STAMP, findSavedScenario);
    expect(notice).toMatch(/could not be restored: its scenario "nobody:here" no longer exists/);
    expect(after.scenario.id).toBe(defaultScenario.id);
    // the save is set aside, not lost
    expect([...store.data.keys()].some((k) => k.startsWith(`${SANDBOX_KEY}:corrupt:`))).toBe(true);
  });
});
