import { describe, expect, it } from 'vitest';
import { aas, activities, advanceUntil, desired, register, RESOURCE, running, scalingWorld } from './world';

const setLoad = (sim: ReturnType<typeof scalingWorld>, requestsPerSecond: number) =>
  sim.callByName('sim', 'SetLoad', {
    cluster: 'default',
    service: 'web',
    shape: { kind: 'constant', requestsPerSecond },
  });

describe('application-autoscaling on the service CPU metric, driven by sim SetLoad', () => {
  it('scales out under load to a steady count, and back in when the load goes away', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 10);
    aas(sim, 'PutScalingPolicy', {
      ResourceId: RESOURCE,
      ScalableDimension: 'ecs:service:DesiredCount',
      PolicyName: 'cpu50',
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 50,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      },
    });
    // 100 requests/s on two 128-unit tasks: about 80 % CPU each in the sandbox's load model
    setLoad(sim, 100);
    expect(advanceUntil(sim, () => desired(sim) > 2, 10)).toBeGreaterThan(0);
    const peak = desired(sim);
    expect(peak).toBeGreaterThanOrEqual(3);
    sim.advance(30 * 60);
    expect(running(sim)).toBe(desired(sim));
    expect(desired(sim)).toBeLessThanOrEqual(peak + 1);
    setLoad(sim, 5);
    // the low alarm may already be in ALARM (the steady count sits below 90 % of the target): scale-in follows
    expect(advanceUntil(sim, () => desired(sim) === 1, 60)).toBeGreaterThan(0);
    const causes = activities(sim).map((a) => a.Cause);
    expect(
      causes.every((c) =>
        /^monitor alarm TargetTracking-service\/default\/web-Alarm(High|Low)-[0-9a-f-]+ in state ALARM triggered policy cpu50$/.test(
          c,
        ),
      ),
    ).toBe(true);
  });

  it('is deterministic: the same calls give the same activities, events and state, forks included', () => {
    const run = () => {
      const sim = scalingWorld(2);
      register(sim, 1, 10);
      aas(sim, 'PutScalingPolicy', {
        ResourceId: RESOURCE,
        ScalableDimension: 'ecs:service:DesiredCount',
        PolicyName: 'cpu50',
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: 50,
          PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        },
      });
      sim.callByName('sim', 'SetLoad', {
        cluster: 'default',
        service: 'web',
        shape: { kind: 'spike', base: 20, peak: 200, startInSeconds: 300, durationSeconds: 1200 },
      });
      sim.advance(20 * 60);
      const fork = sim.fork();
      sim.advance(40 * 60);
      fork.advance(40 * 60);
      return { sim, fork };
    };
    const a = run();
    const b = run();
    expect(JSON.stringify(a.sim.state.applicationAutoScaling)).toBe(
      JSON.stringify(b.sim.state.applicationAutoScaling),
    );
    expect(JSON.stringify(a.sim.events)).toBe(JSON.stringify(b.sim.events));
    expect(JSON.stringify(a.fork.state.applicationAutoScaling)).toBe(
      JSON.stringify(a.sim.state.applicationAutoScaling),
    );
    expect(a.sim.events.filter((e) => e.type === 'ServiceScaled').length).toBeGreaterThanOrEqual(2);
  });
});
