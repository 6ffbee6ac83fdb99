import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { expectRejected } from '../../../builders/account';

describe('ecs CreateCluster', () => {
  it('creates the default cluster when no name is given', () => {
    const sim = createSimulation();
    const { cluster } = sim.call('ecs', 'CreateCluster', {});
    expect(cluster).toMatchObject({
      clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/default',
      clusterName: 'default',
      status: 'ACTIVE',
      registeredContainerInstancesCount: 0,
      runningTasksCount: 0,
      pendingTasksCount: 0,
      activeServicesCount: 0,
      settings: [{ name: 'containerInsights', value: 'disabled' }],
    });
    expect(sim.events.map((e) => e.type)).toEqual(['ClusterCreated']);
  });

  it('keeps tags, settings and capacity providers', () => {
    const sim = createSimulation();
    const { cluster } = sim.call('ecs', 'CreateCluster', {
      clusterName: 'prod_web-1',
      tags: [{ key: 'team', value: 'web' }],
      settings: [{ name: 'containerInsights', value: 'enabled' }],
      capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1, base: 1 }],
    });
    expect(cluster.tags).toEqual([{ key: 'team', value: 'web' }]);
    expect(cluster.settings).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
    expect(cluster.capacityProviders).toEqual(['FARGATE', 'FARGATE_SPOT']);
    expect(cluster.defaultCapacityProviderStrategy).toEqual([
      { capacityProvider: 'FARGATE', weight: 1, base: 1 },
    ]);
  });

  it('returns the existing cluster unchanged when it is already ACTIVE', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'web', tags: [{ key: 'a', value: '1' }] });
    sim.advance(10);
    const again = sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
    expect(again.cluster.tags).toEqual([{ key: 'a', value: '1' }]);
    expect(sim.events.filter((e) => e.type === 'ClusterCreated')).toHaveLength(1);
  });

  it('creates a deleted cluster again', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
    sim.call('ecs', 'DeleteCluster', { cluster: 'web' });
    expect(sim.call('ecs', 'CreateCluster', { clusterName: 'web' }).cluster.status).toBe('ACTIVE');
  });

  it.each([
    ['a name with a space', { clusterName: 'my cluster' }, /clusterName/],
    ['a name over 255 characters', { clusterName: 'x'.repeat(256) }, /at most 255/],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' })) }, /at most 50/],
    ['an unknown setting', { settings: [{ name: 'fastMode', value: 'enabled' }] }, /settings\[0\]\.name/],
    ['an unknown capacity provider', { capacityProviders: ['MY_ASG'] }, /capacityProviders\[0\]/],
    [
      'a strategy naming a provider the cluster lacks',
      {
        capacityProviders: ['FARGATE'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      },
      /not in capacityProviders/,
    ],
    [
      'a strategy with every weight 0',
      {
        capacityProviders: ['FARGATE'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 1 }],
      },
      /weight greater than 0/,
    ],
  ])('rejects %s with InvalidParameterException, leaving the state unchanged', (_name, input, message) => {
    const sim = createSimulation();
    expectRejected(
      sim,
      () => sim.callByName('ecs', 'CreateCluster', input),
      'InvalidParameterException',
      message,
    );
  });
});
