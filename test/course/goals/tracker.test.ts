import { describe, expect, it } from 'vitest';
import { goal, met, notYet, tasksWhere } from '../../../src/course/goals';
import { GoalTracker } from '../../../src/course/goals/tracker';
import type { Simulation } from '../../../src/engine';
import { anAccount } from '../../builders/account';

/** A cluster with one instance, ready to run `web` (nginx, runs until stopped) and `job` (busybox sleeping). */
function cluster(): Simulation {
  const sim = anAccount(7)
    .withInstances(1, 't3.medium', { cluster: 'demo', azs: ['us-east-1a'] })
    .build();
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
  });
  return sim;
}

/** A task that keeps the engine busy: its container exits on its own after `seconds`. */
function runJob(sim: Simulation, seconds: number) {
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'job',
    containerDefinitions: [
      { name: 'job', image: 'busybox', memory: 64, command: ['sleep', String(seconds)] },
    ],
  });
  sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'job' });
}

const twoWebRunning = goal({
  id: 'two-web',
  description: 'Two web tasks RUNNING',
  holdFor: 30,
  check: (sim) => {
    const n = tasksWhere(sim, { cluster: 'demo', family: 'web', status: 'RUNNING' }).length;
    return n >= 2 ? met : notYet(`${n} web tasks are RUNNING.`);
  },
  hints: { nudge: 'n', pointer: 'p', bottomOut: 'b' },
});

const lastEventAt = (sim: Simulation) => sim.events.at(-1)!.at;
const lastWebRunningAt = (sim: Simulation) =>
  Math.max(...tasksWhere(sim, { family: 'web', status: 'RUNNING' }).map((t) => t.startedAt!));

describe('GoalTracker', () => {
  it('counts a jump of simulated time during which the condition held (regression: Instant » still said 30 more)', () => {
    const sim = cluster();
    const tracker = new GoalTracker([twoWebRunning]);
    sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    runJob(sim, 100);
    tracker.update(sim);
    // one jump: both web tasks start a few seconds in, and the job's exit is still pending at the end
    sim.advance(95);
    expect(sim.state.timers.length).toBeGreaterThan(0);
    expect(sim.state.timers[0]!.at - sim.now).toBeLessThan(30);
    const [status] = tracker.update(sim);
    expect(status).toMatchObject({ met: true, detail: 'Done.' });
    expect(status!.trueSince).toBeLessThanOrEqual(sim.now - 30);
  });

  it('dates a condition that turned true inside a jump at the last change, not at the moment it looked', () => {
    const sim = cluster();
    const tracker = new GoalTracker([twoWebRunning]);
    sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    runJob(sim, 20);
    tracker.update(sim);
    sim.advance(20);
    const [status] = tracker.update(sim);
    const since = lastEventAt(sim);
    expect(since).toBeGreaterThanOrEqual(lastWebRunningAt(sim));
    expect(status).toMatchObject({
      met: false,
      trueSince: since,
      detail: `Holding: ${Math.ceil(30 - (sim.now - since))} more simulated seconds.`,
    });
    expect(sim.now - since).toBeGreaterThan(5);
  });

  it('meets a hold once the engine has nothing scheduled: nothing can break it until the learner acts', () => {
    const sim = cluster();
    const tracker = new GoalTracker([twoWebRunning]);
    sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    tracker.update(sim);
    // step to the last scheduled event, as "Instant »" does: no time passes after it
    while (sim.state.timers[0]) sim.advance(sim.state.timers[0].at - sim.now);
    expect(sim.now).toBe(lastEventAt(sim));
    expect(tracker.update(sim)[0]).toMatchObject({ met: true });
  });

  it('keeps holding while something is scheduled inside the window', () => {
    const sim = cluster();
    const tracker = new GoalTracker([twoWebRunning]);
    sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    runJob(sim, 12);
    while (tasksWhere(sim, { family: 'web', status: 'RUNNING' }).length < 2) {
      sim.advance(sim.state.timers[0]!.at - sim.now);
    }
    const [status] = tracker.update(sim);
    expect(status).toMatchObject({ met: false, detail: 'Holding: 30 more simulated seconds.' });
  });

  it('starts the window over when the condition breaks', () => {
    const sim = cluster();
    const tracker = new GoalTracker([twoWebRunning]);
    sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
    runJob(sim, 25);
    sim.advance(15);
    const first = tracker.update(sim)[0]!;
    expect(first.met).toBe(false);
    const web = tasksWhere(sim, { family: 'web', status: 'RUNNING' })[0]!;
    sim.call('ecs', 'StopTask', { cluster: 'demo', task: web.taskArn });
    sim.advance(40);
    expect(tracker.update(sim)[0]).toMatchObject({ met: false, detail: '1 web tasks are RUNNING.' });
    sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
    runJob(sim, 20);
    sim.advance(10);
    const again = tracker.update(sim)[0]!;
    expect(again.met).toBe(false);
    expect(again.trueSince).toBeGreaterThan(first.trueSince!);
  });
});
