import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../builders/account';
import { groupWorld, withProvider } from './world';

describe('ecs CreateCapacityProvider', () => {
  it('fills in the managed scaling defaults and turns managed draining on', () => {
    const sim = groupWorld();
    const out = sim.callByName('ecs', 'CreateCapacityProvider', {
      name: 'cp',
      autoScalingGroupProvider: { autoScalingGroupArn: 'asg', managedScaling: {} },
    }) as { capacityProvider: Record<string, unknown> };
    expect(out.capacityProvider).toMatchObject({
      name: 'cp',
      status: 'ACTIVE',
      autoScalingGroupProvider: {
        autoScalingGroupArn: sim.state.autoscaling.groups['asg']!.AutoScalingGroupARN,
        managedScaling: {
          status: 'ENABLED',
          targetCapacity: 100,
          minimumScalingStepSize: 1,
          maximumScalingStepSize: 10000,
          instanceWarmupPeriod: 300,
        },
        managedTerminationProtection: 'DISABLED',
        managedDraining: 'ENABLED',
      },
    });
  });

  it.each([
    {
      name: 'a name starting with ecs',
      input: { name: 'ecs-nodes' },
      error: 'InvalidParameterException',
      message: /reserved/,
    },
    {
      name: 'a name starting with FARGATE',
      input: { name: 'FargateX' },
      error: 'InvalidParameterException',
      message: /reserved/,
    },
    {
      name: 'a name with a space',
      input: { name: 'my nodes' },
      error: 'InvalidParameterException',
      message: /not valid/,
    },
    {
      name: 'a group that does not exist',
      input: { autoScalingGroupProvider: { autoScalingGroupArn: 'nope' } },
      error: 'InvalidParameterException',
      message: /Auto Scaling group 'nope' does not exist/,
    },
    {
      name: 'termination protection on a group that does not protect new instances',
      input: {
        autoScalingGroupProvider: {
          autoScalingGroupArn: 'asg',
          managedScaling: { status: 'ENABLED' },
          managedTerminationProtection: 'ENABLED',
        },
      },
      error: 'InvalidParameterException',
      message: /must have instance protection from scale in enabled/,
    },
    {
      name: 'termination protection without managed scaling',
      input: {
        autoScalingGroupProvider: { autoScalingGroupArn: 'asg', managedTerminationProtection: 'ENABLED' },
      },
      error: 'InvalidParameterException',
      message: /managed termination protection setting for the capacity provider is invalid/,
    },
  ])('refuses $name', ({ input, error, message }) => {
    const sim = groupWorld();
    expectRejected(
      sim,
      () =>
        sim.callByName('ecs', 'CreateCapacityProvider', {
          name: 'cp',
          autoScalingGroupProvider: { autoScalingGroupArn: 'asg' },
          ...input,
        }),
      error,
      message,
    );
  });

  it('refuses a second provider of the same name with ClientException', () => {
    const sim = groupWorld();
    sim.callByName('ecs', 'CreateCapacityProvider', {
      name: 'cp',
      autoScalingGroupProvider: { autoScalingGroupArn: 'asg' },
    });
    expectRejected(
      sim,
      () =>
        sim.callByName('ecs', 'CreateCapacityProvider', {
          name: 'cp',
          autoScalingGroupProvider: { autoScalingGroupArn: 'asg' },
        }),
      'ClientException',
      /The specified capacity provider already exists/,
    );
  });
});

describe('ecs UpdateCapacityProvider and DeleteCapacityProvider', () => {
  it('changes managed scaling and keeps what the request leaves out', () => {
    const sim = withProvider(groupWorld(), { managedScaling: { targetCapacity: 80 } });
    const out = sim.callByName('ecs', 'UpdateCapacityProvider', {
      name: 'cp',
      autoScalingGroupProvider: { managedScaling: { instanceWarmupPeriod: 60 } },
    }) as { capacityProvider: { autoScalingGroupProvider: { managedScaling: Record<string, unknown> } } };
    expect(out.capacityProvider.autoScalingGroupProvider.managedScaling).toMatchObject({
      targetCapacity: 80,
      instanceWarmupPeriod: 60,
      status: 'ENABLED',
    });
    expect(sim.state.cloudwatch.alarms['TargetTracking-asg-AlarmHigh-ecs-cp']?.Threshold).toBe(80);
  });

  it('refuses to delete a provider associated with a cluster, and deletes it once removed', () => {
    const sim = withProvider(groupWorld(), { managedScaling: {} });
    expectRejected(
      sim,
      () => sim.callByName('ecs', 'DeleteCapacityProvider', { capacityProvider: 'cp' }),
      'ResourceInUseException',
      /in use and cannot be removed/,
    );
    sim.call('ecs', 'PutClusterCapacityProviders', {
      cluster: 'web',
      capacityProviders: [],
      defaultCapacityProviderStrategy: [],
    });
    const out = sim.callByName('ecs', 'DeleteCapacityProvider', { capacityProvider: 'cp' }) as {
      capacityProvider: { status: string };
    };
    expect(out.capacityProvider.status).toBe('INACTIVE');
    expect(Object.keys(sim.state.cloudwatch.alarms)).toEqual([]);
  });
});

describe('container instances of a provider', () => {
  it("carry the provider's name when the group's instances register after the association", () => {
    const sim = withProvider(groupWorld());
    sim.call('autoscaling', 'SetDesiredCapacity', { AutoScalingGroupName: 'asg', DesiredCapacity: 2 });
    sim.advance(180);
    const arns = sim.call('ecs', 'ListContainerInstances', { cluster: 'web' }).containerInstanceArns;
    expect(arns).toHaveLength(2);
    const described = sim.call('ecs', 'DescribeContainerInstances', {
      cluster: 'web',
      containerInstances: arns,
    });
    expect(described.containerInstances.map((ci) => ci.capacityProviderName)).toEqual(['cp', 'cp']);
  });

  it('associates with a cluster at CreateCluster, and only with one cluster', () => {
    const sim = groupWorld();
    sim.callByName('ecs', 'CreateCapacityProvider', {
      name: 'cp',
      autoScalingGroupProvider: { autoScalingGroupArn: 'asg' },
    });
    sim.call('ecs', 'CreateCluster', { clusterName: 'batch', capacityProviders: ['cp'] });
    expectRejected(
      sim,
      () =>
        sim.call('ecs', 'PutClusterCapacityProviders', {
          cluster: 'web',
          capacityProviders: ['cp'],
          defaultCapacityProviderStrategy: [],
        }),
      'InvalidParameterException',
      /already associated with cluster batch/,
    );
  });
});
