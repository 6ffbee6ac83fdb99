import { describe, expect, it } from 'vitest';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';
import { placeTask } from '../../containerInstances/fixtures';
import { arnName } from '../../../../src/lib/arn';

const resource = (list: ReadonlyArray<{ name: string }>, name: string) => list.find((r) => r.name === name);

describe('ecs DescribeContainerInstances', () => {
  it.each([
    ['t2.micro', 1024, 998, 1],
    ['t3.medium', 2048, 3993, 2],
    ['m5.large', 2048, 7987, 2],
    ['c5.xlarge', 4096, 7987, 3],
    ['m5.4xlarge', 16384, 63897, 7],
    ['r5.large', 2048, 15974, 2],
  ])(
    'registers a %s with %i CPU units, %i MiB (less than nominal) and %i task ENI slots',
    (type, cpu, memory, enis) => {
      const sim = anAccount().withInstances(1, type).build();
      const [arn] = containerInstancesOf(sim);
      const [ci] = sim.call('ecs', 'DescribeContainerInstances', {
        containerInstances: [arn!],
      }).containerInstances;
      expect(resource(ci!.registeredResources, 'CPU')).toEqual({
        name: 'CPU',
        type: 'INTEGER',
        doubleValue: 0,
        longValue: 0,
        integerValue: cpu,
      });
      expect(resource(ci!.registeredResources, 'MEMORY')).toMatchObject({
        type: 'INTEGER',
        integerValue: memory,
      });
      expect(sim.state.ecs.containerInstances[arn!]!.eniSlots).toBe(enis);
    },
  );

  it('shows the agent ports, built-in and capability attributes, agent version and ARN format', () => {
    const sim = anAccount()
      .withCluster('web')
      .withInstances(1, 'm5.large', { attributes: { stack: 'prod' } })
      .build();
    const [arn] = containerInstancesOf(sim, 'web');
    const [ci] = sim.call('ecs', 'DescribeContainerInstances', {
      cluster: 'web',
      containerInstances: [arn!],
    }).containerInstances;
    expect(ci!.containerInstanceArn).toMatch(
      /^arn:aws:ecs:us-east-1:123456789012:container-instance\/web\/[0-9a-f]{32}$/,
    );
    expect(resource(ci!.registeredResources, 'PORTS')).toMatchObject({
      type: 'STRINGSET',
      stringSetValue: ['22', '2375', '2376', '51678', '51679'],
    });
    expect(resource(ci!.registeredResources, 'PORTS_UDP')).toMatchObject({
      type: 'STRINGSET',
      stringSetValue: [],
    });
    expect(ci!.remainingResources).toEqual(ci!.registeredResources);
    const attributes = new Map(ci!.attributes.map((a) => [a.name, a.value]));
    const instance = sim.state.ec2.instances[ci!.ec2InstanceId]!;
    expect(
      Object.fromEntries(
        [...attributes].filter(([name]) => name.startsWith('ecs.') && !name.startsWith('ecs.capability')),
      ),
    ).toEqual({
      'ecs.ami-id': instance.ImageId,
      'ecs.availability-zone': 'us-east-1a',
      'ecs.instance-type': 'm5.large',
      'ecs.os-type': 'linux',
      'ecs.os-family': 'LINUX',
      'ecs.cpu-architecture': 'x86_64',
      'ecs.vpc-id': instance.VpcId,
      'ecs.subnet-id': instance.SubnetId,
    });
    expect(attributes.get('stack')).toBe('prod');
    for (const capability of [
      'ecs.capability.task-eni',
      'ecs.capability.container-health-check',
      'ecs.capability.container-ordering',
      'ecs.capability.execution-role-awslogs',
      'ecs.capability.execution-role-ecr-pull',
      'com.amazonaws.ecs.capability.task-iam-role',
      'com.amazonaws.ecs.capability.docker-remote-api.1.17',
      'com.amazonaws.ecs.capability.docker-remote-api.1.44',
      'com.amazonaws.ecs.capability.logging-driver.awslogs',
      'com.amazonaws.ecs.capability.logging-driver.json-file',
    ]) {
      expect(attributes.has(capability)).toBe(true);
      expect(attributes.get(capability)).toBeUndefined();
    }
    expect(ci).toMatchObject({
      status: 'ACTIVE',
      agentConnected: true,
      versionInfo: { agentVersion: '1.90.0' },
      runningTasksCount: 0,
      pendingTasksCount: 0,
      ec2InstanceId: instance.InstanceId,
    });
    expect(ci!.registeredAt).toMatch(/^2026-01-01T00:01:\d\dZ$|^2026-01-01T00:00:[3-5]\dZ$/);
  });

  it('applies the agent settings from user data: reserved memory and ports, port range, logging drivers', () => {
    const sim = anAccount().withInstances(1, 'm5.large', { attributes: {} }).build();
    // a second instance with its own user data
    sim.call('ec2', 'RunInstances', {
      ImageId: 'ami-ecs',
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
      IamInstanceProfile: { Name: 'ecsInstanceRole' },
      UserData: Buffer.from(
        [
          '#!/bin/bash',
          "cat <<'EOF' >> /etc/ecs/ecs.config",
          'ECS_CLUSTER=default',
          'ECS_RESERVED_MEMORY=256',
          'ECS_RESERVED_PORTS=[22,8080]',
          'ECS_RESERVED_PORTS_UDP=[161]',
          'ECS_DYNAMIC_HOST_PORT_RANGE=40000-40100',
          'ECS_AVAILABLE_LOGGING_DRIVERS=["json-file"]',
          'EOF',
        ].join('\n'),
      ).toString('base64'),
    });
    sim.advance(120);
    const arn = containerInstancesOf(sim)[1]!;
    const record = sim.state.ecs.containerInstances[arn]!;
    expect(record.registeredResources).toEqual({
      cpu: 2048,
      memory: 7987 - 256,
      ports: [22, 8080],
      portsUdp: [161],
    });
    expect(record.dynamicPortRange).toEqual([40000, 40100]);
    const names = record.attributes.map((a) => a.name);
    expect(names).toContain('com.amazonaws.ecs.capability.logging-driver.json-file');
    expect(names).not.toContain('com.amazonaws.ecs.capability.logging-driver.awslogs');
    // FireLens is the agent's own routing, advertised whatever ECS_AVAILABLE_LOGGING_DRIVERS lists
    expect(names).toEqual(
      expect.arrayContaining([
        'com.amazonaws.ecs.capability.logging-driver.awsfirelens',
        'ecs.capability.firelens.fluentd',
        'ecs.capability.firelens.fluentbit',
        'ecs.capability.firelens.options.config.file',
        'ecs.capability.firelens.options.config.s3',
      ]),
    );
  });

  it('counts tasks and shows remaining resources as tasks are placed', () => {
    const sim = anAccount().withInstances(1, 'm5.large').build();
    const [arn] = containerInstancesOf(sim);
    placeTask(sim, arn!, 't1', 'family:web');
    placeTask(sim, arn!, 't2', 'family:web', 'PENDING');
    const [ci] = sim.call('ecs', 'DescribeContainerInstances', {
      containerInstances: [arn!],
    }).containerInstances;
    expect(ci).toMatchObject({ runningTasksCount: 2, pendingTasksCount: 1 });
    expect(resource(ci!.remainingResources, 'CPU')).toMatchObject({ integerValue: 2048 - 512 });
    expect(resource(ci!.remainingResources, 'MEMORY')).toMatchObject({ integerValue: 7987 - 1024 });
  });

  it('describes deregistered instances and reports unknown ones as MISSING', () => {
    const sim = anAccount().withInstances(1, 't3.small').build();
    const [arn] = containerInstancesOf(sim);
    sim.call('ecs', 'DeregisterContainerInstance', { containerInstance: arn! });
    const id = arnName(arn!);
    const out = sim.call('ecs', 'DescribeContainerInstances', { containerInstances: [id, 'f'.repeat(32)] });
    expect(out.containerInstances.map((c) => c.status)).toEqual(['INACTIVE']);
    expect(out.failures).toEqual([
      {
        arn: `arn:aws:ecs:us-east-1:123456789012:container-instance/default/${'f'.repeat(32)}`,
        reason: 'MISSING',
      },
    ]);
  });

  it.each([
    ['an unknown cluster', { cluster: 'nope', containerInstances: ['x'] }, 'ClusterNotFoundException'],
    ['an empty list', { containerInstances: [] }, 'InvalidParameterException'],
    ['101 instances', { containerInstances: Array(101).fill('x') }, 'InvalidParameterException'],
  ])('rejects %s', (_name, input, error) => {
    const sim = anAccount().withInstances(1, 't3.small').build();
    expectRejected(sim, () => sim.call('ecs', 'DescribeContainerInstances', input), error);
  });
});
