import { vi } from 'vitest';
import { findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';
import { saveSandbox } from '../../src/app/sessionStore';
import { memoryStore } from './exam/fixtures';

/**
 * Fresh copies of the app and engine modules: what loads on demand (RE2, the later request checks) is not loaded
 * yet, as on the first page. The test set-up loaded both for the copies every other test uses.
 */
export async function freshApp() {
  vi.resetModules();
  return {
    engine: await import('../../src/engine/index'),
    sessions: await import('../../src/app/session.svelte'),
    store: await import('../../src/app/sessionStore'),
    scenarios: await import('../../src/app/scenarios'),
  };
}

/** A store holding a saved sandbox whose one call ran a task: nothing on demand is needed to restore it. */
export function savedRunTask() {
  const store = memoryStore();
  const s = new Session(findScenario('mixed-fleet')!);
  s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 });
  saveSandbox(store, s.snapshot());
  return store;
}
