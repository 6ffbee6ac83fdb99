import { describe, expect, it } from 'vitest';
import { mayStartPattern } from '../../src/app/patternTrigger';
import { findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';
import { saveSandbox } from '../../src/app/sessionStore';
import { memoryStore } from './exam/fixtures';
import { freshApp, savedRunTask } from './freshApp';

const STAMP = '2026-01-10T09-00-00-000Z';
const onT3 = [{ type: 'memberOf' as const, expression: 'attribute:ecs.instance-type =~ t3\\..*' }];

/** A saved sandbox whose one call places with a pattern (made while RE2 is loaded: the test set-up's). */
function savedWithPattern() {
  const store = memoryStore();
  const s = new Session(findScenario('mixed-fleet')!);
  const made = s.call('ecs', 'RunTask', {
    cluster: 'demo',
    taskDefinition: 'web',
    count: 2,
    placementConstraints: onT3,
  });
  expect(made.ok).toBe(true);
  expect(saveSandbox(store, s.snapshot()).ok).toBe(true);
  return { store, state: JSON.stringify(s.sim.state) };
}

describe('RE2 on demand in the app', () => {
  it('restores a sandbox that used a pattern once prepareRestore has loaded RE2', async () => {
    const { store, state } = savedWithPattern();
    const app = await freshApp();
    expect(app.engine.regexSupportLoaded()).toBe(false);
    await app.store.prepareRestore(store);
    expect(app.engine.regexSupportLoaded()).toBe(true);
    const after = new app.sessions.Session(app.scenarios.findScenario('empty')!);
    expect(app.store.restoreSandbox(after, store, STAMP, app.scenarios.findScenario)).toBeUndefined();
    expect(JSON.stringify(after.sim.state)).toBe(state);
  });

  it('loads neither RE2 nor the later request checks to restore a sandbox that only ran a task', async () => {
    const store = savedRunTask();
    const app = await freshApp();
    await app.store.prepareRestore(store);
    expect(app.engine.regexSupportLoaded()).toBe(false);
    expect(app.engine.laterEngineLoaded()).toBe(false);
  });

  it('answers a pattern sent too early with an error that changes nothing, then runs it once loaded', async () => {
    const app = await freshApp();
    const s = new app.sessions.Session(app.scenarios.findScenario('mixed-fleet')!);
    const input = { cluster: 'demo', taskDefinition: 'web', count: 2, placementConstraints: onT3 };
    const early = s.call('ecs', 'RunTask', input);
    expect(early.ok).toBe(false);
    expect(early.ok ? '' : early.message).toMatch(/still loading/);
    expect(s.calls).toHaveLength(0);

    const version = s.version;
    await s.loadRegexSupport();
    expect(s.version).toBe(version + 1); // views showing "still loading" read again
    await s.loadRegexSupport();
    expect(s.version).toBe(version + 1);
    expect(s.call('ecs', 'RunTask', input).ok).toBe(true);
    expect(s.calls).toHaveLength(1);
  });
});

describe('what starts loading RE2', () => {
  const key = (k: string) => Object.assign(new Event('keydown'), { key: k });
  const paste = (text: string) =>
    Object.assign(new Event('paste'), { clipboardData: { getData: () => text } });

  it('is a typed ~ or pasted text with one, nothing else', () => {
    expect(mayStartPattern(key('~'))).toBe(true);
    expect(mayStartPattern(key('='))).toBe(false);
    expect(mayStartPattern(paste('attribute:ecs.instance-type =~ t3.*'))).toBe(true);
    expect(mayStartPattern(paste('attribute:ecs.instance-type == t3.micro'))).toBe(false);
    expect(mayStartPattern(new Event('click'))).toBe(false);
  });

  it('is a field whose text has a ~ after any input (dictation and autofill send no keys)', () => {
    const input = (value: string) => {
      const event = new Event('input');
      Object.defineProperty(event, 'target', { value: { value } });
      return event;
    };
    expect(mayStartPattern(input('attribute:stack =~ prod'))).toBe(true);
    expect(mayStartPattern(input('attribute:stack == prod'))).toBe(false);
  });
});
