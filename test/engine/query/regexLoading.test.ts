import { describe, expect, it, vi } from 'vitest';

/**
 * RE2 is loaded on demand (src/engine/query/regex.ts). The test set-up loads it for every file; these tests take
 * fresh copies of the modules, so the engine they drive starts without it, as the page does.
 */
async function freshEngine() {
  vi.resetModules();
  const engine = await import('../../../src/engine/index');
  // the requests these tests send are checked by validators that also load on demand: those are loaded here
  await engine.loadLaterEngine();
  const { anAccount } = await import('../../builders/account');
  const sim = anAccount(3)
    .withCluster('web')
    .withInstances(2, 'm5.large', { cluster: 'web' })
    .withInstances(1, 't3.medium', { cluster: 'web' })
    .build();
  return { engine, sim };
}

const FILTER = 'attribute:ecs.instance-type =~ m5.*';

describe('regular expressions before RE2 has loaded', () => {
  it('refuses a pattern with a message to try again, records nothing, and accepts it once loaded', async () => {
    const { engine, sim } = await freshEngine();
    expect(engine.regexSupportLoaded()).toBe(false);
    const before = JSON.stringify(sim.state);
    const calls = sim.history.length;

    let refused: unknown;
    try {
      sim.call('ecs', 'ListContainerInstances', { cluster: 'web', filter: FILTER });
    } catch (e) {
      refused = e;
    }
    expect(engine.isAwsError(refused)).toBe(true);
    expect((refused as Error).message).toMatch(/still loading.*run the request again/);
    expect(JSON.stringify(sim.state)).toBe(before);
    expect(sim.history).toHaveLength(calls);

    await engine.loadRegexSupport();
    expect(engine.regexSupportLoaded()).toBe(true);
    const listed = sim.call('ecs', 'ListContainerInstances', { cluster: 'web', filter: FILTER });
    expect(listed.containerInstanceArns).toHaveLength(2);
  });

  it('answers a filter without a pattern before RE2 is there', async () => {
    const { engine, sim } = await freshEngine();
    const listed = sim.call('ecs', 'ListContainerInstances', {
      cluster: 'web',
      filter: 'attribute:ecs.instance-type == t3.medium',
    });
    expect(engine.regexSupportLoaded()).toBe(false);
    expect(listed.containerInstanceArns).toHaveLength(1);
  });

  it('loads once: every caller waits on the same load', async () => {
    const { engine } = await freshEngine();
    const first = engine.loadRegexSupport();
    expect(engine.loadRegexSupport()).toBe(first);
    await first;
    expect(engine.regexSupportLoaded()).toBe(true);
  });
});
