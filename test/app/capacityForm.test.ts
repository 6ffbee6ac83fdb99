import { describe, expect, it } from 'vitest';
import {
  clusterProvidersInput,
  createCapacityProviderInput,
  DEFAULT_PROVIDER_FORM,
  groupCpuPolicyInput,
} from '../../src/app/capacityForm';
import { availableProviders, capacityView } from '../../src/app/capacityView';
import { containerInstanceGroupRequests } from '../../src/course/fixtures';
import { createSimulation } from '../../src/engine';

function world() {
  const sim = createSimulation({ seed: 3 });
  sim.call('ecs', 'CreateCluster', { clusterName: 'prod' });
  const requests = containerInstanceGroupRequests({
    groupName: 'prod-asg',
    cluster: 'prod',
    instanceType: 't3.medium',
    minSize: 0,
    maxSize: 4,
    desiredCapacity: 2,
    protectNewInstances: true,
    subnets: Object.keys(sim.state.ec2.subnets),
  });
  sim.call('ec2', 'CreateLaunchTemplate', requests.template);
  sim.call('autoscaling', 'CreateAutoScalingGroup', requests.group);
  return sim;
}

describe('the Capacity panel', () => {
  it('builds a group whose instances join the cluster, and shows it', () => {
    const sim = world();
    sim.advance(240);
    const view = capacityView(sim.state);
    expect(view.groups).toEqual([
      expect.objectContaining({
        name: 'prod-asg',
        min: 0,
        desired: 2,
        max: 4,
        inService: 2,
        protectedCount: 2,
        protectNew: true,
      }),
    ]);
    const registered = Object.values(sim.state.ecs.containerInstances).filter((ci) =>
      ci.clusterArn.endsWith('/prod'),
    );
    expect(registered).toHaveLength(2);
    expect(view.activities.some((a) => a.description.startsWith('Launching a new EC2 instance'))).toBe(true);
  });

  it('creates a provider for the group, associates it as the default strategy, and lists it', () => {
    const sim = world();
    sim.call(
      'ecs',
      'CreateCapacityProvider',
      createCapacityProviderInput({
        ...DEFAULT_PROVIDER_FORM,
        name: 'prod-cp',
        groupName: 'prod-asg',
        targetCapacity: 80,
        terminationProtection: true,
      }),
    );
    sim.call(
      'ecs',
      'PutClusterCapacityProviders',
      clusterProvidersInput(
        'prod',
        ['prod-cp', 'FARGATE'],
        [{ capacityProvider: 'prod-cp', base: 1, weight: 1 }],
      ),
    );
    sim.advance(180);
    const view = capacityView(sim.state);
    expect(view.providers).toEqual([
      expect.objectContaining({
        name: 'prod-cp',
        group: 'prod-asg',
        managedScaling: 'on, target 80 %',
        terminationProtection: 'ENABLED',
        clusters: ['prod'],
      }),
    ]);
    expect(view.providers[0]!.reservation[0]).toMatch(/^prod: \d+$/);
    expect(view.clusters.find((c) => c.cluster === 'prod')).toEqual({
      cluster: 'prod',
      providers: ['prod-cp', 'FARGATE'],
      strategy: [{ capacityProvider: 'prod-cp', base: 1, weight: 1 }],
    });
    expect(view.groups[0]!.provider).toBe('prod-cp');
    expect(availableProviders(view)).toEqual(['FARGATE', 'FARGATE_SPOT', 'prod-cp']);
  });

  it("puts a CPU target tracking policy on a group that the group's view lists", () => {
    const sim = world();
    sim.call('autoscaling', 'PutScalingPolicy', groupCpuPolicyInput('prod-asg', 60));
    expect(capacityView(sim.state).groups[0]!.policies).toEqual([
      'prod-asg-cpu60: ASGAverageCPUUtilization 60',
    ]);
  });
});
