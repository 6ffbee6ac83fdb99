import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation, type Task } from '../../src/engine';
import { GoalTracker } from '../../src/course/goals';
import goals from '../../lessons/11-load-balancing/goals';
import scenario, {
  CLUSTER,
  prediction,
  SERVICE,
  webContainer,
  webTargetGroup,
} from '../../lessons/11-load-balancing/scenario';

/**
 * The claims lesson 11 makes that the engine can check: the static host port stall and its event, dynamic host
 * ports and the instance:port targets, the deregistration delay, and the slow image's fate with and without a
 * health check grace period.
 */

function lessonStart(): Simulation {
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  return sim;
}

const describeWeb = (sim: Simulation) =>
  sim.call('ecs', 'DescribeServices', { cluster: CLUSTER, services: [SERVICE] }).services[0]!;

/** Registers the next web revision (image `tag`, container port 8080 on `hostPort`); returns its ARN. */
const register = (sim: Simulation, tag: string, hostPort: number) =>
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [webContainer(tag, hostPort)],
  }).taskDefinition.taskDefinitionArn;

const update = (sim: Simulation, taskDefinition: string, healthCheckGracePeriodSeconds?: number) =>
  sim.call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: SERVICE,
    taskDefinition,
    ...(healthCheckGracePeriodSeconds === undefined ? {} : { healthCheckGracePeriodSeconds }),
  });

/** Tasks of a definition the scheduler keeps running. */
const keptRunning = (sim: Simulation, td: string): Task[] =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) => t.taskDefinitionArn === td && t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
  );

const hostPortOf = (t: Task) => t.containers[0]!.networkBindings[0]!.hostPort;

/**
 * The tasks the scheduler is replacing (or replaced) for failing ELB health checks, with the stop reason and how
 * long each had run when its target began draining (the replacement decision; the stop follows the drain).
 */
function elbKills(sim: Simulation) {
  const service = Object.values(sim.state.ecs.services)[0]!;
  const reasons = new Map<string, string>();
  for (const d of service.draining ?? []) reasons.set(d.taskArn, d.reason);
  for (const t of Object.values(sim.state.ecs.tasks))
    if (t.stoppedReason) reasons.set(t.taskArn, t.stoppedReason);
  return [...reasons]
    .filter(([, reason]) => reason.startsWith('Task failed ELB health checks'))
    .map(([taskArn, reason]) => {
      const task = sim.state.ecs.tasks[taskArn as Task['taskArn']]!;
      const instanceId = sim.state.ecs.containerInstances[task.containerInstanceArn!]!.ec2InstanceId;
      const drainedFrom = sim.events.find(
        (e) =>
          e.type === 'TargetHealthChanged' &&
          e.to === 'draining' &&
          e.targetId === instanceId &&
          e.port === hostPortOf(task) &&
          e.at >= task.startedAt!,
      )!.at;
      return { reason, ranFor: drainedFrom - task.startedAt! };
    });
}

const goalStatus = (sim: Simulation) =>
  Object.fromEntries(new GoalTracker(goals).update(sim).map((s) => [s.id, s]));

describe('lesson 11: a static host port', () => {
  it('runs 2 of 4 web tasks on 2 instances, one per instance, and keeps them at 2', () => {
    const sim = lessonStart();
    sim.advance(1800);
    const service = describeWeb(sim);
    expect(service.desiredCount).toBe(4);
    expect(service.runningCount).toBe(2);
    expect(service.pendingCount).toBe(0);
    const running = keptRunning(sim, service.taskDefinition);
    expect(new Set(running.map((t) => t.containerInstanceArn)).size).toBe(2);
    expect(running.map(hostPortOf)).toEqual([80, 80]);
  });

  it('logs the service event quoted in the lesson, naming the port conflict', () => {
    const sim = lessonStart();
    const ids = Object.values(sim.state.ecs.containerInstances).map((ci) =>
      ci.containerInstanceArn.split('/').at(-1),
    );
    const placement = describeWeb(sim).events.find((e) => e.message.includes('unable to place'))!.message;
    const match =
      /^service web was unable to place a task because no container instance met all of its requirements\. The closest matching container-instance (\w+) is already using a port required by your task\. For more information, see the Troubleshooting section\.$/.exec(
        placement,
      );
    expect(match).not.toBeNull();
    expect(ids).toContain(match![1]);
  });

  it('quotes that event in the first goal’s why', () => {
    const why = goalStatus(lessonStart())['four-running']!.detail;
    expect(why).toContain('2 of 4 web tasks on web:1 are RUNNING.');
    expect(why).toContain('is already using a port required by your task');
  });
});

describe('lesson 11: dynamic host ports', () => {
  it('gives each task its own host port from the ephemeral range and registers it as instance id + port', () => {
    const sim = lessonStart();
    const td = register(sim, 'v1', 0);
    update(sim, td);
    sim.advance(600);
    const running = keptRunning(sim, td);
    expect(running).toHaveLength(4);
    const perInstance = new Map<string, number[]>();
    for (const t of running)
      perInstance.set(t.containerInstanceArn!, [
        ...(perInstance.get(t.containerInstanceArn!) ?? []),
        hostPortOf(t),
      ]);
    expect([...perInstance.values()].map((ports) => ports.length)).toEqual([2, 2]);
    for (const ports of perInstance.values()) expect(new Set(ports).size).toBe(2);
    for (const t of running) {
      expect(hostPortOf(t)).toBeGreaterThanOrEqual(32768);
      expect(hostPortOf(t)).toBeLessThanOrEqual(60999);
    }
    const tg = webTargetGroup(sim);
    const health = sim.call('elbv2', 'DescribeTargetHealth', { TargetGroupArn: tg }).TargetHealthDescriptions;
    const expected = running
      .map(
        (t) => `${sim.state.ecs.containerInstances[t.containerInstanceArn!]!.ec2InstanceId}:${hostPortOf(t)}`,
      )
      .sort();
    expect(health.map((d) => `${d.Target.Id}:${d.Target.Port}`).sort()).toEqual(expected);
    expect(health.every((d) => d.TargetHealth.State === 'healthy')).toBe(true);
    expect(describeWeb(sim).events.map((e) => e.message)).toContain(
      `service web registered 1 targets in (target-group ${tg})`,
    );
    const status = goalStatus(sim);
    expect(status['four-running']!.detail).not.toMatch(/of 4/);
  });

  it('refuses an ip target group for bridge-mode tasks', () => {
    const sim = lessonStart();
    const vpcId = Object.values(sim.state.ec2.subnets)[0]!.VpcId;
    const ipTg = sim.call('elbv2', 'CreateTargetGroup', {
      Name: 'web-ip',
      Protocol: 'HTTP',
      Port: 8080,
      VpcId: vpcId,
      TargetType: 'ip',
    }).TargetGroups[0]!.TargetGroupArn;
    sim.call('elbv2', 'CreateListener', {
      LoadBalancerArn: Object.keys(sim.state.elbv2.loadBalancers)[0]!,
      Protocol: 'HTTP',
      Port: 8080,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: ipTg }],
    });
    const td = register(sim, 'v1', 0);
    expect(() =>
      sim.call('ecs', 'UpdateService', {
        cluster: CLUSTER,
        service: SERVICE,
        taskDefinition: td,
        loadBalancers: [{ targetGroupArn: ipTg, containerName: 'web', containerPort: 8080 }],
      }),
    ).toThrow(/has target type ip, which is incompatible with the bridge network mode/);
  });
});

describe('lesson 11: the deregistration delay', () => {
  it('is 300 s by default, and the old tasks drain that long before they stop', () => {
    const sim = lessonStart();
    const tg = webTargetGroup(sim);
    const attributes = sim.call('elbv2', 'DescribeTargetGroupAttributes', { TargetGroupArn: tg }).Attributes;
    expect(attributes).toContainEqual({ Key: 'deregistration_delay.timeout_seconds', Value: '300' });
    const old = keptRunning(sim, describeWeb(sim).taskDefinition);
    update(sim, register(sim, 'v1', 0));
    const drainingFrom = new Map<string, number>();
    const stoppingFrom = new Map<string, number>();
    for (let s = 0; s < 900; s++) {
      sim.advance(1);
      for (const task of old) {
        const target = Object.values(sim.state.elbv2.targets).find((t) => t.taskArn === task.taskArn);
        if (target?.health.State === 'draining' && !drainingFrom.has(task.taskArn))
          drainingFrom.set(task.taskArn, sim.now);
        if (sim.state.ecs.tasks[task.taskArn]!.desiredStatus === 'STOPPED' && !stoppingFrom.has(task.taskArn))
          stoppingFrom.set(task.taskArn, sim.now);
      }
    }
    expect(stoppingFrom.size).toBe(2);
    for (const task of old) {
      const drained = stoppingFrom.get(task.taskArn)! - drainingFrom.get(task.taskArn)!;
      expect(drained).toBeGreaterThanOrEqual(299);
      expect(drained).toBeLessThanOrEqual(301);
    }
  });
});

describe('lesson 11: a slow-booting image', () => {
  it('is replaced for failing ELB health checks within its first 120 s when there is no grace period', () => {
    const sim = lessonStart();
    const td = register(sim, 'slow', 0);
    update(sim, td);
    sim.advance(600);
    const tg = webTargetGroup(sim);
    const kills = elbKills(sim);
    expect(kills.length).toBeGreaterThanOrEqual(4);
    for (const k of kills) {
      expect(k.reason).toBe(`Task failed ELB health checks in (target-group ${tg})`);
      expect(k.ranFor).toBeLessThan(120);
    }
    const unhealthy = describeWeb(sim).events.find((e) => e.message.includes('is unhealthy in'))!.message;
    expect(unhealthy).toMatch(
      new RegExp(
        `^service web \\(port \\d+\\) is unhealthy in \\(target-group ${tg}\\) due to \\(reason Request timed out\\)\\.$`,
      ),
    );
    // none of the slow tasks ever got a healthy target
    const slowTasks = new Set(keptRunning(sim, td).map((t) => t.taskArn as string));
    expect(
      Object.values(sim.state.elbv2.targets).filter(
        (t) => t.taskArn !== undefined && slowTasks.has(t.taskArn) && t.health.State === 'healthy',
      ),
    ).toEqual([]);
    const why = goalStatus(sim)['slow-boot-survives']!.detail;
    expect(why).toMatch(
      /^Since your last change the scheduler replaced \d+ web tasks for failing ELB health checks; the latest event: "service web \(port \d+\) is unhealthy in/,
    );
  });

  it('is still replaced when the grace period only covers the boot (120 s), since the target needs 5 passes', () => {
    const sim = lessonStart();
    update(sim, register(sim, 'slow', 0), 120);
    sim.advance(600);
    const kills = elbKills(sim);
    expect(kills.length).toBeGreaterThan(0);
    for (const k of kills) expect(k.ranFor).toBeGreaterThanOrEqual(119);
  });

  it('boots, turns healthy and completes the rollout with a 300 s grace period', () => {
    const sim = lessonStart();
    const td = register(sim, 'slow', 0);
    update(sim, td, 300);
    sim.advance(900);
    expect(elbKills(sim)).toEqual([]);
    expect(keptRunning(sim, td)).toHaveLength(4);
    const service = describeWeb(sim);
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]!.rolloutState).toBe('COMPLETED');
  });

  it('does not start a new deployment when only the grace period changes', () => {
    const sim = lessonStart();
    const before = describeWeb(sim).deployments.map((d) => d.id);
    sim.call('ecs', 'UpdateService', {
      cluster: CLUSTER,
      service: SERVICE,
      healthCheckGracePeriodSeconds: 300,
    });
    const after = describeWeb(sim);
    expect(after.healthCheckGracePeriodSeconds).toBe(300);
    expect(after.deployments.map((d) => d.id)).toEqual(before);
  });

  it('bears out the prediction’s "replaced" option from the lesson’s start', () => {
    expect(prediction.outcome(lessonStart())).toBe('replaced');
  });
});
