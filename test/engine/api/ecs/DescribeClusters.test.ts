import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';
import { placeTask } from '../../containerInstances/fixtures';

describe('ecs DescribeClusters', () => {
  it('describes the default cluster when none is named, with live counts', () => {
    const sim = anAccount().withInstances(2, 't3.medium').build();
    const [a] = containerInstancesOf(sim);
    placeTask(sim, a!, 't1', 'family:web');
    placeTask(sim, a!, 't2', 'family:web', 'PENDING');
    sim.call('ecs', 'UpdateContainerInstancesState', { containerInstances: [a!], status: 'DRAINING' });
    const { clusters, failures } = sim.call('ecs', 'DescribeClusters', {});
    expect(failures).toEqual([]);
    expect(clusters[0]).toMatchObject({
      clusterName: 'default',
      registeredContainerInstancesCount: 2,
      runningTasksCount: 1,
      pendingTasksCount: 1,
      statistics: [],
      tags: [],
    });
    expect(clusters[0]!.settings).toBeUndefined();
  });

  it('adds statistics, settings and tags when asked', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'web', tags: [{ key: 'k', value: 'v' }] });
    const [cluster] = sim.call('ecs', 'DescribeClusters', {
      clusters: ['arn:aws:ecs:us-east-1:123456789012:cluster/web'],
      include: ['STATISTICS', 'SETTINGS', 'TAGS'],
    }).clusters;
    expect(cluster!.statistics).toContainEqual({ name: 'runningEC2TasksCount', value: '0' });
    expect(cluster!.settings).toEqual([{ name: 'containerInsights', value: 'disabled' }]);
    expect(cluster!.tags).toEqual([{ key: 'k', value: 'v' }]);
  });

  it('reports unknown clusters as MISSING failures', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
    const out = sim.call('ecs', 'DescribeClusters', { clusters: ['web', 'nope'] });
    expect(out.clusters.map((c) => c.clusterName)).toEqual(['web']);
    expect(out.failures).toEqual([
      { arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/nope', reason: 'MISSING' },
    ]);
  });

  it('rejects an unknown include value', () => {
    const sim = createSimulation();
    expectRejected(
      sim,
      () => sim.callByName('ecs', 'DescribeClusters', { include: ['EVERYTHING'] }),
      'InvalidParameterException',
      /include\[0\]/,
    );
  });
});
