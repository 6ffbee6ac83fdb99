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

  it('are loaded by prepareRestore for a sandbox on a later scenario, or that ran a task with start-up work', async () => {
    const onScenario = memoryStore();
    const secrets = new Session(findScenario('secrets-and-roles')!);
    expect(saveSandbox(onScenario, secrets.snapshot()).ok).toBe(true);
    const first = await freshApp();
    await first.store.prepareRestore(onScenario);
    expect(first.engine.laterEngineLoaded()).toBe(true);
    const restored = new first.sessions.Session(first.scenarios.findScenario('empty')!);
    expect(restored.sim.state.ecs.clusters).toEqual({});
    expect(
      first.store.restoreSandbox(restored, onScenario, STAMP, first.scenarios.findScenario),
    ).toBeUndefined();
    expect(JSON.stringify(restored.sim.state)).toBe(JSON.stringify(secrets.sim.state));

    const logged = memoryStore();
    const s = new Session(findScenario('mixed-fleet')!);
    const web = s.sim.state.ecs.taskDefinitions[Object.keys(s.sim.state.ecs.taskDefinitions)[0]!]!;
    const container = web.containerDefinitions[0]!;
    expect(
      s.call('ecs', 'RegisterTaskDefinition', {
        family: 'web',
        containerDefinitions: [
          {
            name: container.name,
            image: container.image,
            memory: 256,
            logConfiguration: {
              logDriver: 'awslogs',
              options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' },
            },
          },
        ],
      }).ok,
    ).toBe(true);
    expect(s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' }).ok).toBe(true);
    s.advance(60);
    expect(saveSandbox(logged, s.snapshot()).ok).toBe(true);
    const second = await freshApp();
    await second.store.prepareRestore(logged);
    expect(second.engine.laterEngineLoaded()).toBe(true);
    const after = new second.sessions.Session(second.scenarios.findScenario('mixed-fleet')!);
    expect(second.store.restoreSandbox(after, logged, STAMP, second.scenarios.findScenario)).toBeUndefined();
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
