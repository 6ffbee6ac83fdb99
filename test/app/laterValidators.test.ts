import { describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';
import { saveSandbox } from '../../src/app/sessionStore';
import { memoryStore } from './exam/fixtures';
import { freshApp } from './freshApp';

const STAMP = '2026-01-10T09-00-00-000Z';

describe('the request checks that load after the first page, in the app', () => {
  it('are loaded by prepareRestore for a saved sandbox that created a service, which then restores exactly', async () => {
    const store = memoryStore();
    const s = new Session(findScenario('mixed-fleet')!);
    const made = s.call('ecs', 'CreateService', {
      cluster: 'demo',
      serviceName: 'web-svc',
      taskDefinition: 'web',
      desiredCount: 2,
    });
    expect(made.ok).toBe(true);
    s.advance(120);
    expect(saveSandbox(store, s.snapshot()).ok).toBe(true);

    const app = await freshApp();
    expect(app.engine.laterEngineLoaded()).toBe(false);
    await app.store.prepareRestore(store);
    expect(app.engine.laterEngineLoaded()).toBe(true);
    const after = new app.sessions.Session(app.scenarios.findScenario('empty')!);
    expect(app.store.restoreSandbox(after, store, STAMP, app.scenarios.findScenario)).toBeUndefined();
    expect(JSON.stringify(after.sim.state)).toBe(JSON.stringify(s.sim.state));
  });

  it('are not needed by the first screen: the default sandbox builds and its forms and controls work', async () => {
    vi.resetModules();
    const engine = await import('../../src/engine/index');
    const { AppController } = await import('../../src/app/app.svelte');
    const app = new AppController({ store: memoryStore() });
    const session = app.session;
    const ran = session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    expect(ran.ok).toBe(true);
    const ci = Object.values(session.sim.state.ecs.containerInstances)[0]!;
    const drained = session.call('ecs', 'UpdateContainerInstancesState', {
      cluster: 'demo',
      containerInstances: [ci.containerInstanceArn],
      status: 'DRAINING',
    });
    expect(drained.ok).toBe(true);
    const failed = session.call('sim', 'FailInstance', { instanceId: ci.ec2InstanceId });
    expect(failed.ok).toBe(true);
    expect(engine.laterEngineLoaded()).toBe(false);
  });

  it('answer a service request sent too early with an error that records nothing, and start loading for the retry', async () => {
    const app = await freshApp();
    const s = new app.sessions.Session(app.scenarios.findScenario('mixed-fleet')!);
    const input = { cluster: 'demo', serviceName: 'web-svc', taskDefinition: 'web', desiredCount: 1 };
    const early = s.call('ecs', 'CreateService', input);
    expect(early.ok ? '' : early.name).toBe('ServiceUnavailableException');
    expect(s.calls).toHaveLength(0);
    // the refusal itself starts the load: the learner's second try goes through
    await vi.waitFor(() => expect(app.engine.laterEngineLoaded()).toBe(true));
    expect(s.call('ecs', 'CreateService', input).ok).toBe(true);
    expect(s.calls).toHaveLength(1);
  });
});
