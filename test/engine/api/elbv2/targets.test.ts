import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { ECS_AMI, expectRejected } from '../../../builders/account';
import {
  anAccountWithInstance,
  behindALoadBalancer,
  createTargetGroup,
  instanceIdOf,
} from '../../elbv2/fixtures';

describe('elbv2 RegisterTargets', () => {
  it('registers instance targets on their own port or the group port', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const Id = instanceIdOf(sim);
    expect(
      sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id }, { Id, Port: 32768 }] }),
    ).toEqual({});
    const listed = sim.call('elbv2', 'DescribeTargetHealth', { TargetGroupArn: tg }).TargetHealthDescriptions;
    expect(listed.map((d) => [d.Target, d.HealthCheckPort, d.TargetHealth.State])).toEqual([
      [{ Id, Port: 8080 }, '8080', 'initial'],
      [{ Id, Port: 32768 }, '32768', 'initial'],
    ]);
  });

  it('registering a registered target again changes nothing', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const Id = instanceIdOf(sim);
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id }] });
    const before = JSON.stringify(sim.state.elbv2);
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id }] });
    expect(JSON.stringify(sim.state.elbv2)).toBe(before);
  });

  it('refuses targets the group cannot take, registering none of them', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const Id = instanceIdOf(sim);
    const register =
      (Targets: Array<{ Id: string; Port?: number }>, TargetGroupArn = tg) =>
      () =>
        sim.call('elbv2', 'RegisterTargets', { TargetGroupArn, Targets });
    expectRejected(
      sim,
      register([{ Id }, { Id: 'i-0000000000000000f' }]),
      'InvalidTarget',
      /i-0000000000000000f/,
    );
    expectRejected(sim, register([{ Id: '172.31.0.10' }]), 'InvalidTarget', /not an instance/);
    expectRejected(sim, register([{ Id }], `${tg}0`), 'TargetGroupNotFound');
    expectRejected(
      sim,
      () => sim.callByName('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port: 0 }] }),
      'ValidationError',
    );
  });

  it('refuses an instance that is not running', () => {
    const sim = createSimulation();
    const tg = createTargetGroup(sim);
    const Id = sim.call('ec2', 'RunInstances', {
      ImageId: ECS_AMI,
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
    }).Instances[0]!.InstanceId;
    expectRejected(
      sim,
      () => sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id }] }),
      'InvalidTarget',
      new RegExp(`not in a running state and cannot be registered: '${Id}'`),
    );
  });

  it('takes addresses inside the VPC in an ip group, and refuses others', () => {
    const sim = createSimulation();
    const tg = createTargetGroup(sim, { targetType: 'ip' });
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id: '172.31.16.7', Port: 80 }] });
    expect(Object.values(sim.state.elbv2.targets).map((t) => [t.Id, t.Port])).toEqual([['172.31.16.7', 80]]);
    const register = (Id: string) => () =>
      sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id }] });
    expectRejected(sim, register('10.0.0.1'), 'InvalidTarget', /outside the CIDR block 172\.31\.0\.0\/16/);
    expectRejected(sim, register('i-0123456789abcdef0'), 'InvalidTarget', /not an IPv4 address/);
    expectRejected(sim, register('172.31.0.300'), 'InvalidTarget', /not an IPv4 address/);
  });
});

describe('elbv2 DeregisterTargets', () => {
  it('refuses a target that is not registered, leaving the others registered', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const Id = instanceIdOf(sim);
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id }] });
    expectRejected(
      sim,
      () =>
        sim.call('elbv2', 'DeregisterTargets', { TargetGroupArn: tg, Targets: [{ Id }, { Id, Port: 81 }] }),
      'InvalidTarget',
      /port 81 is not registered in target group 'web-tg'/,
    );
    sim.call('elbv2', 'DeregisterTargets', { TargetGroupArn: tg, Targets: [{ Id }] });
    expect(Object.values(sim.state.elbv2.targets).map((t) => t.health.State)).toEqual(['draining']);
    // deregistering a draining target again keeps its end time
    const until = Object.values(sim.state.elbv2.targets)[0]!.drainingUntil;
    sim.advance(100);
    sim.call('elbv2', 'DeregisterTargets', { TargetGroupArn: tg, Targets: [{ Id }] });
    expect(Object.values(sim.state.elbv2.targets)[0]!.drainingUntil).toBe(until);
  });
});

describe('elbv2 DescribeTargetHealth', () => {
  it('reports a target that is not registered as unused, Target.NotRegistered', () => {
    const sim = createSimulation();
    const tg = createTargetGroup(sim, { targetType: 'ip' });
    expect(
      sim.call('elbv2', 'DescribeTargetHealth', { TargetGroupArn: tg, Targets: [{ Id: '172.31.0.9' }] })
        .TargetHealthDescriptions,
    ).toEqual([
      {
        Target: { Id: '172.31.0.9', Port: 8080 },
        HealthCheckPort: '8080',
        TargetHealth: {
          State: 'unused',
          Reason: 'Target.NotRegistered',
          Description: 'Target is not registered to the target group',
        },
      },
    ]);
    expectRejected(
      sim,
      () => sim.call('elbv2', 'DescribeTargetHealth', { TargetGroupArn: `${tg}0` }),
      'TargetGroupNotFound',
    );
  });

  it('reports the fixed health check port when the group sets one', () => {
    const sim = createSimulation();
    const tg = createTargetGroup(sim, { targetType: 'ip' });
    sim.call('elbv2', 'ModifyTargetGroup', { TargetGroupArn: tg, HealthCheckPort: '9000' });
    const [d] = sim.call('elbv2', 'DescribeTargetHealth', {
      TargetGroupArn: tg,
      Targets: [{ Id: '172.31.0.9' }],
    }).TargetHealthDescriptions;
    expect(d!.HealthCheckPort).toBe('9000');
  });
});
