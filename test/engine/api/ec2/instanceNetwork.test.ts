import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../../src/engine';
import type { Subnet } from '../../../../src/engine/model/ec2';
import type { SimState } from '../../../../src/engine/state';
import { ECS_AMI, expectRejected } from '../../../builders/account';

const base = { ImageId: ECS_AMI, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 };

const describeOne = (sim: Simulation, id: string) =>
  sim.call('ec2', 'DescribeInstances', { InstanceIds: [id] }).Reservations[0]!.Instances[0]!;

/** A default subnet of the account, made private (no public IPs on launch). */
function privateSubnet(sim: Simulation): string {
  const state = sim.state as unknown as SimState;
  const subnet = Object.values(state.ec2.subnets)[0]!;
  state.ec2.subnets[subnet.SubnetId] = { ...subnet, MapPublicIpOnLaunch: false } satisfies Subnet;
  return subnet.SubnetId;
}

describe('ec2 instance public IP', () => {
  it('is absent from the RunInstances response, then shown with its DNS name once the instance runs', () => {
    const sim = createSimulation({ seed: 4 });
    const [launched] = sim.call('ec2', 'RunInstances', base).Instances;
    expect(launched).not.toHaveProperty('PublicIpAddress');
    expect(launched!.PublicDnsName).toBe('');
    sim.advance(20);
    const running = describeOne(sim, launched!.InstanceId);
    expect(running.State.Name).toBe('running');
    expect(running.PublicIpAddress).toMatch(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
    expect(running.PublicDnsName).toBe(
      `ec2-${running.PublicIpAddress!.replaceAll('.', '-')}.compute-1.amazonaws.com`,
    );
  });

  it('is released when the instance terminates', () => {
    const sim = createSimulation({ seed: 4 });
    const [launched] = sim.call('ec2', 'RunInstances', base).Instances;
    sim.advance(20);
    sim.call('ec2', 'TerminateInstances', { InstanceIds: [launched!.InstanceId] });
    sim.advance(120);
    const gone = describeOne(sim, launched!.InstanceId);
    expect(gone.State.Name).toBe('terminated');
    expect(gone).not.toHaveProperty('PublicIpAddress');
    expect(gone.PublicDnsName).toBe('');
  });

  it('is not given in a subnet that does not map public IPs, unless AssociatePublicIpAddress asks', () => {
    const sim = createSimulation({ seed: 4 });
    const subnet = privateSubnet(sim);
    const [plain] = sim.call('ec2', 'RunInstances', { ...base, SubnetId: subnet }).Instances;
    const [asked] = sim.call('ec2', 'RunInstances', {
      ...base,
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet, AssociatePublicIpAddress: true }],
    }).Instances;
    sim.advance(20);
    expect(describeOne(sim, plain!.InstanceId)).not.toHaveProperty('PublicIpAddress');
    expect(describeOne(sim, plain!.InstanceId).PublicDnsName).toBe('');
    expect(describeOne(sim, asked!.InstanceId).SubnetId).toBe(subnet);
    expect(describeOne(sim, asked!.InstanceId).PublicIpAddress).toBeDefined();
  });

  it('can be turned off in a public subnet with AssociatePublicIpAddress false', () => {
    const sim = createSimulation({ seed: 4 });
    const [instance] = sim.call('ec2', 'RunInstances', {
      ...base,
      NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
    }).Instances;
    sim.advance(20);
    expect(describeOne(sim, instance!.InstanceId)).not.toHaveProperty('PublicIpAddress');
  });

  it('differs between instances, and is the same for the same seed', () => {
    const ips = (seed: number) => {
      const sim = createSimulation({ seed });
      sim.call('ec2', 'RunInstances', { ...base, MaxCount: 20 });
      sim.call('ec2', 'RunInstances', { ...base, MaxCount: 20 });
      sim.advance(20);
      return sim
        .call('ec2', 'DescribeInstances', {})
        .Reservations.flatMap((r) => r.Instances.map((i) => i.PublicIpAddress));
    };
    const first = ips(8);
    expect(new Set(first).size).toBe(40);
    expect(ips(8)).toEqual(first);
    expect(ips(9)).not.toEqual(first);
  });
});

describe('ec2 instance security groups', () => {
  it("are the VPC's default group when none is given", () => {
    const sim = createSimulation({ seed: 4 });
    const [a] = sim.call('ec2', 'RunInstances', base).Instances;
    const [b] = sim.call('ec2', 'RunInstances', base).Instances;
    expect(a!.SecurityGroups).toEqual([
      { GroupId: expect.stringMatching(/^sg-[0-9a-f]{17}$/), GroupName: 'default' },
    ]);
    expect(b!.SecurityGroups).toEqual(a!.SecurityGroups);
    expect(describeOne(sim, a!.InstanceId).SecurityGroups).toEqual(a!.SecurityGroups);
  });

  it('are the given SecurityGroupIds, the default group named and others listed by id', () => {
    const sim = createSimulation({ seed: 4 });
    const [probe] = sim.call('ec2', 'RunInstances', base).Instances;
    const fallback = probe!.SecurityGroups[0]!.GroupId;
    const [instance] = sim.call('ec2', 'RunInstances', {
      ...base,
      SecurityGroupIds: ['sg-0123456789abcdef0', fallback],
    }).Instances;
    expect(describeOne(sim, instance!.InstanceId).SecurityGroups).toEqual([
      { GroupId: 'sg-0123456789abcdef0' },
      { GroupId: fallback, GroupName: 'default' },
    ]);
  });

  it('may come from the primary network interface', () => {
    const sim = createSimulation({ seed: 4 });
    const [instance] = sim.call('ec2', 'RunInstances', {
      ...base,
      NetworkInterfaces: [{ DeviceIndex: 0, Groups: ['sg-12344321'] }],
    }).Instances;
    expect(instance!.SecurityGroups).toEqual([{ GroupId: 'sg-12344321' }]);
  });

  it.each([
    [
      'a malformed group id',
      { SecurityGroupIds: ['my-group'] },
      'InvalidGroupId.Malformed',
      /Invalid id: "my-group" \(expecting "sg-\.\.\."\)/,
    ],
    [
      'a subnet both on the instance and on its network interface',
      { SubnetId: 'subnet-x', NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: 'subnet-y' }] },
      'InvalidParameterCombination',
      /Network interfaces and an instance-level subnet ID may not be specified on the same request/,
    ],
    [
      'groups both on the instance and on its network interface',
      { SecurityGroupIds: ['sg-12344321'], NetworkInterfaces: [{ DeviceIndex: 0, Groups: ['sg-12344321'] }] },
      'InvalidParameterCombination',
      /instance-level security groups may not be specified/,
    ],
  ])('rejects %s', (_what, extra, name, message) => {
    const sim = createSimulation({ seed: 4 });
    expectRejected(sim, () => sim.callByName('ec2', 'RunInstances', { ...base, ...extra }), name, message);
  });
});
