import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { expectRejected } from '../../../builders/account';
import {
  createListener,
  createLoadBalancer,
  createTargetGroup,
  subnetIds,
  VPC_ID,
} from '../../elbv2/fixtures';

/** What a refused CreateLoadBalancer request changes from a valid one (Subnets as a count or as ids). */
interface LoadBalancerChange {
  readonly Type?: string;
  readonly Name?: string;
  readonly Subnets?: number | string[];
  readonly SubnetMappings?: object[];
}

describe('elbv2 CreateLoadBalancer', () => {
  it('creates an internet-facing ALB in the subnets given, provisioning and then active', () => {
    const sim = createSimulation({ seed: 3 });
    const [a, b] = subnetIds(sim);
    const lb = sim.call('elbv2', 'CreateLoadBalancer', { Name: 'web-alb', Subnets: [a!, b!] })
      .LoadBalancers[0]!;
    expect(lb).toMatchObject({
      LoadBalancerArn: expect.stringMatching(
        /^arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer\/app\/web-alb\/[0-9a-f]{16}$/,
      ),
      DNSName: expect.stringMatching(/^web-alb-\d{10}\.us-east-1\.elb\.amazonaws\.com$/),
      CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K',
      CreatedTime: '2026-01-01T00:00:00Z',
      LoadBalancerName: 'web-alb',
      Scheme: 'internet-facing',
      VpcId: VPC_ID,
      State: { Code: 'provisioning' },
      Type: 'application',
      AvailabilityZones: [
        { ZoneName: 'us-east-1a', SubnetId: a, LoadBalancerAddresses: [] },
        { ZoneName: 'us-east-1b', SubnetId: b, LoadBalancerAddresses: [] },
      ],
      SecurityGroups: [expect.stringMatching(/^sg-0[0-9a-f]{16}$/)],
      IpAddressType: 'ipv4',
    });
    sim.advance(60);
    const described = sim.call('elbv2', 'DescribeLoadBalancers', { Names: ['web-alb'] }).LoadBalancers;
    expect(described.map((l) => l.State.Code)).toEqual(['active']);
  });

  it('names an internal load balancer internal-…', () => {
    const sim = createSimulation();
    const lb = sim.call('elbv2', 'CreateLoadBalancer', {
      Name: 'api',
      Scheme: 'internal',
      SubnetMappings: subnetIds(sim).map((SubnetId) => ({ SubnetId })),
    }).LoadBalancers[0]!;
    expect(lb.DNSName).toMatch(/^internal-api-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);
    expect(lb.AvailabilityZones).toHaveLength(3);
  });

  it('returns the existing load balancer for a repeated request with the same settings', () => {
    const sim = createSimulation();
    const first = createLoadBalancer(sim);
    expect(createLoadBalancer(sim)).toBe(first);
    expect(Object.keys(sim.state.elbv2.loadBalancers)).toHaveLength(1);
  });

  it.each<[string, LoadBalancerChange, string, RegExp | undefined]>([
    [
      'a network load balancer',
      { Type: 'network' },
      'InvalidConfigurationRequest',
      /Application Load Balancers only/,
    ],
    ['one subnet', { Subnets: 1 }, 'ValidationError', /at least two Availability Zones/],
    ['no subnet', { Subnets: 0 }, 'ValidationError', /at least two Availability Zones/],
    ['an unknown subnet', { Subnets: ['subnet-nope'] }, 'SubnetNotFound', /subnet-nope/],
    ['a name with a leading hyphen', { Name: '-web' }, 'ValidationError', /letters, digits or hyphens/],
    ['a name starting internal-', { Name: 'internal-web' }, 'ValidationError', /internal-/],
    ['a name over 32 characters', { Name: 'a'.repeat(33) }, 'ValidationError', /Name/],
    [
      'Subnets and SubnetMappings together',
      { SubnetMappings: [{}] },
      'ValidationError',
      /cannot be used together/,
    ],
  ])('refuses %s', (_, change, name, message) => {
    const sim = createSimulation();
    const ids = subnetIds(sim);
    const subnets =
      change.Subnets === undefined
        ? ids.slice(0, 2)
        : typeof change.Subnets === 'number'
          ? ids.slice(0, change.Subnets)
          : change.Subnets;
    const input = { Name: 'web', ...change, Subnets: subnets };
    expectRejected(sim, () => sim.callByName('elbv2', 'CreateLoadBalancer', input), name, message);
  });

  it('refuses two subnets in one Availability Zone and a taken name with other settings', () => {
    const sim = createSimulation();
    const [a, b, c] = subnetIds(sim);
    expectRejected(
      sim,
      () => sim.call('elbv2', 'CreateLoadBalancer', { Name: 'web', Subnets: [a!, a!] }),
      'InvalidConfigurationRequest',
      /same Availability Zone/,
    );
    sim.call('elbv2', 'CreateLoadBalancer', { Name: 'web', Subnets: [a!, b!] });
    expectRejected(
      sim,
      () => sim.call('elbv2', 'CreateLoadBalancer', { Name: 'web', Subnets: [a!, c!] }),
      'DuplicateLoadBalancerName',
      /'web' already exists/,
    );
  });
});

describe('elbv2 DescribeLoadBalancers', () => {
  it('describes all, by ARN and by name, and refuses unknown ones', () => {
    const sim = createSimulation();
    const one = createLoadBalancer(sim, 'one');
    createLoadBalancer(sim, 'two');
    expect(
      sim.call('elbv2', 'DescribeLoadBalancers', {}).LoadBalancers.map((l) => l.LoadBalancerName),
    ).toEqual(['one', 'two']);
    expect(
      sim.call('elbv2', 'DescribeLoadBalancers', { LoadBalancerArns: [one] }).LoadBalancers,
    ).toHaveLength(1);
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DescribeLoadBalancers', { Names: ['three'] }),
      'LoadBalancerNotFound',
      /three/,
    );
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DescribeLoadBalancers', { LoadBalancerArns: [`${one}0`] }),
      'LoadBalancerNotFound',
    );
  });
});

describe('elbv2 DeleteLoadBalancer', () => {
  it('deletes the load balancer and its listeners, keeping the target group', () => {
    const sim = createSimulation();
    const lb = createLoadBalancer(sim);
    const tg = createTargetGroup(sim);
    createListener(sim, lb, tg);
    expect(sim.call('elbv2', 'DeleteLoadBalancer', { LoadBalancerArn: lb })).toEqual({});
    expect(sim.state.elbv2.loadBalancers).toEqual({});
    expect(sim.state.elbv2.listeners).toEqual({});
    expect(sim.call('elbv2', 'DescribeTargetGroups', {}).TargetGroups[0]!.LoadBalancerArns).toEqual([]);
    // deleting what is already gone succeeds, as in AWS
    expect(sim.call('elbv2', 'DeleteLoadBalancer', { LoadBalancerArn: lb })).toEqual({});
  });

  it('reports a malformed request as ValidationError', () => {
    const sim = createSimulation();
    expectRejected(
      sim,
      () => sim.callByName('elbv2', 'DeleteLoadBalancer', {}),
      'ValidationError',
      /LoadBalancerArn/,
    );
  });
});
