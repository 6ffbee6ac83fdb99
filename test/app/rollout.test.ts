import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../src/engine';
import { buildRolloutTimeline, type RolloutTimeline } from '../../src/app/rollout';
import { anAccount } from '../builders/account';
import { behindALoadBalancer } from '../engine/elbv2/fixtures';
import { createService, describe1, registerWeb, serviceTasks, serviceWorld } from '../engine/services/world';

/** A service of `desired` web:v1 tasks at min/max, settled, then updated to web:v2 and run for `seconds`. */
function rollout(desired: number, min: number, max: number, seconds: number, perAz = 2) {
  const { sim } = serviceWorld(perAz);
  createService(sim, {
    desiredCount: desired,
    deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max },
  });
  sim.advance(120);
  const updatedAt = sim.now;
  registerWeb(sim, 'v2');
  sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
  sim.advance(seconds);
  return { sim, updatedAt };
}

const timeline = (sim: Simulation): RolloutTimeline =>
  buildRolloutTimeline(sim.state, describe1(sim).serviceArn, sim.now)!;

/** Tasks of the series in flight at time t (the step function read back). */
function countAt(series: RolloutTimeline['series'][number], t: number): number {
  let count = 0;
  for (const p of series.points) if (p.t <= t) count = p.count;
  return count;
}

describe('rollout timeline', () => {
  it('frames the latest rollout: from just before the update, to a while after it settled, not to a late now', () => {
    const { sim, updatedAt } = rollout(4, 100, 200, 3000);
    const t = timeline(sim);
    expect(t.status.kind).toBe('steady');
    expect(t.from).toBeLessThan(updatedAt);
    expect(t.from).toBeGreaterThan(updatedAt - 400);
    const last = t.steps.at(-1)!.at;
    expect(t.until).toBeGreaterThanOrEqual(last + 120);
    expect(t.until).toBeLessThan(sim.now);
    for (const step of t.steps) expect(step.at).toBeGreaterThanOrEqual(t.from - 1e-6);
    for (const series of t.series) for (const p of series.points) expect(p.t).toBeLessThanOrEqual(t.until);
  });

  it('runs to now while a rollout is under way', () => {
    const { sim } = rollout(4, 100, 200, 5);
    const t = timeline(sim);
    expect(t.status.kind).toBe('rolling');
    expect(t.until).toBe(sim.now);
  });

  it('reads the bounds with the engine rounding (2 tasks at 75/125 keep 2 and add none)', () => {
    const { sim } = rollout(2, 75, 125, 0);
    const t = timeline(sim);
    expect([t.lower, t.upper]).toEqual([2, 2]);
  });

  it('labels the first step of 4 tasks at 50/200: stops 2 old and starts 4 new within the bounds', () => {
    const { sim, updatedAt } = rollout(4, 50, 200, 400);
    const t = timeline(sim);
    // the update's first reconcile runs at the update's own instant
    const after = t.steps.filter((s) => s.at >= updatedAt);
    const firstStop = after.find((s) => s.kind === 'stop')!;
    const firstStart = after.find((s) => s.kind === 'start')!;
    expect(firstStop.label).toBe('stopped 2 old: 2 healthy ≥ lower bound 2');
    expect(firstStart.count).toBe(4);
    expect(firstStart.label).toBe('started 4: 6 in flight ≤ upper bound 8');
    expect(firstStart.at).toBeCloseTo(firstStop.at, 6);
  });

  it('draws old and new series that cross over and end with 4 new, 0 old, steady', () => {
    const { sim, updatedAt } = rollout(4, 100, 200, 400);
    const t = timeline(sim);
    const [fresh, old] = t.series;
    expect(fresh!.role).toBe('new');
    expect(fresh!.taskDefinition).toBe('web:2');
    expect(old!.role).toBe('old');
    const before = updatedAt - 0.001;
    expect(countAt(old!, before)).toBe(4);
    expect(countAt(fresh!, before)).toBe(0);
    // at 100/200 the surge puts all 4 new in flight beside the 4 old
    const peak = Math.max(...fresh!.points.map((p) => p.count + countAt(old!, p.t)));
    expect(peak).toBe(8);
    expect(countAt(fresh!, sim.now)).toBe(4);
    expect(countAt(old!, sim.now)).toBe(0);
    expect(t.status.kind).toBe('steady');
    const stops = t.steps.filter((s) => s.kind === 'stop');
    expect(stops.every((s) => /healthy ≥ lower bound 4$/.test(s.label))).toBe(true);
  });

  it('shows a stuck rollout at 100/100 and explains it in words', () => {
    const { sim, updatedAt } = rollout(4, 100, 100, 300);
    const t = timeline(sim);
    expect(t.steps.filter((s) => s.at >= updatedAt && (s.kind === 'start' || s.kind === 'stop'))).toEqual([]);
    expect(t.steps.some((s) => s.kind === 'stuck')).toBe(true);
    expect(t.status.kind).toBe('stuck');
    expect(t.status.text).toContain('Stopping an old task would leave fewer than 4 healthy');
    expect(t.status.text).toContain('more than 4 in flight');
    expect(t.summary).toContain('Stuck');
  });

  it('shows the failed tasks, the circuit breaker and the rollback of a web:crash rollout', () => {
    const { sim } = serviceWorld(2);
    createService(sim, {
      desiredCount: 2,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    sim.advance(120);
    registerWeb(sim, 'crash');
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    for (let s = 0; s < 900 && !describe1(sim).deployments.some((d) => d.rolloutState === 'FAILED'); s++)
      sim.advance(1);
    const t = timeline(sim);
    expect(t.status.kind).toBe('failed');
    expect(t.status.text).toContain('ECS deployment circuit breaker: tasks failed to start.');
    expect(t.status.text).toContain('rolling back to deploymentId');
    expect(t.steps.some((s) => s.kind === 'breaker' && /3 failed tasks ≥ threshold 3/.test(s.label))).toBe(
      true,
    );
    const failures = t.steps.filter((s) => s.kind === 'fail');
    expect(failures.reduce((n, s) => n + s.count, 0)).toBeGreaterThanOrEqual(3);
    expect(t.series.map((s) => s.taskDefinition)).toContain('web:2');

    // once the rollback has completed, the failed deployment leaves deployments[]; the timeline still says so
    sim.advance(600);
    const after = timeline(sim);
    expect(after.status.kind).toBe('steady');
    expect(after.status.text).toContain('An earlier rollout to web:2 failed');
    expect(after.steps.some((s) => s.kind === 'fail')).toBe(true);
  });

  it('behind a load balancer, counts an old task out when its target starts draining, not when it stops', () => {
    const sim = anAccount(7).withCluster('default').withInstances(3, 'm5.large').build();
    const v1 = registerWeb(sim, 'v1');
    const tg = behindALoadBalancer(sim);
    sim.call('elbv2', 'ModifyTargetGroupAttributes', {
      TargetGroupArn: tg,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '120' }],
    });
    createService(sim, {
      desiredCount: 2,
      loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
    });
    sim.advance(300);
    registerWeb(sim, 'v2');
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    sim.advance(600);
    const t = timeline(sim);
    const stops = t.steps.filter((s) => s.kind === 'stop');
    const old = serviceTasks(sim).filter((task) => task.taskDefinitionArn === v1);
    expect(stops.reduce((n, s) => n + s.count, 0)).toBe(2);
    for (const task of old) {
      // the stop step is where the target left the group, the delay before the task was told to stop
      expect(stops.some((s) => Math.abs(s.at - (task.stoppingAt! - 120)) < 1)).toBe(true);
    }
    expect(stops.every((s) => /^stopped \d old: \d healthy ≥ lower bound 2$/.test(s.label))).toBe(true);
    const oldSeries = t.series.find((s) => s.role === 'old')!;
    expect(oldSeries.points.at(-1)!.count).toBe(0);
    expect(oldSeries.points.at(-1)!.t).toBeLessThan(Math.max(...old.map((task) => task.stoppingAt!)) - 100);
  });

  it('says when the bounds allow new tasks but no instance has room for them', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    sim.advance(120);
    registerWeb(sim, 'v2', { memory: 1_000_000 });
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    sim.advance(30);
    const t = timeline(sim);
    expect(t.status.kind).toBe('unplaced');
    expect(t.status.text).toContain('no container instance can take it');
  });

  it('follows the state it is given: before the update there is one steady deployment', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    sim.advance(120);
    const t = timeline(sim);
    expect(t.series).toHaveLength(1);
    expect(t.status.kind).toBe('steady');
    expect(t.steps.filter((s) => s.kind === 'start').map((s) => s.label)).toEqual([
      'started 2: 2 in flight ≤ upper bound 4',
    ]);
  });

  it('is undefined for a service that does not exist', () => {
    const { sim } = serviceWorld(1);
    expect(buildRolloutTimeline(sim.state, 'arn:aws:ecs:us-east-1:123456789012:service/default/x', 0)).toBe(
      undefined,
    );
  });
});
