import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, DEMO_APP, REGION, type Simulation } from '../../../src/engine';
import {
  anAccountWithInstance,
  behindALoadBalancer,
  createTargetGroup,
  healthNow,
  instanceIdOf,
  runDemoTask,
  taskOf,
} from './fixtures';

/** A bridge task of the demo image `tag` (or `image`), running, registered by instance id and its dynamic host port. */
function registeredBridgeTask(sim: Simulation, tg: string, tag: string, image?: string) {
  const taskArn = runDemoTask(sim, tag, 'bridge', image);
  sim.advance(30);
  const task = taskOf(sim, taskArn);
  expect(task.lastStatus).toBe('RUNNING');
  const hostPort = task.containers[0]!.networkBindings[0]!.hostPort;
  expect(hostPort).toBeGreaterThanOrEqual(32768);
  const Id = instanceIdOf(sim);
  sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port: hostPort }] });
  return { taskArn, Id, Port: hostPort };
}

describe('target health over simulated time', () => {
  it('takes a bridge task with a dynamic host port from initial to healthy after one passed check', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const { Id, Port } = registeredBridgeTask(sim, tg, 'v1');
    expect(healthNow(sim, tg, Id, Port)).toEqual({
      State: 'initial',
      Reason: 'Elb.RegistrationInProgress',
      Description: 'Target registration is in progress',
    });
    sim.advance(29);
    expect(healthNow(sim, tg, Id, Port).State).toBe('initial');
    sim.advance(1);
    expect(healthNow(sim, tg, Id, Port)).toEqual({ State: 'healthy' });
    const out = sim.call('elbv2', 'DescribeTargetHealth', { TargetGroupArn: tg });
    expect(out.TargetHealthDescriptions).toEqual([
      { Target: { Id, Port }, HealthCheckPort: String(Port), TargetHealth: { State: 'healthy' } },
    ]);
    expect(sim.events.filter((e) => e.type === 'TargetHealthChanged').map((e) => [e.from, e.to])).toEqual([
      [undefined, 'initial'],
      ['initial', 'healthy'],
    ]);
  });

  it('answers a check from a private ECR image as the image pushed to it', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    sim.call('ecr', 'CreateRepository', { repositoryName: 'demo' });
    for (const tag of ['v1', 'unhealthy'])
      sim.call('sim', 'PushImage', {
        repositoryName: 'demo',
        sourceImage: `${DEMO_APP}:${tag}`,
        imageTag: tag,
      });
    const uri = (tag: string) => `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/demo:${tag}`;
    const good = registeredBridgeTask(sim, tg, 'v1', uri('v1'));
    const bad = registeredBridgeTask(sim, tg, 'unhealthy', uri('unhealthy'));
    sim.advance(120);
    expect(healthNow(sim, tg, good.Id, good.Port).State).toBe('healthy');
    expect(healthNow(sim, tg, bad.Id, bad.Port)).toMatchObject({
      State: 'unhealthy',
      Reason: 'Target.ResponseCodeMismatch',
    });
  });

  it('makes a task of the unhealthy image unhealthy after UnhealthyThresholdCount failed checks', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const { Id, Port } = registeredBridgeTask(sim, tg, 'unhealthy');
    sim.advance(30);
    expect(healthNow(sim, tg, Id, Port)).toEqual({
      State: 'initial',
      Reason: 'Elb.InitialHealthChecking',
      Description: 'Initial health checks in progress',
    });
    sim.advance(30);
    expect(healthNow(sim, tg, Id, Port)).toEqual({
      State: 'unhealthy',
      Reason: 'Target.ResponseCodeMismatch',
      Description: 'Health checks failed with these codes: [500]',
    });
  });

  it('counts a slow image as timing out until it answers, then needs HealthyThresholdCount passes', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const { taskArn, Id, Port } = registeredBridgeTask(sim, tg, 'slow');
    const startedAt = taskOf(sim, taskArn).containers[0]!.startedAt!;
    sim.advance(60);
    expect(healthNow(sim, tg, Id, Port)).toMatchObject({ State: 'unhealthy', Reason: 'Target.Timeout' });
    // the image answers 90 s after it started; from then on every check passes, five in a row make it healthy
    const firstPass = Math.ceil((startedAt + 90 - sim.now) / 30) * 30 + sim.now;
    sim.advanceTo(firstPass + 3 * 30);
    expect(healthNow(sim, tg, Id, Port).State).toBe('unhealthy');
    sim.advance(30);
    expect(healthNow(sim, tg, Id, Port)).toEqual({ State: 'healthy' });
  });

  it('fails the checks of a port nothing listens on', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const Id = instanceIdOf(sim);
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port: 9999 }] });
    sim.advance(60);
    expect(healthNow(sim, tg, Id, 9999)).toEqual({
      State: 'unhealthy',
      Reason: 'Target.FailedHealthChecks',
      Description: 'Health checks failed',
    });
  });

  it('turns a healthy target unhealthy once its task has stopped', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const { taskArn, Id, Port } = registeredBridgeTask(sim, tg, 'v1');
    sim.advance(30);
    expect(healthNow(sim, tg, Id, Port).State).toBe('healthy');
    sim.call('ecs', 'StopTask', { cluster: 'web', task: taskArn });
    sim.advance(60);
    expect(healthNow(sim, tg, Id, Port)).toMatchObject({
      State: 'unhealthy',
      Reason: 'Target.FailedHealthChecks',
    });
  });

  it('leaves the targets of a group no listener uses unused, and checks them once one does', () => {
    const sim = anAccountWithInstance();
    const tg = createTargetGroup(sim);
    const { Id, Port } = registeredBridgeTask(sim, tg, 'v1');
    const notInUse = {
      State: 'unused',
      Reason: 'Target.NotInUse',
      Description: 'Target group is not configured to receive traffic from the load balancer',
    };
    expect(healthNow(sim, tg, Id, Port)).toEqual(notInUse);
    sim.advance(90);
    expect(healthNow(sim, tg, Id, Port)).toEqual(notInUse);
    const lb = sim.call('elbv2', 'CreateLoadBalancer', {
      Name: 'late',
      Subnets: Object.keys(sim.state.ec2.subnets).slice(0, 2),
    }).LoadBalancers[0]!.LoadBalancerArn;
    sim.call('elbv2', 'CreateListener', {
      LoadBalancerArn: lb,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: tg }],
    });
    sim.advance(30);
    expect(healthNow(sim, tg, Id, Port)).toEqual({ State: 'healthy' });
  });

  it('drains a deregistered target for the deregistration delay (300 s), then forgets it', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const { Id, Port } = registeredBridgeTask(sim, tg, 'v1');
    sim.advance(30);
    sim.call('elbv2', 'DeregisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port }] });
    const draining = {
      State: 'draining',
      Reason: 'Target.DeregistrationInProgress',
      Description: 'Target deregistration is in progress',
    };
    expect(healthNow(sim, tg, Id, Port)).toEqual(draining);
    sim.advance(299);
    expect(healthNow(sim, tg, Id, Port)).toEqual(draining);
    sim.advance(1);
    expect(
      sim.call('elbv2', 'DescribeTargetHealth', { TargetGroupArn: tg }).TargetHealthDescriptions,
    ).toEqual([]);
    expect(healthNow(sim, tg, Id, Port)).toEqual({
      State: 'unused',
      Reason: 'Target.NotRegistered',
      Description: 'Target is not registered to the target group',
    });
  });

  it('forgets a deregistered target at once when the deregistration delay is 0', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    sim.call('elbv2', 'ModifyTargetGroupAttributes', {
      TargetGroupArn: tg,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '0' }],
    });
    const { Id, Port } = registeredBridgeTask(sim, tg, 'v1');
    sim.call('elbv2', 'DeregisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port }] });
    expect(
      sim.call('elbv2', 'DescribeTargetHealth', { TargetGroupArn: tg }).TargetHealthDescriptions,
    ).toEqual([]);
    expect(sim.state.elbv2.targets).toEqual({});
  });

  it('starts a draining target over when it is registered again', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim);
    const { Id, Port } = registeredBridgeTask(sim, tg, 'v1');
    sim.call('elbv2', 'DeregisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port }] });
    sim.advance(10);
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port }] });
    expect(healthNow(sim, tg, Id, Port).State).toBe('initial');
    sim.advance(300);
    // the old drain timer is stale: the target stays and was checked healthy meanwhile
    expect(healthNow(sim, tg, Id, Port)).toEqual({ State: 'healthy' });
  });

  it('checks an ip target at the task ENI address and container port of an awsvpc task', () => {
    const sim = anAccountWithInstance();
    const tg = behindALoadBalancer(sim, { targetType: 'ip' });
    const taskArn = runDemoTask(sim, 'v1', 'awsvpc');
    sim.advance(60);
    const task = taskOf(sim, taskArn);
    expect(task.lastStatus).toBe('RUNNING');
    const Id = task.eni!.privateIPv4Address;
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port: 8080 }] });
    sim.call('elbv2', 'RegisterTargets', { TargetGroupArn: tg, Targets: [{ Id, Port: 9090 }] });
    sim.advance(60);
    expect(healthNow(sim, tg, Id, 8080)).toEqual({ State: 'healthy' });
    expect(healthNow(sim, tg, Id, 9090)).toMatchObject({
      State: 'unhealthy',
      Reason: 'Target.FailedHealthChecks',
    });
  });
});

describe('determinism', () => {
  const script = (seed: number) => {
    const sim = anAccountWithInstance(seed);
    const tg = behindALoadBalancer(sim);
    registeredBridgeTask(sim, tg, 'unhealthy');
    registeredBridgeTask(sim, tg, 'v1');
    sim.advance(400);
    return sim;
  };

  it('gives the same state and events for the same seed and calls', () => {
    const a = script(5);
    const b = script(5);
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    expect(a.events).toEqual(b.events);
  });

  it('lets a fork go its own way without touching the original', () => {
    const sim = script(6);
    const before = JSON.stringify(sim.state.elbv2);
    const fork = sim.fork();
    const tg = Object.keys(fork.state.elbv2.targetGroups)[0]!;
    const target = Object.values(fork.state.elbv2.targets)[0]!;
    fork.call('elbv2', 'DeregisterTargets', {
      TargetGroupArn: tg,
      Targets: [{ Id: target.Id, Port: target.Port }],
    });
    fork.advance(400);
    expect(JSON.stringify(sim.state.elbv2)).toBe(before);
    expect(Object.keys(fork.state.elbv2.targets)).toHaveLength(1);
  });
});
