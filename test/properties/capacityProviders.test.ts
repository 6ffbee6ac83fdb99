import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAwsError, type Simulation } from '../../src/engine';
import { groupWorld, withProvider } from '../engine/capacityProviders/world';

/**
 * No task is lost through an Auto Scaling group capacity provider (issue 11): over random launches, stops,
 * service scaling and group resizing (scale-in with managed draining, with or without managed termination
 * protection), every task launched ends RUNNING, waiting in PROVISIONING, or STOPPED with a reason; none is
 * left running on a terminated instance.
 */

const RUNS = 30;
/** how long a placed task may take to reach RUNNING (image pull and start) */
const START_WINDOW = 300;
const now = (sim: Simulation): number => sim.state.clock.now;

type Op =
  | { readonly kind: 'advance'; readonly seconds: number }
  | { readonly kind: 'run'; readonly count: number }
  | { readonly kind: 'stop'; readonly pick: number }
  | { readonly kind: 'service'; readonly desiredCount: number }
  | { readonly kind: 'resize'; readonly desired: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('advance' as const), seconds: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('run' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('stop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('service' as const), desiredCount: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ kind: fc.constant('resize' as const), desired: fc.integer({ min: 0, max: 4 }) }),
);

function setUp(seed: number, protect: boolean): Simulation {
  const sim = withProvider(groupWorld({ seed, desired: 2, max: 6, protect }), {
    managedScaling: { status: 'ENABLED', instanceWarmupPeriod: 120 },
    managedTerminationProtection: protect ? 'ENABLED' : 'DISABLED',
  });
  sim.call('ecs', 'CreateService', {
    cluster: 'web',
    serviceName: 'jobs',
    taskDefinition: 'job',
    desiredCount: 2,
  });
  return sim;
}

function apply(sim: Simulation, o: Op, launched: Set<string>): void {
  switch (o.kind) {
    case 'advance':
      return void sim.advance(o.seconds);
    case 'run': {
      const out = sim.call('ecs', 'RunTask', { cluster: 'web', taskDefinition: 'job', count: o.count });
      for (const t of out.tasks) launched.add(t.taskArn);
      return;
    }
    case 'stop': {
      const live = Object.values(sim.state.ecs.tasks).filter((t) => t.desiredStatus === 'RUNNING');
      const task = live[o.pick % Math.max(1, live.length)];
      if (task) sim.call('ecs', 'StopTask', { cluster: 'web', task: task.taskArn });
      return;
    }
    case 'service':
      return void sim.call('ecs', 'UpdateService', {
        cluster: 'web',
        service: 'jobs',
        desiredCount: o.desiredCount,
      });
    case 'resize':
      return void sim.call('autoscaling', 'SetDesiredCapacity', {
        AutoScalingGroupName: 'asg',
        DesiredCapacity: o.desired,
      });
  }
}

describe('property: no task lost through a capacity provider', () => {
  it('every launched task ends RUNNING, PROVISIONING or STOPPED with a reason, across scale-in and draining', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.boolean(),
        fc.array(op, { maxLength: 14 }),
        (seed, protect, ops) => {
          const sim = setUp(seed, protect);
          const launched = new Set<string>();
          for (const o of ops) {
            try {
              apply(sim, o, launched);
            } catch (e) {
              if (!isAwsError(e)) throw e;
            }
          }
          sim.advance(900);
          for (const t of Object.values(sim.state.ecs.tasks)) launched.add(t.taskArn);
          const stopped = new Map(
            sim.events.flatMap((e) =>
              e.type === 'TaskStopped' ? [[e.taskArn as string, e.stoppedReason] as const] : [],
            ),
          );
          for (const arn of launched) {
            const task = sim.state.ecs.tasks[arn];
            if (!task) {
              expect(stopped.get(arn), `task ${arn} left the state without stopping`).toBeTruthy();
              continue;
            }
            if (task.lastStatus === 'STOPPED') {
              expect(task.stoppedReason, `task ${arn} stopped without a reason`).toBeTruthy();
              continue;
            }
            // a task still starting was placed in the last few minutes (the last scaling or draining acted just now)
            const starting = now(sim) - (task.pullStartedAt ?? task.createdAt) < START_WINDOW;
            expect(
              task.desiredStatus === 'STOPPED' ||
                ['RUNNING', 'PROVISIONING'].includes(task.lastStatus) ||
                starting,
              `task ${arn} is stuck in ${task.lastStatus}`,
            ).toBe(true);
            if (task.containerInstanceArn && task.desiredStatus === 'RUNNING') {
              const ci = sim.state.ecs.containerInstances[task.containerInstanceArn];
              const ec2 = ci && sim.state.ec2.instances[ci.ec2InstanceId];
              expect(ec2?.State, `task ${arn} runs on a terminated instance`).not.toBe('terminated');
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
