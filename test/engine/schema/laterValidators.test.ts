import { describe, expect, it, vi } from 'vitest';

/**
 * The request checks of what the first screen never sends (services, load balancers, reads…) load after it
 * (src/engine/schema/validate.ts). The test set-up loads them for every file; this test takes fresh copies of
 * the modules, so the engine it drives starts without them, as the page does.
 */
describe('requests whose checks load later', () => {
  it('are refused with a message to try again, change nothing, and are accepted once the checks are loaded', async () => {
    vi.resetModules();
    const engine = await import('../../../src/engine/index');
    const { anAccount } = await import('../../builders/account');
    const sim = anAccount(3).withCluster('web').withInstances(1, 'm5.large', { cluster: 'web' }).build();
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
    });
    expect(engine.laterEngineLoaded()).toBe(false);
    const before = JSON.stringify(sim.state);
    const calls = sim.history.length;

    const request = { cluster: 'web', serviceName: 'web', taskDefinition: 'web', desiredCount: 1 };
    let refused: unknown;
    try {
      sim.call('ecs', 'CreateService', request);
    } catch (e) {
      refused = e;
    }
    expect(engine.isAwsError(refused)).toBe(true);
    expect((refused as Error).name).toBe('ServiceUnavailableException');
    expect((refused as Error).message).toMatch(/still loading.*run it again/);
    expect(JSON.stringify(sim.state)).toBe(before);
    expect(sim.history).toHaveLength(calls);
    // the first screen's requests are checked as always, and a read beyond it waits too
    expect(() => sim.call('ecs', 'CreateCluster', { clusterName: 'other' })).not.toThrow();
    expect(() => sim.call('ecs', 'ListClusters', {})).toThrow(/still loading/);

    // an operation whose code loads later is refused the same way, and is known as such before it loads
    expect(engine.checkedLater('sim', 'SetLoad')).toBe(true);
    expect(() => sim.callByName('cloudwatch', 'DescribeAlarms', {})).toThrow(
      /still loading cloudwatch DescribeAlarms/,
    );
    expect(sim.history).toHaveLength(calls + 1); // only CreateCluster

    await engine.loadLaterEngine();
    expect(engine.laterEngineLoaded()).toBe(true);
    expect(sim.call('ecs', 'CreateService', request).service.serviceName).toBe('web');
    expect(engine.checkedLater('sim', 'SetLoad')).toBe(false);
    expect(sim.call('cloudwatch', 'DescribeAlarms', {}).MetricAlarms).toEqual([]);
  });

  it('name every service of the later table', async () => {
    const { laterOperations } = await import('../../../src/engine/api/laterOperations');
    const { LATER_SERVICES } = await import('../../../src/engine/api/registry');
    expect(Object.keys(laterOperations).sort()).toEqual([...LATER_SERVICES].sort());
  });
});
