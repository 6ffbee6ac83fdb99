import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { ECS_AMI, PLAIN_AMI, expectRejected } from '../../../builders/account';

function account() {
  const sim = createSimulation({ seed: 4 });
  const run = (InstanceType: string, az: string, count: number, name?: string, ImageId = ECS_AMI) =>
    sim.call('ec2', 'RunInstances', {
      ImageId,
      InstanceType,
      MinCount: count,
      MaxCount: count,
      Placement: { AvailabilityZone: az },
      ...(name
        ? { TagSpecifications: [{ ResourceType: 'instance' as const, Tags: [{ Key: 'Name', Value: name }] }] }
        : {}),
    });
  const a = run('t3.micro', 'us-east-1a', 2, 'web');
  const b = run('m5.large', 'us-east-1b', 1, 'db');
  const c = run('c5.large', 'us-east-1c', 1, undefined, PLAIN_AMI);
  sim.advance(20);
  sim.call('ec2', 'TerminateInstances', { InstanceIds: [c.Instances[0]!.InstanceId] });
  return { sim, a, b, c };
}

const ids = (out: { Reservations: Array<{ Instances: Array<{ InstanceId: string }> }> }) =>
  out.Reservations.flatMap((r) => r.Instances.map((i) => i.InstanceId));

describe('ec2 DescribeInstances', () => {
  it('returns every instance, terminated ones included, grouped by reservation in launch order', () => {
    const { sim, a, b, c } = account();
    const out = sim.call('ec2', 'DescribeInstances', {});
    expect(out.Reservations.map((r) => r.ReservationId)).toEqual([
      a.ReservationId,
      b.ReservationId,
      c.ReservationId,
    ]);
    expect(out.Reservations[0]!.Instances).toHaveLength(2);
    expect(out.Reservations[2]!.Instances[0]!.State).toEqual({ Code: 32, Name: 'shutting-down' });
    expect(out.Reservations[1]!.Instances[0]).toMatchObject({
      InstanceType: 'm5.large',
      State: { Code: 16, Name: 'running' },
      Placement: { AvailabilityZone: 'us-east-1b', Tenancy: 'default' },
      PrivateDnsName: expect.stringMatching(/^ip-172-31-16-\d+\.ec2\.internal$/),
      Architecture: 'x86_64',
    });
  });

  it.each([
    ['instance-state-name', ['running'], 3],
    ['instance-state-name', ['shutting-down', 'terminated'], 1],
    ['instance-type', ['t3.*'], 2],
    ['availability-zone', ['us-east-1b', 'us-east-1c'], 2],
    ['tag:Name', ['web'], 2],
    ['tag:Name', ['d?'], 1],
    ['tag-key', ['Name'], 3],
  ])('filters by %s = %j', (Name, Values, count) => {
    const { sim } = account();
    expect(ids(sim.call('ec2', 'DescribeInstances', { Filters: [{ Name, Values }] }))).toHaveLength(count);
  });

  it('combines filters and instance ids', () => {
    const { sim, a } = account();
    const first = a.Instances[0]!.InstanceId;
    const out = sim.call('ec2', 'DescribeInstances', {
      InstanceIds: [first, a.Instances[1]!.InstanceId],
      Filters: [{ Name: 'private-ip-address', Values: [a.Instances[0]!.PrivateIpAddress] }],
    });
    expect(ids(out)).toEqual([first]);
  });

  it.each([
    [
      'an unknown filter',
      { Filters: [{ Name: 'color', Values: ['red'] }] },
      'InvalidParameterValue',
      /'color' is invalid/,
    ],
    [
      'an unknown instance id',
      { InstanceIds: ['i-0123456789abcdef0'] },
      'InvalidInstanceID.NotFound',
      /does not exist/,
    ],
  ])('rejects %s', (_name, input, error, message) => {
    const { sim } = account();
    expectRejected(sim, () => sim.call('ec2', 'DescribeInstances', input), error, message);
  });
});
