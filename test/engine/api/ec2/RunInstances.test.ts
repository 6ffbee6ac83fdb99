import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { ECS_OPTIMIZED_AMI, AMAZON_LINUX_AMI } from '../../../../src/engine/catalog/amis';
import { ECS_AMI, PLAIN_AMI, base64, expectRejected } from '../../../builders/account';

const base = { ImageId: ECS_AMI, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 };

describe('ec2 RunInstances', () => {
  it('launches MaxCount pending instances in one reservation and subnet, with sequential private IPs', () => {
    const sim = createSimulation({ seed: 2 });
    const out = sim.call('ec2', 'RunInstances', {
      ...base,
      MinCount: 1,
      MaxCount: 3,
      Placement: { AvailabilityZone: 'us-east-1b' },
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'web' }] }],
    });
    expect(out.ReservationId).toMatch(/^r-[0-9a-f]{17}$/);
    expect(out.OwnerId).toBe('123456789012');
    expect(out.Instances).toHaveLength(3);
    expect(out.Instances.map((i) => i.State)).toEqual(Array(3).fill({ Code: 0, Name: 'pending' }));
    expect(new Set(out.Instances.map((i) => i.Placement.AvailabilityZone))).toEqual(new Set(['us-east-1b']));
    expect(out.Instances.map((i) => i.PrivateIpAddress)).toEqual([
      '172.31.16.10',
      '172.31.16.11',
      '172.31.16.12',
    ]);
    expect(out.Instances[0]!.InstanceId).toMatch(/^i-[0-9a-f]{17}$/);
    expect(out.Instances[0]!.ImageId).toBe(ECS_OPTIMIZED_AMI.ImageId);
    expect(out.Instances[0]!.LaunchTime).toBe('2026-01-01T00:00:00Z');
    expect(out.Instances[0]!.Tags).toEqual([{ Key: 'Name', Value: 'web' }]);
    expect(sim.events.filter((e) => e.type === 'InstanceLaunched')).toHaveLength(3);
  });

  it('takes tag specifications for any resource type of the EC2 model and keeps the instance’s', () => {
    const sim = createSimulation({ seed: 2 });
    const out = sim.call('ec2', 'RunInstances', {
      ...base,
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] },
        { ResourceType: 'volume', Tags: [{ Key: 'team', Value: 'disks' }] },
        { ResourceType: 'launch-template', Tags: [{ Key: 'ignored', Value: 'yes' }] },
      ],
    });
    expect(out.Instances[0]!.Tags).toEqual([{ Key: 'team', Value: 'web' }]);
    expectRejected(
      sim,
      () =>
        sim.callByName('ec2', 'RunInstances', {
          ...base,
          TagSpecifications: [{ ResourceType: 'instances', Tags: [] }],
        }),
      'InvalidParameterValue',
      /ResourceType/,
    );
  });

  it('moves instances to running within 15 s', () => {
    const sim = createSimulation({ seed: 3 });
    const [instance] = sim.call('ec2', 'RunInstances', base).Instances;
    sim.advance(15);
    expect(sim.state.ec2.instances[instance!.InstanceId]!.State).toBe('running');
  });

  it.each([
    ['the SSM parameter of the ECS-optimized AMI', ECS_AMI, ECS_OPTIMIZED_AMI.ImageId, 'booting'],
    ['the concrete ECS-optimized AMI id', ECS_OPTIMIZED_AMI.ImageId, ECS_OPTIMIZED_AMI.ImageId, 'booting'],
    ['the ami-ecs shorthand', 'ami-ecs', ECS_OPTIMIZED_AMI.ImageId, 'booting'],
    ['plain Amazon Linux by SSM parameter', PLAIN_AMI, AMAZON_LINUX_AMI.ImageId, 'none'],
  ])('resolves %s', (_name, ImageId, stored, phase) => {
    const sim = createSimulation();
    const [instance] = sim.call('ec2', 'RunInstances', { ...base, ImageId }).Instances;
    const record = sim.state.ec2.instances[instance!.InstanceId]!;
    expect(record.ImageId).toBe(stored);
    expect(record.agent.phase).toBe(phase);
  });

  it('launches into the subnet given by SubnetId', () => {
    const sim = createSimulation();
    const subnet = Object.values(sim.state.ec2.subnets).find((s) => s.AvailabilityZone === 'us-east-1c')!;
    const [instance] = sim.call('ec2', 'RunInstances', { ...base, SubnetId: subnet.SubnetId }).Instances;
    expect(instance!.SubnetId).toBe(subnet.SubnetId);
    expect(instance!.Placement.AvailabilityZone).toBe('us-east-1c');
  });

  it('picks a default subnet when neither a subnet nor an AZ is given', () => {
    const sim = createSimulation({ seed: 9 });
    const [instance] = sim.call('ec2', 'RunInstances', base).Instances;
    expect(sim.state.ec2.subnets[instance!.SubnetId]!.DefaultForAz).toBe(true);
  });

  it('stores the instance profile and user data', () => {
    const sim = createSimulation();
    const UserData = base64('echo ECS_CLUSTER=web >> /etc/ecs/ecs.config');
    const [instance] = sim.call('ec2', 'RunInstances', {
      ...base,
      IamInstanceProfile: { Arn: 'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole' },
      UserData,
    }).Instances;
    expect(instance!.IamInstanceProfile).toEqual({
      Arn: 'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole',
    });
    const record = sim.state.ec2.instances[instance!.InstanceId]!;
    expect(record.IamInstanceProfile).toBe('ecsInstanceRole');
    expect(record.UserData).toBe(UserData);
  });

  const rejections: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['a malformed AMI id', { ImageId: 'ami-xyz' }, 'InvalidAMIID.Malformed', /Invalid id: "ami-xyz"/],
    [
      'an AMI that does not exist',
      { ImageId: 'ami-0123456789abcdef0' },
      'InvalidAMIID.NotFound',
      /does not exist/,
    ],
    ['an unknown SSM parameter', { ImageId: 'resolve:ssm:/nope' }, 'InvalidParameterValue', /SSM parameter/],
    [
      'an instance type the simulator does not offer',
      { InstanceType: 'x2iedn.32xlarge' },
      'InvalidParameterValue',
      /x2iedn\.32xlarge.*m5\.large/,
    ],
    [
      'MaxCount below MinCount',
      { MinCount: 3, MaxCount: 2 },
      'InvalidParameterValue',
      /MaxCount \(2\) must be at least MinCount \(3\)/,
    ],
    ['a missing InstanceType', { InstanceType: undefined }, 'InvalidParameterValue', /InstanceType/],
    ['an unknown subnet', { SubnetId: 'subnet-0000' }, 'InvalidSubnetID.NotFound', /subnet-0000/],
    [
      'an unknown AZ',
      { Placement: { AvailabilityZone: 'us-west-2a' } },
      'InvalidParameterValue',
      /us-west-2a/,
    ],
    [
      'an instance profile that does not exist',
      { IamInstanceProfile: { Name: 'nope' } },
      'InvalidParameterValue',
      /nope/,
    ],
    [
      'user data that is not base64',
      { UserData: '#!/bin/bash\necho hi' },
      'InvalidUserData.Malformed',
      /base64/,
    ],
    ['an unknown member', { Foo: 1 }, 'InvalidParameterValue', /Unknown member 'Foo'/],
  ];

  it.each(rejections)('rejects %s and leaves the state unchanged', (_name, change, error, message) => {
    const sim = createSimulation();
    const input = { ...base, ...change };
    expectRejected(
      sim,
      () => sim.callByName('ec2', 'RunInstances', JSON.parse(JSON.stringify(input))),
      error,
      message,
    );
  });

  it('rejects a subnet and an AZ that disagree', () => {
    const sim = createSimulation();
    const subnet = Object.values(sim.state.ec2.subnets).find((s) => s.AvailabilityZone === 'us-east-1a')!;
    expectRejected(
      sim,
      () =>
        sim.call('ec2', 'RunInstances', {
          ...base,
          SubnetId: subnet.SubnetId,
          Placement: { AvailabilityZone: 'us-east-1b' },
        }),
      'InvalidParameterValue',
      /us-east-1b/,
    );
  });
});
