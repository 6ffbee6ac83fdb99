import { describe, expect, it } from 'vitest';
import { createSimulation, isAwsError } from '../../../../src/engine';

const insightsOf = (sim: ReturnType<typeof createSimulation>, cluster: string) =>
  sim.call('ecs', 'DescribeClusters', { clusters: [cluster], include: ['SETTINGS'] }).clusters[0]!.settings;

describe('ecs UpdateClusterSettings and the containerInsights account setting', () => {
  it('turns Container Insights on for an existing cluster and answers with the settings', () => {
    const sim = createSimulation({ seed: 1 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    expect(insightsOf(sim, 'shop')).toEqual([{ name: 'containerInsights', value: 'disabled' }]);
    const out = sim.call('ecs', 'UpdateClusterSettings', {
      cluster: 'shop',
      settings: [{ name: 'containerInsights', value: 'enhanced' }],
    });
    expect(out.cluster.settings).toEqual([{ name: 'containerInsights', value: 'enhanced' }]);
    expect(insightsOf(sim, 'shop')).toEqual([{ name: 'containerInsights', value: 'enhanced' }]);
  });

  it('refuses an unknown cluster and an unknown setting', () => {
    const sim = createSimulation({ seed: 1 });
    const refused = (f: () => unknown) => {
      try {
        f();
        return '';
      } catch (e) {
        return isAwsError(e) ? e.name : String(e);
      }
    };
    expect(
      refused(() =>
        sim.call('ecs', 'UpdateClusterSettings', {
          cluster: 'nope',
          settings: [{ name: 'containerInsights', value: 'enabled' }],
        }),
      ),
    ).toBe('ClusterNotFoundException');
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    expect(
      refused(() =>
        sim.callByName('ecs', 'UpdateClusterSettings', {
          cluster: 'shop',
          settings: [{ name: 'insights', value: 'enabled' }],
        }),
      ),
    ).toBe('InvalidParameterException');
  });

  it('gives a new cluster without settings the account’s containerInsights setting', () => {
    const sim = createSimulation({ seed: 1 });
    sim.call('ecs', 'PutAccountSettingDefault', { name: 'containerInsights', value: 'enabled' });
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    expect(insightsOf(sim, 'shop')).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
  });
});
