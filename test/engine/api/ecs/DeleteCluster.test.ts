import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';
import { placeTask, stopTask } from '../../containerInstances/fixtures';

describe('ecs DeleteCluster', () => {
  it('marks an empty cluster INACTIVE; it stays describable but is no longer listed', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
    const { cluster } = sim.call('ecs', 'DeleteCluster', { cluster: 'web' });
    expect(cluster.status).toBe('INACTIVE');
    expect(sim.call('ecs', 'ListClusters', {}).clusterArns).toEqual([]);
    expect(sim.call('ecs', 'DescribeClusters', { clusters: ['web'] }).clusters[0]!.status).toBe('INACTIVE');
    expect(sim.events.map((e) => e.type)).toEqual(['ClusterCreated', 'ClusterDeleted']);
  });

  it('refuses while container instances are registered', () => {
    const sim = anAccount().withCluster('web').withInstances(1, 't3.small').build();
    expectRejected(
      sim,
      () => sim.call('ecs', 'DeleteCluster', { cluster: 'web' }),
      'ClusterContainsContainerInstancesException',
      /The Cluster cannot be deleted while Container Instances are active or draining\./,
    );
  });

  it('refuses while tasks have not stopped, and deletes once they have', () => {
    const sim = anAccount().withCluster('web').withInstances(1, 't3.small').build();
    const [ci] = containerInstancesOf(sim, 'web');
    const task = placeTask(sim, ci!, 't1', 'family:web');
    sim.call('ecs', 'DeregisterContainerInstance', { cluster: 'web', containerInstance: ci!, force: true });
    // the fixture's task is not driven by the lifecycle, so it is still RUNNING here
    expectRejected(
      sim,
      () => sim.call('ecs', 'DeleteCluster', { cluster: 'web' }),
      'ClusterContainsTasksException',
      /The Cluster cannot be deleted while Tasks are active\./,
    );
    stopTask(sim, task);
    expect(sim.call('ecs', 'DeleteCluster', { cluster: 'web' }).cluster.status).toBe('INACTIVE');
  });

  it('refuses while a service is not deleted, and deletes once it is gone', () => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'web' });
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
    });
    sim.call('ecs', 'CreateService', {
      cluster: 'web',
      serviceName: 'api',
      taskDefinition: 'web',
      desiredCount: 0,
    });
    expectRejected(
      sim,
      () => sim.call('ecs', 'DeleteCluster', { cluster: 'web' }),
      'ClusterContainsServicesException',
      /The Cluster cannot be deleted while Services are active\./,
    );
    sim.call('ecs', 'DeleteService', { cluster: 'web', service: 'api' });
    sim.advance(60);
    expect(sim.call('ecs', 'DeleteCluster', { cluster: 'web' }).cluster.status).toBe('INACTIVE');
  });

  it.each([
    ['a cluster that does not exist', 'nope'],
    ['a cluster already deleted', 'gone'],
  ])('rejects %s with ClusterNotFoundException', (_name, cluster) => {
    const sim = createSimulation();
    sim.call('ecs', 'CreateCluster', { clusterName: 'gone' });
    sim.call('ecs', 'DeleteCluster', { cluster: 'gone' });
    expectRejected(sim, () => sim.call('ecs', 'DeleteCluster', { cluster }), 'ClusterNotFoundException');
  });
});
