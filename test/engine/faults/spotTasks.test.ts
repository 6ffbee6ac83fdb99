import { describe, expect, it } from 'vitest';
import { narrate, type Simulation } from '../../../src/engine';
import { expectRejected } from '../../builders/account';
import { allSubnets, inSubnets, runningTasksOf, threeZoneWorld } from './world';

const SPOT_REASON = 'Your Spot Task was interrupted.';

/**
 * Cluster `spot` (FARGATE and FARGATE_SPOT associated) with `count` RUNNING `api` tasks on FARGATE_SPOT and one
 * On-Demand Fargate task; `image`/`command` choose the container (busybox sleeping ignores SIGTERM).
 */
function spotWorld(options: { seed?: number; count?: number; stopTimeout?: number; sleeper?: boolean } = {}) {
  const sim = threeZoneWorld(options.seed ?? 1);
  sim.call('ecs', 'CreateCluster', { clusterName: 'spot', capacityProviders: ['FARGATE', 'FARGATE_SPOT'] });
  if (options.sleeper) {
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'api',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: 'api',
          image: 'busybox',
          command: ['sleep', '3600'],
          ...(options.stopTimeout === undefined ? {} : { stopTimeout: options.stopTimeout }),
        },
      ],
    });
  }
  const spot = sim.call('ecs', 'RunTask', {
    cluster: 'spot',
    taskDefinition: 'api',
    count: options.count ?? 2,
    capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
    networkConfiguration: inSubnets(allSubnets(sim)),
  });
  const onDemand = sim.call('ecs', 'RunTask', {
    cluster: 'spot',
    taskDefinition: 'api',
    launchType: 'FARGATE',
    networkConfiguration: inSubnets(allSubnets(sim)),
  });
  sim.advance(90);
  return {
    sim,
    spotTasks: spot.tasks.map((t) => t.taskArn!),
    onDemandTask: onDemand.tasks[0]!.taskArn!,
  };
}

const task = (sim: Simulation, arn: string) => sim.state.ecs.tasks[arn]!;

/** Advances second by second until the task is STOPPED; returns the seconds it took (at most `limit`). */
function secondsUntilStopped(sim: Simulation, arn: string, limit = 300): number {
  for (let s = 0; s <= limit; s++) {
    if (task(sim, arn).lastStatus === 'STOPPED') return s;
    sim.advance(1);
  }
  throw new Error(`${arn} did not stop within ${limit} s`);
}

describe('sim InterruptSpot on Fargate Spot tasks', () => {
  it('sends the two-minute warning and SIGTERM: desiredStatus STOPPED, TerminationNotice, ECS reason', () => {
    const { sim, spotTasks } = spotWorld();
    const [victim, other] = spotTasks;
    expect(task(sim, victim!)).toMatchObject({ lastStatus: 'RUNNING', capacityProviderName: 'FARGATE_SPOT' });
    const at = sim.now;

    const out = sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: victim! });

    expect(out.tasks).toHaveLength(1);
    expect(out.tasks[0]).toMatchObject({
      taskArn: victim,
      desiredStatus: 'STOPPED',
      stopCode: 'TerminationNotice',
      stoppedReason: SPOT_REASON,
    });
    expect(out.instanceAction).toBeUndefined();
    const warning = sim.events.find((e) => e.type === 'SpotTaskInterrupted');
    expect(warning).toEqual({
      type: 'SpotTaskInterrupted',
      at,
      taskArn: victim,
      clusterArn: task(sim, victim!).clusterArn,
      stopBy: at + 120,
    });
    expect(narrate(sim.state as never, warning!)).toMatch(
      /^Fargate Spot reclaimed the capacity of api:\d+ task [0-9a-f]{8}: ECS sent the two-minute warning as a task state change event and SIGTERM to its containers\.$/,
    );
    expect(task(sim, other!).desiredStatus).toBe('RUNNING');

    sim.advance(120);
    expect(task(sim, victim!)).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'TerminationNotice',
      stoppedReason: SPOT_REASON,
    });
    expect(sim.events.find((e) => e.type === 'TaskStopped' && e.taskArn === victim)).toMatchObject({
      stopCode: 'TerminationNotice',
      stoppedReason: SPOT_REASON,
    });
  });

  it('gives a container that ignores SIGTERM its full stopTimeout of 120 s, then kills it: gone in the two minutes', () => {
    const { sim, spotTasks } = spotWorld({ sleeper: true, stopTimeout: 120, count: 1 });
    const [victim] = spotTasks;
    expect(task(sim, victim!).lastStatus).toBe('RUNNING');
    sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: victim! });
    const seconds = secondsUntilStopped(sim, victim!);
    expect(seconds).toBeGreaterThanOrEqual(120);
    expect(seconds).toBeLessThanOrEqual(125);
    expect(task(sim, victim!).containers[0]!.exitCode).toBe(137);
  });

  it('stops a container that honours SIGTERM within seconds', () => {
    const { sim, spotTasks } = spotWorld({ seed: 2, count: 1 });
    sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: spotTasks[0]! });
    expect(secondsUntilStopped(sim, spotTasks[0]!)).toBeLessThan(30);
  });

  it('reclaims every Fargate Spot task of the cluster when no task is named, and no On-Demand one', () => {
    const { sim, spotTasks, onDemandTask } = spotWorld({ seed: 3, count: 3 });
    const out = sim.call('sim', 'InterruptSpot', { cluster: 'spot' });
    expect(out.tasks.map((t) => t.taskArn).sort()).toEqual([...spotTasks].sort());
    expect(sim.events.filter((e) => e.type === 'SpotTaskInterrupted')).toHaveLength(3);
    sim.advance(120);
    expect(spotTasks.every((arn) => task(sim, arn).lastStatus === 'STOPPED')).toBe(true);
    expect(task(sim, onDemandTask)).toMatchObject({ lastStatus: 'RUNNING', desiredStatus: 'RUNNING' });
  });

  it('accepts the task id as well as the ARN', () => {
    const { sim, spotTasks } = spotWorld({ seed: 4, count: 1 });
    const id = spotTasks[0]!.split('/').at(-1)!;
    expect(sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: id }).tasks[0]!.taskArn).toBe(
      spotTasks[0],
    );
  });

  it('gives the same state and events for the same seed and calls', () => {
    const play = () => {
      const { sim } = spotWorld({ seed: 5, count: 2 });
      sim.call('sim', 'InterruptSpot', { cluster: 'spot' });
      sim.advance(150);
      return sim;
    };
    const [a, b] = [play(), play()];
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    expect(a.events).toEqual(b.events);
  });
});

describe('sim InterruptSpot refusals', () => {
  it('refuses an On-Demand Fargate task', () => {
    const { sim, onDemandTask } = spotWorld({ seed: 6, count: 1 });
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: onDemandTask }),
      'InvalidParameterException',
      /runs on (FARGATE|the FARGATE launch type), not on FARGATE_SPOT.*StopTask/,
    );
  });

  it('refuses an EC2 task', () => {
    const sim = threeZoneWorld(7);
    const run = sim.call('ecs', 'RunTask', { taskDefinition: 'web' });
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { task: run.tasks[0]!.taskArn! }),
      'InvalidParameterException',
      /runs on the EC2 launch type, not on FARGATE_SPOT/,
    );
  });

  it.each([
    ['stopping', 0, /is already stopping \(Task stopped by user\)/],
    ['stopped', 120, /is already stopped \(Task stopped by user\)/],
  ])('refuses a task that is already %s', (_name, wait, message) => {
    const { sim, spotTasks } = spotWorld({ seed: 8, count: 1 });
    sim.call('ecs', 'StopTask', { cluster: 'spot', task: spotTasks[0]! });
    sim.advance(wait);
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: spotTasks[0]! }),
      'InvalidParameterException',
      message,
    );
  });

  it('refuses a task interrupted before (it is already stopping)', () => {
    const { sim, spotTasks } = spotWorld({ seed: 9, count: 1 });
    sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: spotTasks[0]! });
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: spotTasks[0]! }),
      'InvalidParameterException',
      /already stopping \(Your Spot Task was interrupted\.\)/,
    );
  });

  it('refuses an unknown task, an unknown cluster, and a cluster with no Spot task', () => {
    const { sim } = spotWorld({ seed: 10, count: 1 });
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: '0123456789abcdef0123456789abcdef' }),
      'InvalidParameterException',
      /The referenced task was not found/,
    );
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { cluster: 'nope' }),
      'ClusterNotFoundException',
      /nope/,
    );
    expectRejected(
      sim,
      () => sim.call('sim', 'InterruptSpot', { cluster: 'default' }),
      'InvalidParameterException',
      /default has no running Fargate Spot task to interrupt/,
    );
  });

  it('refuses a request that names nothing, or a task and an instance at once', () => {
    const { sim, spotTasks } = spotWorld({ seed: 11, count: 1 });
    expectRejected(sim, () => sim.call('sim', 'InterruptSpot', {}), 'InvalidParameterException', /Say what/);
    expectRejected(
      sim,
      () =>
        sim.call('sim', 'InterruptSpot', {
          cluster: 'spot',
          task: spotTasks[0]!,
          instanceId: 'i-0123456789abcdef0',
        }),
      'InvalidParameterException',
      /either instanceId .* or cluster and task/,
    );
  });
});

describe('sim InterruptSpot and a service on Fargate Spot', () => {
  it('lets the service replace the interrupted task on Fargate Spot', () => {
    const sim = threeZoneWorld(12);
    sim.call('ecs', 'CreateCluster', { clusterName: 'spot', capacityProviders: ['FARGATE', 'FARGATE_SPOT'] });
    sim.call('ecs', 'CreateService', {
      cluster: 'spot',
      serviceName: 'api',
      taskDefinition: 'api',
      desiredCount: 2,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      networkConfiguration: inSubnets(allSubnets(sim)),
    });
    sim.advance(180);
    const before = runningTasksOf(sim, 'service:api');
    expect(before).toHaveLength(2);
    expect(before.every((t) => t.capacityProviderName === 'FARGATE_SPOT')).toBe(true);

    sim.call('sim', 'InterruptSpot', { cluster: 'spot', task: before[0]!.taskArn });
    sim.advance(180);

    const after = runningTasksOf(sim, 'service:api');
    expect(after).toHaveLength(2);
    expect(after.map((t) => t.taskArn)).not.toContain(before[0]!.taskArn);
    expect(after.every((t) => t.capacityProviderName === 'FARGATE_SPOT')).toBe(true);
    expect(task(sim, before[0]!.taskArn)).toMatchObject({
      lastStatus: 'STOPPED',
      stoppedReason: SPOT_REASON,
    });
  });
});
