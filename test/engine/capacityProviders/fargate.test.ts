import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../builders/account';
import { awsvpc, countBy, fargateWorld, tasksOf } from './world';

describe('ecs RunTask through FARGATE and FARGATE_SPOT', () => {
  it("runs on FARGATE through the cluster's default strategy when neither launchType nor strategy is given", () => {
    const sim = fargateWorld([{ capacityProvider: 'FARGATE', weight: 1 }]);
    const out = sim.call('ecs', 'RunTask', {
      cluster: 'web',
      taskDefinition: 'api',
      networkConfiguration: awsvpc(sim),
    });
    expect(out.failures).toEqual([]);
    expect(out.tasks.map((t) => [t.launchType, t.capacityProviderName])).toEqual([['FARGATE', 'FARGATE']]);
    const described = sim.call('ecs', 'DescribeTasks', { cluster: 'web', tasks: [out.tasks[0]!.taskArn] });
    expect(described.tasks[0]!.capacityProviderName).toBe('FARGATE');
  });

  it('splits 10 tasks base 2 weight 1 on FARGATE and weight 3 on FARGATE_SPOT into 4 and 6', () => {
    const sim = fargateWorld();
    const out = sim.call('ecs', 'RunTask', {
      cluster: 'web',
      taskDefinition: 'api',
      count: 10,
      networkConfiguration: awsvpc(sim),
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE', base: 2, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 3 },
      ],
    });
    expect(countBy(out.tasks.map((t) => t.capacityProviderName))).toEqual({ FARGATE: 4, FARGATE_SPOT: 6 });
    expect(out.tasks.every((t) => t.launchType === 'FARGATE')).toBe(true);
  });

  it.each([
    {
      name: 'launchType and a strategy together',
      input: {
        launchType: 'FARGATE' as const,
        capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }],
      },
      message: /Specifying both a launchType and capacityProviderStrategy is not supported/,
    },
    {
      name: 'a provider the cluster does not have',
      input: { capacityProviderStrategy: [{ capacityProvider: 'other', weight: 1 }] },
      message: /cannot contain a capacity provider that is not associated with the cluster/,
    },
    {
      name: 'every weight 0',
      input: { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 1 }] },
      message: /weight greater than 0/,
    },
  ])('refuses $name with InvalidParameterException, leaving the state unchanged', ({ input, message }) => {
    const sim = fargateWorld();
    expectRejected(
      sim,
      () =>
        sim.call('ecs', 'RunTask', {
          cluster: 'web',
          taskDefinition: 'api',
          networkConfiguration: awsvpc(sim),
          ...input,
        }),
      'InvalidParameterException',
      message,
    );
  });

  it('refuses FARGATE_SPOT for a Windows task definition', () => {
    const sim = fargateWorld();
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'win',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '1024',
      memory: '2048',
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
      containerDefinitions: [{ name: 'win', image: 'nginx:latest', essential: true }],
    });
    expectRejected(
      sim,
      () =>
        sim.call('ecs', 'RunTask', {
          cluster: 'web',
          taskDefinition: 'win',
          networkConfiguration: awsvpc(sim),
          capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
        }),
      'InvalidParameterException',
      /FARGATE_SPOT runs Linux tasks only/,
    );
  });
});

describe('a service with a capacity provider strategy', () => {
  const strategy = [
    { capacityProvider: 'FARGATE', base: 2, weight: 1 },
    { capacityProvider: 'FARGATE_SPOT', weight: 3 },
  ];

  it('keeps the split as it scales, counting the tasks it already has', () => {
    const sim = fargateWorld();
    const created = sim.call('ecs', 'CreateService', {
      cluster: 'web',
      serviceName: 'api',
      taskDefinition: 'api',
      desiredCount: 6,
      networkConfiguration: awsvpc(sim),
      capacityProviderStrategy: strategy,
    });
    expect(created.service.capacityProviderStrategy).toEqual(strategy);
    expect('launchType' in created.service).toBe(false);
    sim.advance(60);
    const live = () => tasksOf(sim).filter((t) => t.desiredStatus === 'RUNNING');
    // 6: base 2 on FARGATE, then 4 by 1:3 → FARGATE 3, FARGATE_SPOT 3
    expect(countBy(live().map((t) => t.capacityProviderName))).toEqual({ FARGATE: 3, FARGATE_SPOT: 3 });
    sim.call('ecs', 'UpdateService', { cluster: 'web', service: 'api', desiredCount: 10 });
    sim.advance(60);
    expect(countBy(live().map((t) => t.capacityProviderName))).toEqual({ FARGATE: 4, FARGATE_SPOT: 6 });
  });

  it("takes the cluster's default strategy when it names neither launch type nor strategy", () => {
    const sim = fargateWorld([{ capacityProvider: 'FARGATE_SPOT', weight: 1 }]);
    const created = sim.call('ecs', 'CreateService', {
      cluster: 'web',
      serviceName: 'api',
      taskDefinition: 'api',
      desiredCount: 2,
      networkConfiguration: awsvpc(sim),
    });
    expect(created.service.capacityProviderStrategy).toEqual([
      { capacityProvider: 'FARGATE_SPOT', weight: 1 },
    ]);
    sim.advance(60);
    expect(tasksOf(sim).map((t) => t.capacityProviderName)).toEqual(['FARGATE_SPOT', 'FARGATE_SPOT']);
  });
});

describe('ecs PutClusterCapacityProviders and DescribeCapacityProviders', () => {
  it('lists FARGATE and FARGATE_SPOT in every account', () => {
    const sim = fargateWorld();
    const out = sim.call('ecs', 'DescribeCapacityProviders', {});
    expect(out.capacityProviders.map((c) => [c.name, c.status])).toEqual([
      ['FARGATE', 'ACTIVE'],
      ['FARGATE_SPOT', 'ACTIVE'],
    ]);
    expect(sim.call('ecs', 'DescribeCapacityProviders', { capacityProviders: ['nope'] }).failures).toEqual([
      { arn: 'arn:aws:ecs:us-east-1:123456789012:capacity-provider/nope', reason: 'MISSING' },
    ]);
  });

  it('replaces the providers and the default strategy, shown by DescribeClusters', () => {
    const sim = fargateWorld();
    sim.call('ecs', 'PutClusterCapacityProviders', {
      cluster: 'web',
      capacityProviders: ['FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 2 }],
    });
    const cluster = sim.call('ecs', 'DescribeClusters', { clusters: ['web'] }).clusters[0]!;
    expect(cluster.capacityProviders).toEqual(['FARGATE_SPOT']);
    expect(cluster.defaultCapacityProviderStrategy).toEqual([
      { capacityProvider: 'FARGATE_SPOT', weight: 2 },
    ]);
  });

  it('refuses to remove a provider a service uses (ResourceInUseException)', () => {
    const sim = fargateWorld();
    sim.call('ecs', 'CreateService', {
      cluster: 'web',
      serviceName: 'api',
      taskDefinition: 'api',
      desiredCount: 1,
      networkConfiguration: awsvpc(sim),
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    });
    expectRejected(
      sim,
      () =>
        sim.call('ecs', 'PutClusterCapacityProviders', {
          cluster: 'web',
          capacityProviders: ['FARGATE'],
          defaultCapacityProviderStrategy: [],
        }),
      'ResourceInUseException',
      /The specified capacity provider is in use and cannot be removed/,
    );
  });
});
