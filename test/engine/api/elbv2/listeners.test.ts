import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { expectRejected } from '../../../builders/account';
import { createListener, createLoadBalancer, createTargetGroup } from '../../elbv2/fixtures';

const forward = (TargetGroupArn: string) => [{ Type: 'forward' as const, TargetGroupArn }];

describe('elbv2 CreateListener', () => {
  it('adds an HTTP listener that forwards to a target group', () => {
    const sim = createSimulation();
    const lb = createLoadBalancer(sim);
    const tg = createTargetGroup(sim);
    const out = sim.call('elbv2', 'CreateListener', {
      LoadBalancerArn: lb,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: forward(tg),
    }).Listeners[0]!;
    expect(out).toEqual({
      ListenerArn: expect.stringMatching(
        /^arn:aws:elasticloadbalancing:us-east-1:123456789012:listener\/app\/web-alb\/[0-9a-f]{16}\/[0-9a-f]{16}$/,
      ),
      LoadBalancerArn: lb,
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: forward(tg),
    });
    expect(out.ListenerArn.startsWith(lb.replace(':loadbalancer/', ':listener/'))).toBe(true);
    expect(
      sim.call('elbv2', 'DescribeTargetGroups', { TargetGroupArns: [tg] }).TargetGroups[0]!.LoadBalancerArns,
    ).toEqual([lb]);
  });

  it('forwards through ForwardConfig too', () => {
    const sim = createSimulation();
    const lb = createLoadBalancer(sim);
    const tg = createTargetGroup(sim);
    sim.call('elbv2', 'CreateListener', {
      LoadBalancerArn: lb,
      Protocol: 'HTTP',
      Port: 8080,
      DefaultActions: [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: tg }] } }],
    });
    expect(sim.call('elbv2', 'DescribeTargetGroups', { LoadBalancerArn: lb }).TargetGroups).toHaveLength(1);
  });

  it.each([
    [
      'a port already taken',
      (lb: string, tg: string) => ({
        LoadBalancerArn: lb,
        Protocol: 'HTTP',
        Port: 80,
        DefaultActions: forward(tg),
      }),
      'DuplicateListener',
      /port 80/,
    ],
    [
      'an unknown load balancer',
      (lb: string, tg: string) => ({
        LoadBalancerArn: `${lb}0`,
        Protocol: 'HTTP',
        Port: 81,
        DefaultActions: forward(tg),
      }),
      'LoadBalancerNotFound',
      undefined,
    ],
    [
      'an unknown target group',
      (lb: string, tg: string) => ({
        LoadBalancerArn: lb,
        Protocol: 'HTTP',
        Port: 81,
        DefaultActions: forward(`${tg}0`),
      }),
      'TargetGroupNotFound',
      undefined,
    ],
    [
      'a forward action without a group',
      (lb: string) => ({
        LoadBalancerArn: lb,
        Protocol: 'HTTP',
        Port: 81,
        DefaultActions: [{ Type: 'forward' }],
      }),
      'ValidationError',
      /needs a target group/,
    ],
    [
      'a redirect without its configuration',
      (lb: string) => ({
        LoadBalancerArn: lb,
        Protocol: 'HTTP',
        Port: 81,
        DefaultActions: [{ Type: 'redirect' }],
      }),
      'ValidationError',
      /RedirectConfig/,
    ],
    [
      'no port',
      (lb: string, tg: string) => ({ LoadBalancerArn: lb, Protocol: 'HTTP', DefaultActions: forward(tg) }),
      'ValidationError',
      /needs Port/,
    ],
    [
      'protocol TCP',
      (lb: string, tg: string) => ({
        LoadBalancerArn: lb,
        Protocol: 'TCP',
        Port: 81,
        DefaultActions: forward(tg),
      }),
      'InvalidConfigurationRequest',
      /HTTP or HTTPS/,
    ],
    [
      'HTTPS without a certificate',
      (lb: string, tg: string) => ({
        LoadBalancerArn: lb,
        Protocol: 'HTTPS',
        Port: 443,
        DefaultActions: forward(tg),
      }),
      'ValidationError',
      /certificate/,
    ],
    [
      'no default action',
      (lb: string) => ({ LoadBalancerArn: lb, Protocol: 'HTTP', Port: 81, DefaultActions: [] }),
      'ValidationError',
      /at least one default action/,
    ],
  ])('refuses %s', (_, request, name, message) => {
    const sim = createSimulation();
    const lb = createLoadBalancer(sim);
    const tg = createTargetGroup(sim);
    createListener(sim, lb, tg);
    expectRejected(sim, () => sim.callByName('elbv2', 'CreateListener', request(lb, tg)), name, message);
  });

  it('refuses a target group that already serves another load balancer', () => {
    const sim = createSimulation();
    const tg = createTargetGroup(sim);
    createListener(sim, createLoadBalancer(sim, 'one'), tg);
    const two = createLoadBalancer(sim, 'two');
    expectRejected(
      sim,
      () =>
        sim.call('elbv2', 'CreateListener', {
          LoadBalancerArn: two,
          Protocol: 'HTTP',
          Port: 80,
          DefaultActions: forward(tg),
        }),
      'TargetGroupAssociationLimit',
      /serves one load balancer/,
    );
  });
});

describe('elbv2 DescribeListeners and DeleteListener', () => {
  it('describes the listeners of a load balancer or by ARN, and deletes one', () => {
    const sim = createSimulation();
    const lb = createLoadBalancer(sim);
    const tg = createTargetGroup(sim);
    const l80 = createListener(sim, lb, tg, 80);
    const l8080 = createListener(sim, lb, tg, 8080);
    expect(
      sim.call('elbv2', 'DescribeListeners', { LoadBalancerArn: lb }).Listeners.map((l) => l.Port),
    ).toEqual([80, 8080]);
    expect(
      sim.call('elbv2', 'DescribeListeners', { ListenerArns: [l8080] }).Listeners.map((l) => l.Port),
    ).toEqual([8080]);
    expect(sim.call('elbv2', 'DeleteListener', { ListenerArn: l80 })).toEqual({});
    expect(
      sim.call('elbv2', 'DescribeListeners', { LoadBalancerArn: lb }).Listeners.map((l) => l.ListenerArn),
    ).toEqual([l8080]);
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DeleteListener', { ListenerArn: l80 }),
      'ListenerNotFound',
      /not found/,
    );
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DescribeListeners', { ListenerArns: [l80] }),
      'ListenerNotFound',
    );
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DescribeListeners', {}),
      'ValidationError',
      /LoadBalancerArn or ListenerArns/,
    );
  });
});
