import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation, type Task } from '../../src/engine';
import scenario from '../../lessons/13-placement-strategies/scenario';

/**
 * Lesson 13's claim: a service spread across AZs survives the loss of one AZ. Its `prod` cluster (six
 * instances, two per AZ) runs `api` as a service spread over AZs then binpacked; one AZ fails (sim
 * FailAvailabilityZone) and the scheduler brings the service back to its desired count in the other two.
 */

const DESIRED = 6;
const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;

function lessonWorldWithService(seed: number): Simulation {
  const sim = createSimulation({ seed });
  scenario.build(sim);
  sim.call('ecs', 'CreateService', {
    cluster: 'prod',
    serviceName: 'api',
    taskDefinition: 'api',
    desiredCount: DESIRED,
    placementStrategy: [
      { type: 'spread', field: 'attribute:ecs.availability-zone' },
      { type: 'binpack', field: 'memory' },
    ],
  });
  sim.advance(180);
  return sim;
}

const running = (sim: Simulation): Task[] =>
  (Object.values(sim.state.ecs.tasks) as Task[]).filter(
    (t) => t.group === 'service:api' && t.lastStatus === 'RUNNING',
  );

const perZone = (tasks: ReadonlyArray<Task>) =>
  Object.fromEntries(ZONES.map((az) => [az, tasks.filter((t) => t.availabilityZone === az).length]));

const runningCount = (sim: Simulation) =>
  sim.call('ecs', 'DescribeServices', { cluster: 'prod', services: ['api'] }).services[0]!.runningCount;

/** Seconds until the service runs DESIRED tasks outside `failed` (checked each second, at most `limit`). */
function secondsToRecover(sim: Simulation, failed: string, limit: number): number | undefined {
  for (let s = 0; s <= limit; s++) {
    const tasks = running(sim);
    if (tasks.length === DESIRED && tasks.every((t) => t.availabilityZone !== failed)) return s;
    sim.advance(1);
  }
  return undefined;
}

describe('lesson 13: a service spread across AZs survives the loss of one AZ', () => {
  it.each([
    [113, 'us-east-1a'],
    [7, 'us-east-1b'],
    [21, 'us-east-1c'],
    [42, 'us-east-1a'],
    [1234, 'us-east-1b'],
  ])('seed %i: after %s fails the service is back at 6 running tasks in the other AZs', (seed, failed) => {
    const sim = lessonWorldWithService(seed);
    expect(perZone(running(sim))).toEqual({ 'us-east-1a': 2, 'us-east-1b': 2, 'us-east-1c': 2 });

    const out = sim.call('sim', 'FailAvailabilityZone', { availabilityZone: failed });
    expect(out.failedInstanceIds).toHaveLength(2);

    const seconds = secondsToRecover(sim, failed, 300);
    expect(seconds, `api did not recover within 5 minutes of losing ${failed}`).toBeDefined();
    sim.advance(60);
    const after = running(sim);
    expect(after).toHaveLength(DESIRED);
    expect(perZone(after)[failed]).toBe(0);
    // spread keeps the survivors balanced: three tasks in each remaining AZ
    for (const az of ZONES.filter((z) => z !== failed)) expect(perZone(after)[az]).toBe(3);
    expect(runningCount(sim)).toBe(DESIRED);
  });

  it('loses tasks for good when they all sat in one AZ (binpack alone), for contrast', () => {
    const sim = createSimulation({ seed: 113 });
    scenario.build(sim);
    sim.call('ecs', 'RunTask', {
      cluster: 'prod',
      taskDefinition: 'api',
      count: 4,
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    });
    sim.advance(60);
    const standalone = (Object.values(sim.state.ecs.tasks) as Task[]).filter(
      (t) => t.group === 'family:api' && t.lastStatus === 'RUNNING',
    );
    const zones = new Set(standalone.map((t) => t.availabilityZone));
    expect(zones.size).toBe(1);
    sim.call('sim', 'FailAvailabilityZone', { availabilityZone: [...zones][0]! });
    sim.advance(300);
    const left = (Object.values(sim.state.ecs.tasks) as Task[]).filter(
      (t) => t.group === 'family:api' && t.lastStatus === 'RUNNING',
    );
    expect(left).toEqual([]);
  });
});
