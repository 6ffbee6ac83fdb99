import { describe, expect, it } from 'vitest';
import { createSimulation, isAwsError, subnetUse, type Simulation } from '../../../src/engine';

/** A /28 in us-east-1a of the default VPC; returns its id. */
function smallSubnet(sim: Simulation, cidr = '172.31.48.0/28'): string {
  const vpc = Object.values(sim.state.ec2.vpcs)[0]!.VpcId;
  return sim.call('ec2', 'CreateSubnet', { VpcId: vpc, CidrBlock: cidr, AvailabilityZone: 'us-east-1a' })
    .Subnet.SubnetId;
}

const FARGATE_TD = {
  family: 'f',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true }],
};

function runFargate(sim: Simulation, subnet: string, count: number, securityGroups?: string[]) {
  return sim.call('ecs', 'RunTask', {
    cluster: 'c',
    taskDefinition: 'f',
    launchType: 'FARGATE',
    count,
    networkConfiguration: {
      awsvpcConfiguration: { subnets: [subnet], ...(securityGroups ? { securityGroups } : {}) },
    },
  } as never);
}

function setUp(seed = 1) {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', { clusterName: 'c' });
  sim.call('ecs', 'RegisterTaskDefinition', FARGATE_TD as never);
  return sim;
}

describe('task ENIs and subnet addresses', () => {
  it('hands out the 11 usable addresses of a /28 from .4 on, then stops tasks with InsufficientFreeAddressesInSubnet', () => {
    const sim = setUp();
    const subnet = smallSubnet(sim);
    runFargate(sim, subnet, 10);
    runFargate(sim, subnet, 2);
    sim.advance(60);
    const tasks = Object.values(sim.state.ecs.tasks);
    const withIp = tasks.filter((t) => t.eni);
    expect(
      withIp
        .map((t) => t.eni!.privateIPv4Address)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    ).toEqual(Array.from({ length: 11 }, (_, i) => `172.31.48.${i + 4}`));
    const failed = tasks.filter((t) => !t.eni);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'TaskFailedToStart',
      stoppedReason: `Unexpected EC2 error while attempting to Create Network Interface in subnet '${subnet}': InsufficientFreeAddressesInSubnet`,
    });
    expect(subnetUse(sim.state, sim.state.ec2.subnets[subnet]!)).toMatchObject({
      usable: 11,
      taskEnis: 11,
      free: 0,
    });
    expect(
      sim.call('ec2', 'DescribeSubnets', { SubnetIds: [subnet] }).Subnets[0]!.AvailableIpAddressCount,
    ).toBe(0);
  });

  it('gives an address back when the ENI is deleted, and hands it out again', () => {
    const sim = setUp();
    const subnet = smallSubnet(sim);
    runFargate(sim, subnet, 10);
    runFargate(sim, subnet, 1);
    sim.advance(60);
    const victim = Object.values(sim.state.ecs.tasks)[3]!;
    sim.call('ecs', 'StopTask', { cluster: 'c', task: victim.taskArn });
    sim.advance(120);
    expect(sim.state.ecs.tasks[victim.taskArn]!.eni!.status).toBe('DELETED');
    expect(subnetUse(sim.state, sim.state.ec2.subnets[subnet]!).free).toBe(1);
    runFargate(sim, subnet, 1);
    sim.advance(60);
    const newest = Object.values(sim.state.ecs.tasks).sort((a, b) => b.createdAt - a.createdAt)[0]!;
    expect(newest.eni!.privateIPv4Address).toBe(victim.eni!.privateIPv4Address);
  });

  it('puts the ENI in the groups asked for, else in the VPC default group', () => {
    const sim = setUp();
    runFargate(sim, smallSubnet(sim), 1, ['sg-0123456789abcdef0']);
    runFargate(sim, smallSubnet(sim, '172.31.48.16/28'), 1);
    const [own, fallback] = Object.values(sim.state.ecs.tasks);
    expect(own!.eni!.securityGroups).toEqual(['sg-0123456789abcdef0']);
    expect(fallback!.eni!.securityGroups).toEqual([expect.stringMatching(/^sg-0[0-9a-f]{16}$/)]);
    expect(fallback!.eni!.securityGroups).not.toEqual(own!.eni!.securityGroups);
  });

  it('refuses an EFS mount target in a full subnet', () => {
    const sim = setUp();
    const subnet = smallSubnet(sim);
    runFargate(sim, subnet, 10);
    runFargate(sim, subnet, 1);
    const fs = sim.call('efs', 'CreateFileSystem', { CreationToken: 'x' }) as { FileSystemId: string };
    try {
      sim.call('efs', 'CreateMountTarget', { FileSystemId: fs.FileSystemId, SubnetId: subnet });
      expect.unreachable('the subnet is full');
    } catch (e) {
      expect(isAwsError(e) && e.name).toBe('InsufficientFreeAddressesInSubnet');
    }
  });
});

describe('ec2 CreateSubnet', () => {
  it('makes a subnet that maps no public IPs, is no default, and counts 11 free addresses in a /28', () => {
    const sim = createSimulation({ seed: 2 });
    const id = smallSubnet(sim);
    expect(sim.state.ec2.subnets[id]).toMatchObject({
      CidrBlock: '172.31.48.0/28',
      AvailabilityZone: 'us-east-1a',
      DefaultForAz: false,
      MapPublicIpOnLaunch: false,
    });
    expect(sim.call('ec2', 'DescribeSubnets', { SubnetIds: [id] }).Subnets[0]!.AvailableIpAddressCount).toBe(
      11,
    );
  });

  it.each([
    ['10.0.0.0/24', 'InvalidSubnet.Range'],
    ['172.31.48.0/29', 'InvalidSubnet.Range'],
    ['172.31.48.3/28', 'InvalidSubnet.Range'],
    ['172.31.48.0/abc', 'InvalidSubnet.Range'],
    ['172.31.8.0/24', 'InvalidSubnet.Conflict'],
  ])('refuses %s with %s', (CidrBlock, name) => {
    const sim = createSimulation({ seed: 2 });
    const vpc = Object.values(sim.state.ec2.vpcs)[0]!.VpcId;
    try {
      sim.call('ec2', 'CreateSubnet', { VpcId: vpc, CidrBlock });
      expect.unreachable();
    } catch (e) {
      expect(isAwsError(e) && e.name).toBe(name);
    }
  });

  it('refuses an unknown VPC and an unknown zone', () => {
    const sim = createSimulation({ seed: 2 });
    const vpc = Object.values(sim.state.ec2.vpcs)[0]!.VpcId;
    expect(() =>
      sim.call('ec2', 'CreateSubnet', { VpcId: 'vpc-0000000000000000a', CidrBlock: '172.31.48.0/28' }),
    ).toThrow(/The vpc ID 'vpc-0000000000000000a' does not exist/);
    expect(() =>
      sim.call('ec2', 'CreateSubnet', {
        VpcId: vpc,
        CidrBlock: '172.31.48.0/28',
        AvailabilityZone: 'us-east-1z',
      }),
    ).toThrow(/Subnets can currently only be created in the following availability zones: us-east-1a/);
  });
});
