import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deploymentBounds, isAwsError, type SimState, type Simulation } from '../../src/engine';
import { isHealthy } from '../../src/engine/services/health';
import { createService, describe1, liveTasks, registerWeb, serviceWorld } from '../engine/services/world';

/**
 * Properties of the service scheduler over random service operations, on a cluster with room for every task
 * asked for (6 instances of 2,048 CPU units; at most 8 tasks of 128 units, twice that during a surge).
 */

const RUNS = 40;

type Op =
  | { readonly kind: 'advance'; readonly seconds: number }
  | { readonly kind: 'scale'; readonly desiredCount: number }
  | { readonly kind: 'deploy'; readonly revision: 1 | 2 }
  | { readonly kind: 'force' }
  | { readonly kind: 'stopTask'; readonly pick: number }
  | { readonly kind: 'exitContainer'; readonly pick: number }
  | { readonly kind: 'drain'; readonly pick: number; readonly back: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('advance' as const), seconds: fc.integer({ min: 1, max: 90 }) }),
  fc.record({ kind: fc.constant('scale' as const), desiredCount: fc.integer({ min: 0, max: 8 }) }),
  fc.record({ kind: fc.constant('deploy' as const), revision: fc.constantFrom(1 as const, 2 as const) }),
  fc.record({ kind: fc.constant('force' as const) }),
  fc.record({ kind: fc.constant('stopTask' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('exitContainer' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('drain' as const), pick: fc.nat(), back: fc.boolean() }),
);

const config = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  desiredCount: fc.integer({ min: 1, max: 6 }),
  min: fc.constantFrom(0, 50, 75, 100),
  max: fc.constantFrom(100, 125, 150, 200),
});

function setUp(seed: number, desiredCount: number, min: number, max: number) {
  const { sim } = serviceWorld(2, seed);
  registerWeb(sim, 'v2');
  createService(sim, {
    taskDefinition: 'web:1',
    desiredCount,
    deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max },
  });
  return sim;
}

/** Applies one operation; a refusal (stopping a task that is gone, say) is part of the game. */
function apply(sim: Simulation, o: Op): void {
  const instances = Object.values(sim.state.ecs.containerInstances);
  try {
    if (o.kind === 'advance') sim.advance(o.seconds);
    else if (o.kind === 'scale')
      sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: o.desiredCount });
    else if (o.kind === 'deploy')
      sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: `web:${o.revision}` });
    else if (o.kind === 'force')
      sim.callByName('ecs', 'UpdateService', { service: 'web', forceNewDeployment: true });
    else if (o.kind === 'stopTask') {
      const live = liveTasks(sim);
      if (live.length) sim.callByName('ecs', 'StopTask', { task: live[o.pick % live.length]!.taskArn });
    } else if (o.kind === 'exitContainer') {
      const running = liveTasks(sim).filter((t) => t.lastStatus === 'RUNNING');
      const task = running[o.pick % Math.max(1, running.length)];
      if (task) sim.callByName('sim', 'ExitContainer', { task: task.taskArn, containerName: 'web' });
    } else {
      const ci = instances[o.pick % instances.length]!;
      sim.callByName('ecs', 'UpdateContainerInstancesState', {
        containerInstances: [ci.containerInstanceArn],
        status: o.back ? 'ACTIVE' : 'DRAINING',
      });
    }
  } catch (e) {
    if (!isAwsError(e)) throw e;
  }
}

const healthyCount = (sim: Simulation) =>
  liveTasks(sim).filter((t) => isHealthy(sim.state as SimState, t, sim.now)).length;

/** A step of a deployment watched second by second: an operation, then `seconds` of time in 1 s steps. */
const watchedStep = fc.record({
  op: fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: op.filter((o) => o.kind !== 'advance') },
  ),
  seconds: fc.integer({ min: 1, max: 60 }),
});

/** The healthy live tasks of the service now, by ARN. */
const healthyArns = (sim: Simulation) =>
  new Set(
    liveTasks(sim)
      .filter((t) => isHealthy(sim.state as SimState, t, sim.now))
      .map((t) => t.taskArn as string),
  );

describe('service scheduler properties', () => {
  it('during a rolling deployment from a steady state, at every second: in flight ≤ upper and healthy ≥ lower', () => {
    fc.assert(
      fc.property(
        config,
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 3 }),
        (c, waits) => {
          const sim = setUp(c.seed, c.desiredCount, c.min, c.max);
          sim.advance(200);
          const { lower, upper } = deploymentBounds(c.desiredCount, c.min, c.max);
          let revision: 1 | 2 = 2;
          for (const wait of waits) {
            sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: `web:${revision}` });
            revision = revision === 2 ? 1 : 2;
            for (let s = 0; s < wait; s++) {
              sim.advance(1);
              expect(liveTasks(sim).length).toBeLessThanOrEqual(upper);
              expect(healthyCount(sim)).toBeGreaterThanOrEqual(lower);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('during any deployment, scaling, task stop, crash or drain, at every second: no start above the upper bound, and the scheduler takes healthy below lower only by failures', () => {
    fc.assert(
      fc.property(config, fc.array(watchedStep, { minLength: 1, maxLength: 6 }), (c, steps) => {
        const sim = setUp(c.seed, c.desiredCount, c.min, c.max);
        sim.advance(200);
        let healthy = healthyArns(sim);
        let inFlightBefore = liveTasks(sim).length;
        for (const { op: o, seconds } of steps) {
          if (o) apply(sim, o);
          for (let s = 0; s < seconds; s++) {
            sim.advance(1);
            const { desiredCount } = describe1(sim);
            const { lower, upper } = deploymentBounds(desiredCount, c.min, c.max);
            const now = healthyArns(sim);
            // the upper bound limits starts: no task starts that takes the tasks in flight above it. A lower
            // desired count can leave more in flight than its new bound until new tasks are healthy and old
            // ones may go (the lower bound holds them): then the number only falls
            const live = liveTasks(sim);
            const startedNow = live.some((t) => t.createdAt > sim.now - 1);
            if (startedNow) expect(live.length).toBeLessThanOrEqual(upper);
            expect(live.length).toBeLessThanOrEqual(Math.max(upper, inFlightBefore));
            inFlightBefore = live.length;
            // a healthy task stopped by anything but the scheduler (StopTask, a crash) is a failure it replaces:
            // that may take the healthy count below the lower bound, and the scheduler must not take it lower
            // still; it stops a healthy task only while the healthy ones stay at or above the bound (tasks on a
            // DRAINING instance are replaced within it too, so a drain is no failure)
            const failed = [...healthy].filter((arn) => {
              const task = sim.state.ecs.tasks[arn];
              return task?.desiredStatus === 'STOPPED' && task.stopCode !== 'ServiceSchedulerInitiated';
            }).length;
            expect(now.size).toBeGreaterThanOrEqual(Math.min(lower, healthy.size - failed));
            healthy = now;
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reaches the desired count with one COMPLETED deployment when capacity and the bounds allow, and tracks every task', () => {
    fc.assert(
      fc.property(config, fc.array(op, { maxLength: 12 }), (c, ops) => {
        const sim = setUp(c.seed, c.desiredCount, c.min, c.max);
        for (const o of ops) {
          apply(sim, o);
          // a service never loses track of a task: every live task belongs to a listed deployment, and the
          // counts it reports add up to the tasks it has
          const service = describe1(sim);
          const ids = new Set(service.deployments.map((d) => d.id));
          const live = liveTasks(sim);
          for (const t of live) expect(ids.has(t.startedBy!)).toBe(true);
          expect(service.runningCount + service.pendingCount).toBe(live.length);
          const counted = service.deployments.reduce((n, d) => n + d.runningCount + d.pendingCount, 0);
          expect(counted).toBe(live.length);
        }
        // every instance takes tasks again, then time passes
        sim.callByName('ecs', 'UpdateContainerInstancesState', {
          containerInstances: Object.keys(sim.state.ecs.containerInstances),
          status: 'ACTIVE',
        });
        sim.advance(1800);
        const service = describe1(sim);
        const { lower, upper } = deploymentBounds(service.desiredCount, c.min, c.max);
        const canMove = upper > service.desiredCount || lower < service.desiredCount;
        const oneDeployment = service.deployments.length === 1;
        // 100/100-like bounds may leave a deployment stuck, as in ECS; the desired count is still met
        if (canMove || oneDeployment) {
          expect(service.deployments).toHaveLength(1);
          expect(service.deployments[0]!.rolloutState).toBe('COMPLETED');
        }
        expect(service.runningCount).toBe(service.desiredCount);
        expect(healthyCount(sim)).toBe(service.desiredCount);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same seed and operations give the same state', () => {
    fc.assert(
      fc.property(config, fc.array(op, { maxLength: 10 }), (c, ops) => {
        const run = () => {
          const sim = setUp(c.seed, c.desiredCount, c.min, c.max);
          for (const o of ops) apply(sim, o);
          sim.advance(300);
          return JSON.stringify(sim.state);
        };
        expect(run()).toBe(run());
      }),
      { numRuns: 20 },
    );
  });
});
