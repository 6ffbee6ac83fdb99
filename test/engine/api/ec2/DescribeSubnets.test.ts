import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { ECS_AMI, expectRejected } from '../../../builders/account';

describe('ec2 DescribeSubnets', () => {
  it('describes the three default subnets of the default VPC', () => {
    const sim = createSimulation();
    const out = sim.call('ec2', 'DescribeSubnets', {});
    expect(out.Subnets.map((s) => s.AvailabilityZone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(out.Subnets[0]).toMatchObject({
      VpcId: 'vpc-0a1b2c3d4e5f60718',
      CidrBlock: '172.31.0.0/20',
      DefaultForAz: true,
      State: 'available',
      AvailableIpAddressCount: 4091,
      SubnetArn: expect.stringMatching(/^arn:aws:ec2:us-east-1:123456789012:subnet\/subnet-/),
    });
  });

  it('counts the addresses instances use', () => {
    const sim = createSimulation();
    sim.call('ec2', 'RunInstances', {
      ImageId: ECS_AMI,
      InstanceType: 't3.micro',
      MinCount: 2,
      MaxCount: 2,
      Placement: { AvailabilityZone: 'us-east-1a' },
    });
    const out = sim.call('ec2', 'DescribeSubnets', {
      Filters: [{ Name: 'availability-zone', Values: ['us-east-1a'] }],
    });
    expect(out.Subnets.map((s) => s.AvailableIpAddressCount)).toEqual([4089]);
  });

  it('finds subnets by id and by filter', () => {
    const sim = createSimulation();
    const id = Object.keys(sim.state.ec2.subnets)[1]!;
    expect(sim.call('ec2', 'DescribeSubnets', { SubnetIds: [id] }).Subnets.map((s) => s.SubnetId)).toEqual([
      id,
    ]);
    const filtered = sim.call('ec2', 'DescribeSubnets', {
      Filters: [{ Name: 'default-for-az', Values: ['false'] }],
    });
    expect(filtered.Subnets).toEqual([]);
  });

  it.each([
    ['an unknown subnet id', { SubnetIds: ['subnet-nope'] }, 'InvalidSubnetID.NotFound', /subnet-nope/],
    [
      'an unknown filter',
      { Filters: [{ Name: 'cidr', Values: ['x'] }] },
      'InvalidParameterValue',
      /'cidr' is invalid/,
    ],
  ])('rejects %s', (_name, input, error, message) => {
    const sim = createSimulation();
    expectRejected(sim, () => sim.call('ec2', 'DescribeSubnets', input), error, message);
  });
});
