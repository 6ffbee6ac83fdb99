import { describe, expect, it } from 'vitest';
import {
  autoScalingRequests,
  DEFAULT_AUTO_SCALING_FORM,
  DEFAULT_LOAD_FORM,
  setLoadInput,
} from '../../src/app/scalingForm';
import { serviceScalingView } from '../../src/app/scalingView';
import { fargateWebWorld } from '../engine/load/world';

describe('the load form', () => {
  it('sends each shape with the members its kind needs, times in seconds', () => {
    expect(setLoadInput({ ...DEFAULT_LOAD_FORM, kind: 'constant', level: 80 }, 'default', 'web')).toEqual({
      cluster: 'default',
      service: 'web',
      shape: { kind: 'constant', requestsPerSecond: 80 },
    });
    expect(
      setLoadInput(
        {
          ...DEFAULT_LOAD_FORM,
          kind: 'spike',
          baseline: 10,
          level: 300,
          startInMinutes: 2,
          durationMinutes: 5,
          noisePercent: 10,
        },
        'c',
        's',
      ),
    ).toEqual({
      cluster: 'c',
      service: 's',
      shape: { kind: 'spike', base: 10, peak: 300, startInSeconds: 120, durationSeconds: 300 },
      noise: 0.1,
    });
    expect(
      setLoadInput({ ...DEFAULT_LOAD_FORM, kind: 'daily', baseline: 5, level: 50, peakHour: 9 }, 'c', 's')
        .shape,
    ).toEqual({
      kind: 'daily',
      low: 5,
      high: 50,
      peakHour: 9,
    });
  });

  it('is accepted by the engine for every kind', () => {
    const { sim } = fargateWebWorld(1);
    for (const kind of ['constant', 'ramp', 'spike', 'daily'] as const) {
      expect(() =>
        sim.call('sim', 'SetLoad', setLoadInput({ ...DEFAULT_LOAD_FORM, kind }, 'default', 'web')),
      ).not.toThrow();
    }
  });
});

describe('the auto scaling form', () => {
  it('registers the service, then puts a target tracking policy the engine accepts and shows', () => {
    const { sim } = fargateWebWorld(2);
    const { target, policy } = autoScalingRequests(
      { ...DEFAULT_AUTO_SCALING_FORM, minCapacity: 2, maxCapacity: 8, targetValue: 55 },
      'default',
      'web',
    );
    expect(target).toMatchObject({ ResourceId: 'service/default/web', MinCapacity: 2, MaxCapacity: 8 });
    sim.call('application-autoscaling', 'RegisterScalableTarget', target);
    sim.call('application-autoscaling', 'PutScalingPolicy', policy);
    const service = Object.values(sim.state.ecs.services)[0]!;
    const view = serviceScalingView(sim.state, service);
    expect(view.target?.MaxCapacity).toBe(8);
    expect(view.policies).toHaveLength(1);
    expect(view.policies[0]!.summary).toBe('keep CPU at 55 % · out cooldown 300 s · in cooldown 300 s');
    expect(view.policies[0]!.alarms.map((a) => a.state)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
    // no load balancer: requests per target has no ResourceLabel to give
    expect(view.resourceLabel).toBeUndefined();
  });

  it('shows the load and the scaling activities, newest first, once the policy acts', () => {
    const { sim } = fargateWebWorld(2);
    const { target, policy } = autoScalingRequests(
      { ...DEFAULT_AUTO_SCALING_FORM, targetValue: 50 },
      'default',
      'web',
    );
    sim.call('application-autoscaling', 'RegisterScalableTarget', target);
    sim.call('application-autoscaling', 'PutScalingPolicy', policy);
    sim.call('sim', 'SetLoad', setLoadInput({ ...DEFAULT_LOAD_FORM, level: 200 }, 'default', 'web'));
    sim.advance(600);
    const view = serviceScalingView(sim.state, Object.values(sim.state.ecs.services)[0]!);
    expect(view.load).toBe('a constant 200 requests/s');
    expect(view.activities.length).toBeGreaterThan(0);
    expect(view.activities[0]!.description).toMatch(/Setting desired count to \d+\./);
    expect(view.activities[0]!.cause).toMatch(/AlarmHigh/);
  });
});
