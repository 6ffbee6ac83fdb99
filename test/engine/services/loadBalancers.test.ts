import { describe, expect, it } from 'vitest';
import type { Simulation, Task } from '../../../src/engine';
import { anAccount } from '../../builders/account';
import { behindALoadBalancer, createTargetGroup, subnetIds } from '../elbv2/fixtures';
import { createService, describe1, liveTasks, registerWeb, serviceTasks, WEB_IMAGE } from './world';

/**
 * Cluster `default` with three m5.large instances (one per AZ, launched through EC2, so the load balancer can
 * reach them) and `web:1` (web:v1, dynamic host port) registered.
 */
function serviceWorld(seed: number) {
  const sim = anAccount(seed).withCluster('default').withInstances(3, 'm5.large').build();
  return { sim, v1: registerWeb(sim, 'v1') };
}

/** The targets registered in the group now, with the task behind each. */
const targetsIn = (sim: Simulation, tg: string) =>
  Object.values(sim.state.elbv2.targets).filter((t) => t.targetGroupArn === tg);

/** The target of a task in the group, if registered. */
const targetOf = (sim: Simulation, tg: string, task: Task) =>
  targetsIn(sim, tg).find((t) => t.taskArn === task.taskArn);

const setDeregistrationDelay = (sim: Simulation, tg: string, seconds: number) =>
  sim.call('elbv2', 'ModifyTargetGroupAttributes', {
    TargetGroupArn: tg,
    Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: String(seconds) }],
  });

/** A bridge service `web` (dynamic host port) of `desired` tasks behind an instance target group. */
function balancedWorld(desired: number, seed = 7, extra: Record<string, unknown> = {}) {
  const { sim, v1 } = serviceWorld(seed);
  const tg = behindALoadBalancer(sim);
  setDeregistrationDelay(sim, tg, 10);
  // checks a minute apart: a target is healthy only well after the 40 s a task without a load balancer needs
  sim.call('elbv2', 'ModifyTargetGroup', { TargetGroupArn: tg, HealthCheckIntervalSeconds: 60 });
  createService(sim, {
    desiredCount: desired,
    loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
    ...extra,
  });
  return { sim, v1, tg };
}

/** Registers family `vpcweb`: web:v1 in awsvpc network mode. */
const registerVpcWeb = (sim: Simulation) =>
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'vpcweb',
    networkMode: 'awsvpc',
    containerDefinitions: [
      { name: 'web', image: `${WEB_IMAGE}:v1`, memory: 256, portMappings: [{ containerPort: 8080 }] },
    ],
  });

const messages = (sim: Simulation) => describe1(sim).events.map((e) => e.message);

/** Whether the service's events say targets were registered in the group. */
const registeredEvent = (sim: Simulation, tg: string) =>
  messages(sim).some((m) =>
    new RegExp(`^service web registered \\d+ targets in \\(target-group ${tg}\\)$`).test(m),
  );

describe('a service behind an ALB target group', () => {
  it('registers 4 bridge tasks by instance and dynamic host port, completing only once all are healthy', () => {
    const { sim, tg } = balancedWorld(4);
    let completedAt: number | undefined;
    let inProgressWhileSettled = false;
    for (let s = 0; s < 240 && completedAt === undefined; s++) {
      sim.advance(1);
      const service = describe1(sim);
      const live = liveTasks(sim);
      const settled =
        live.length === 4 && live.every((t) => t.startedAt !== undefined && sim.now - t.startedAt >= 41);
      if (service.deployments[0]!.rolloutState === 'COMPLETED') completedAt = sim.now;
      else if (settled) inProgressWhileSettled = true;
    }
    expect(completedAt).toBeDefined();
    // running 40 s is not enough behind a load balancer: the deployment waited for the targets
    expect(inProgressWhileSettled).toBe(true);
    const live = liveTasks(sim);
    expect(live).toHaveLength(4);
    const targets = live.map((t) => targetOf(sim, tg, t)!);
    expect(targets.every((t) => t.health.State === 'healthy')).toBe(true);
    // each target is the task's instance and the host port Docker picked for container port 8080
    for (const task of live) {
      const target = targetOf(sim, tg, task)!;
      const instance = sim.state.ecs.containerInstances[task.containerInstanceArn!]!;
      expect(target.Id).toBe(instance.ec2InstanceId);
      expect(target.Port).toBe(task.containers[0]!.networkBindings[0]!.hostPort);
      expect(target.Port).toBeGreaterThanOrEqual(32768);
    }
    // several tasks share an instance, on different host ports
    const perInstance = new Map<string, number>();
    for (const t of targets) perInstance.set(t.Id, (perInstance.get(t.Id) ?? 0) + 1);
    expect(Math.max(...perInstance.values())).toBeGreaterThan(1);
    expect(new Set(targets.map((t) => `${t.Id}:${t.Port}`)).size).toBe(4);
    expect(registeredEvent(sim, tg)).toBe(true);
    const health = sim.call('elbv2', 'DescribeTargetHealth', { TargetGroupArn: tg }).TargetHealthDescriptions;
    expect(health.map((d) => d.TargetHealth.State)).toEqual(['healthy', 'healthy', 'healthy', 'healthy']);
  });

  it('drains the old targets for the deregistration delay before stopping their tasks in a rolling update', () => {
    const { sim, tg, v1 } = balancedWorld(4);
    sim.advance(300);
    expect(describe1(sim).deployments[0]!.rolloutState).toBe('COMPLETED');
    const v2 = registerWeb(sim, 'v2');
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    const drainingSince = new Map<string, number>();
    const stopAskedAt = new Map<string, number>();
    for (let s = 0; s < 900; s++) {
      sim.advance(1);
      for (const task of serviceTasks(sim).filter((t) => t.taskDefinitionArn === v1)) {
        const target = targetOf(sim, tg, task);
        if (target?.health.State === 'draining' && !drainingSince.has(task.taskArn))
          drainingSince.set(task.taskArn, sim.now);
        if (task.desiredStatus === 'STOPPED' && !stopAskedAt.has(task.taskArn)) {
          stopAskedAt.set(task.taskArn, sim.now);
          // the stop comes after the target left the group, never while it still takes traffic
          expect(drainingSince.has(task.taskArn)).toBe(true);
        }
      }
    }
    expect(stopAskedAt.size).toBe(4);
    for (const [arn, at] of stopAskedAt) {
      const waited = at - drainingSince.get(arn)!;
      expect(waited).toBeGreaterThanOrEqual(9);
      expect(waited).toBeLessThanOrEqual(11);
    }
    const live = liveTasks(sim);
    expect(live.map((t) => t.taskDefinitionArn)).toEqual([v2, v2, v2, v2]);
    expect(
      targetsIn(sim, tg)
        .map((t) => t.taskArn)
        .sort(),
    ).toEqual(live.map((t) => t.taskArn).sort());
    expect(targetsIn(sim, tg).every((t) => t.health.State === 'healthy')).toBe(true);
    const service = describe1(sim);
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]!.rolloutState).toBe('COMPLETED');
    const text = messages(sim);
    expect(text.some((m) => m === `service web deregistered 1 targets in (target-group ${tg})`)).toBe(true);
    expect(text.some((m) => /^service web has begun draining connections on \d+ tasks\.$/.test(m))).toBe(
      true,
    );
  });

  it('stops drained tasks once when their delay is over, and does not announce the steady state again', () => {
    const { sim } = balancedWorld(4);
    sim.advance(300);
    expect(describe1(sim).deployments[0]!.rolloutState).toBe('COMPLETED');
    sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: 2 });
    sim.advance(60);
    const text = messages(sim);
    // each stopped task is named in one "has stopped" event (the end of the drain was once reported twice)
    const named = text
      .filter((m) => /^service web has stopped \d+ running tasks:/.test(m))
      .flatMap((m) => [...m.matchAll(/\(task (\w+)\)/g)].map((match) => match[1]));
    expect(named).toHaveLength(2);
    expect(new Set(named).size).toBe(2);
    // the scale-in reached the steady state as it began (2 healthy tasks left); stopping the drained ones later
    // does not make it reach it again
    expect(text.filter((m) => m === 'service web has reached a steady state.')).toHaveLength(2);
  });

  it('deregisters at once the target of a task that stopped by other means', () => {
    const { sim, tg } = balancedWorld(2);
    sim.advance(300);
    const [task] = liveTasks(sim);
    sim.callByName('ecs', 'StopTask', { task: task!.taskArn });
    sim.advance(2);
    expect(targetOf(sim, tg, task!)?.health.State).toBe('draining');
    expect(messages(sim)).toContain(`service web deregistered 1 targets in (target-group ${tg})`);
  });

  it('registers awsvpc tasks by their ENI address and container port in an ip target group', () => {
    const { sim } = serviceWorld(13);
    const tg = behindALoadBalancer(sim, { targetType: 'ip' });
    registerVpcWeb(sim);
    createService(sim, {
      serviceName: 'vpcweb',
      taskDefinition: 'vpcweb',
      desiredCount: 2,
      networkConfiguration: { awsvpcConfiguration: { subnets: subnetIds(sim) } },
      loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
    });
    sim.advance(200);
    const live = liveTasks(sim, 'vpcweb');
    expect(live).toHaveLength(2);
    for (const task of live) {
      const target = targetOf(sim, tg, task)!;
      expect(target).toMatchObject({ Id: task.eni!.privateIPv4Address, Port: 8080 });
      expect(target.health.State).toBe('healthy');
    }
    expect(describe1(sim, 'vpcweb').deployments[0]!.rolloutState).toBe('COMPLETED');
  });

  it('refuses an awsvpc service with an instance target group, and groups that cannot be used', () => {
    const { sim } = serviceWorld(3);
    const instanceTg = behindALoadBalancer(sim);
    registerVpcWeb(sim);
    const create = (tg: string) => () =>
      createService(sim, {
        serviceName: 'vpcweb',
        taskDefinition: 'vpcweb',
        networkConfiguration: { awsvpcConfiguration: { subnets: [subnetIds(sim)[0]!] } },
        loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
      });
    expect(create(instanceTg)).toThrow(
      expect.objectContaining({
        name: 'InvalidParameterException',
        message: `The provided target group ${instanceTg} has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.`,
      }),
    );
    const lonely = createTargetGroup(sim, { name: 'lonely', targetType: 'ip' });
    expect(create(lonely)).toThrow(/does not have an associated load balancer/);
    expect(create(`${lonely}x`)).toThrow(/Unable to validate the specified targetGroupArn/);
    expect(sim.state.ecs.services).toEqual({});
  });

  it('replaces web:unhealthy tasks once the grace period is over, and the circuit breaker counts them', () => {
    const { sim, tg } = balancedWorldUnhealthy();
    // checks every 60 s, unhealthy after 2 failures (~125 s): within the 150 s grace period the tasks stay
    sim.advance(140);
    const first = liveTasks(sim);
    expect(first).toHaveLength(2);
    expect(first.every((t) => targetOf(sim, tg, t)?.health.State === 'unhealthy')).toBe(true);
    expect(first.every((t) => t.desiredStatus === 'RUNNING')).toBe(true);
    // past the grace period: deregistered, drained for 10 s, then stopped
    sim.advance(40);
    const replaced = first.map((t) => sim.state.ecs.tasks[t.taskArn]!);
    expect(replaced.every((t) => t.desiredStatus === 'STOPPED')).toBe(true);
    expect(replaced.map((t) => t.stoppedReason)).toEqual([
      `Task failed ELB health checks in (target-group ${tg})`,
      `Task failed ELB health checks in (target-group ${tg})`,
    ]);
    expect(messages(sim)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^service web \\(port \\d+\\) is unhealthy in \\(target-group ${tg}\\) due to \\(reason Health checks failed.*\\)\\.$`,
        ),
      ),
    );
    sim.advance(600);
    const deployment = describe1(sim).deployments[0]!;
    expect(deployment.failedTasks).toBeGreaterThanOrEqual(3);
    expect(deployment.rolloutState).toBe('FAILED');

    function balancedWorldUnhealthy() {
      const world = balancedWorld(0);
      registerWeb(world.sim, 'unhealthy');
      world.sim.callByName('ecs', 'UpdateService', {
        service: 'web',
        taskDefinition: 'web',
        desiredCount: 2,
        healthCheckGracePeriodSeconds: 150,
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
      });
      return world;
    }
  });

  it('is deterministic: the same calls and seed give the same events and targets', () => {
    const run = () => {
      const { sim } = balancedWorld(4, 5);
      sim.advance(200);
      registerWeb(sim, 'v2');
      sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
      sim.advance(400);
      return JSON.stringify({ events: describe1(sim).events, targets: sim.state.elbv2.targets });
    };
    expect(run()).toBe(run());
  });
});
