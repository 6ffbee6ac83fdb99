import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { expectRejected } from '../../../builders/account';
import { createListener, createLoadBalancer, createTargetGroup, VPC_ID } from '../../elbv2/fixtures';

const base = { Name: 'web-tg', Protocol: 'HTTP', Port: 8080, VpcId: VPC_ID } as const;

describe('elbv2 CreateTargetGroup', () => {
  it('creates an instance target group with the ALB health check defaults', () => {
    const sim = createSimulation();
    const tg = sim.call('elbv2', 'CreateTargetGroup', base).TargetGroups[0]!;
    expect(tg).toEqual({
      TargetGroupArn: expect.stringMatching(
        /^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/web-tg\/[0-9a-f]{16}$/,
      ),
      TargetGroupName: 'web-tg',
      Protocol: 'HTTP',
      Port: 8080,
      VpcId: VPC_ID,
      HealthCheckProtocol: 'HTTP',
      HealthCheckPort: 'traffic-port',
      HealthCheckEnabled: true,
      HealthCheckIntervalSeconds: 30,
      HealthCheckTimeoutSeconds: 5,
      HealthyThresholdCount: 5,
      UnhealthyThresholdCount: 2,
      HealthCheckPath: '/',
      Matcher: { HttpCode: '200' },
      LoadBalancerArns: [],
      TargetType: 'instance',
      ProtocolVersion: 'HTTP1',
      IpAddressType: 'ipv4',
    });
  });

  it('takes health check settings and target type ip', () => {
    const sim = createSimulation();
    const tg = sim.call('elbv2', 'CreateTargetGroup', {
      ...base,
      TargetType: 'ip',
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: 10,
      HealthyThresholdCount: 2,
      Matcher: { HttpCode: '200-299' },
    }).TargetGroups[0]!;
    expect(tg).toMatchObject({
      TargetType: 'ip',
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: 10,
      HealthyThresholdCount: 2,
      Matcher: { HttpCode: '200-299' },
    });
  });

  it('returns the existing group for a repeated request and refuses the name with other settings', () => {
    const sim = createSimulation();
    const arn = createTargetGroup(sim);
    expect(createTargetGroup(sim)).toBe(arn);
    expectRejected(
      sim,
      () => sim.call('elbv2', 'CreateTargetGroup', { ...base, Port: 80 }),
      'DuplicateTargetGroupName',
      /'web-tg' already exists/,
    );
  });

  it.each([
    ['no Port', { Port: undefined }, 'ValidationError', /Port is required/],
    ['no VpcId', { VpcId: undefined }, 'ValidationError', /VpcId is required/],
    ['an unknown VPC', { VpcId: 'vpc-nope' }, 'ValidationError', /vpc-nope/],
    ['protocol TCP', { Protocol: 'TCP' }, 'InvalidConfigurationRequest', /HTTP or HTTPS/],
    ['target type lambda', { TargetType: 'lambda' }, 'InvalidConfigurationRequest', /not simulated/],
    [
      'health checks turned off',
      { HealthCheckEnabled: false },
      'InvalidConfigurationRequest',
      /cannot be turned off/,
    ],
    [
      'a timeout as long as the interval',
      { HealthCheckTimeoutSeconds: 30 },
      'ValidationError',
      /must be less than/,
    ],
    ['a matcher out of range', { Matcher: { HttpCode: '100-200' } }, 'ValidationError', /200 to 499/],
    ['a health check port of 0', { HealthCheckPort: '0' }, 'ValidationError', /traffic-port/],
    [
      'an interval under 5 s (schema)',
      { HealthCheckIntervalSeconds: 4 },
      'ValidationError',
      /HealthCheckIntervalSeconds/,
    ],
    ['a name with an underscore', { Name: 'web_tg' }, 'ValidationError', /letters, digits or hyphens/],
  ])('refuses %s', (_, change, name, message) => {
    const sim = createSimulation();
    expectRejected(
      sim,
      () => sim.callByName('elbv2', 'CreateTargetGroup', { ...base, ...change }),
      name,
      message,
    );
  });
});

describe('elbv2 ModifyTargetGroup', () => {
  it('changes the health check and keeps the rest', () => {
    const sim = createSimulation();
    const arn = createTargetGroup(sim);
    const out = sim.call('elbv2', 'ModifyTargetGroup', {
      TargetGroupArn: arn,
      HealthCheckIntervalSeconds: 15,
      UnhealthyThresholdCount: 3,
    }).TargetGroups[0]!;
    expect(out).toMatchObject({
      HealthCheckIntervalSeconds: 15,
      UnhealthyThresholdCount: 3,
      HealthyThresholdCount: 5,
    });
    expect(sim.state.elbv2.targetGroups[arn]!.HealthCheckIntervalSeconds).toBe(15);
  });

  it('refuses an unknown group and a timeout past the new interval', () => {
    const sim = createSimulation();
    const arn = createTargetGroup(sim);
    expectRejected(
      sim,
      () => sim.call('elbv2', 'ModifyTargetGroup', { TargetGroupArn: `${arn}0` }),
      'TargetGroupNotFound',
    );
    expectRejected(
      sim,
      () => sim.call('elbv2', 'ModifyTargetGroup', { TargetGroupArn: arn, HealthCheckIntervalSeconds: 5 }),
      'ValidationError',
      /HealthCheckTimeoutSeconds \(5\) must be less than HealthCheckIntervalSeconds \(5\)/,
    );
  });
});

describe('elbv2 target group attributes', () => {
  const delayOf = (attributes: ReadonlyArray<{ Key: string; Value: string }>) =>
    attributes.find((a) => a.Key === 'deregistration_delay.timeout_seconds')?.Value;

  it('starts with a deregistration delay of 300 s and changes it', () => {
    const sim = createSimulation();
    const arn = createTargetGroup(sim);
    expect(
      delayOf(sim.call('elbv2', 'DescribeTargetGroupAttributes', { TargetGroupArn: arn }).Attributes),
    ).toBe('300');
    const out = sim.call('elbv2', 'ModifyTargetGroupAttributes', {
      TargetGroupArn: arn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }],
    });
    expect(delayOf(out.Attributes)).toBe('30');
    expect(
      delayOf(sim.call('elbv2', 'DescribeTargetGroupAttributes', { TargetGroupArn: arn }).Attributes),
    ).toBe('30');
  });

  it.each([
    ['a delay over 3600 s', 'deregistration_delay.timeout_seconds', '3601', /0 to 3600/],
    ['a delay that is not a number', 'deregistration_delay.timeout_seconds', 'soon', /0 to 3600/],
    ['an unknown key', 'stickiness.colour', 'blue', /not recognized/],
  ])('refuses %s', (_, Key, Value, message) => {
    const sim = createSimulation();
    const arn = createTargetGroup(sim);
    expectRejected(
      sim,
      () =>
        sim.call('elbv2', 'ModifyTargetGroupAttributes', {
          TargetGroupArn: arn,
          Attributes: [{ Key, Value }],
        }),
      'ValidationError',
      message,
    );
  });

  it('refuses an unknown group', () => {
    const sim = createSimulation();
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DescribeTargetGroupAttributes', { TargetGroupArn: 'arn:nope' }),
      'TargetGroupNotFound',
      /arn:nope/,
    );
  });
});

describe('elbv2 DescribeTargetGroups', () => {
  it('describes all, by name, by ARN and by load balancer', () => {
    const sim = createSimulation();
    const used = createTargetGroup(sim, { name: 'used' });
    createTargetGroup(sim, { name: 'spare' });
    const lb = createLoadBalancer(sim);
    createListener(sim, lb, used);
    const names = (input: object) =>
      sim.callByName('elbv2', 'DescribeTargetGroups', input) as {
        TargetGroups: Array<{ TargetGroupName: string }>;
      };
    expect(names({}).TargetGroups.map((t) => t.TargetGroupName)).toEqual(['used', 'spare']);
    expect(names({ Names: ['spare'] }).TargetGroups.map((t) => t.TargetGroupName)).toEqual(['spare']);
    expect(names({ TargetGroupArns: [used] }).TargetGroups.map((t) => t.TargetGroupName)).toEqual(['used']);
    const byLb = sim.call('elbv2', 'DescribeTargetGroups', { LoadBalancerArn: lb }).TargetGroups;
    expect(byLb.map((t) => [t.TargetGroupName, t.LoadBalancerArns])).toEqual([['used', [lb]]]);
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DescribeTargetGroups', { Names: ['gone'] }),
      'TargetGroupNotFound',
      /gone/,
    );
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DescribeTargetGroups', { Names: ['used'], LoadBalancerArn: lb }),
      'ValidationError',
      /cannot be used together/,
    );
  });
});

describe('elbv2 DeleteTargetGroup', () => {
  it('refuses while a listener forwards to the group, then deletes it with its targets', () => {
    const sim = createSimulation();
    const tg = createTargetGroup(sim, { targetType: 'ip' });
    const listener = createListener(sim, createLoadBalancer(sim), tg);
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id: '172.31.0.50' }] });
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DeleteTargetGroup', { TargetGroupArn: tg }),
      'ResourceInUse',
      /in use by listener/,
    );
    sim.call('elbv2', 'DeleteListener', { ListenerArn: listener });
    expect(sim.call('elbv2', 'DeleteTargetGroup', { TargetGroupArn: tg })).toEqual({});
    expect(sim.state.elbv2.targetGroups).toEqual({});
    expect(sim.state.elbv2.targets).toEqual({});
    sim.advance(120);
    expect(sim.state.elbv2.targets).toEqual({});
  });
});
