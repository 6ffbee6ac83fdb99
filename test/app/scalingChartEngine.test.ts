import { describe, expect, it } from 'vitest';
import { buildScalingChart } from '../../src/app/scalingChart';
import type { Simulation } from '../../src/engine';
import { createService, describe1, serviceWorld } from '../engine/services/world';

/** Two web tasks with a target tracking policy on CPU at 50 %, driven by sim SetLoad: the engine writes it all. */
function scaledService(): { sim: Simulation; arn: string } {
  const { sim } = serviceWorld(2);
  createService(sim, { desiredCount: 2 });
  sim.advance(120);
  const aas = (operation: string, input: Record<string, unknown>) =>
    sim.callByName('application-autoscaling', operation, input);
  aas('RegisterScalableTarget', {
    ServiceNamespace: 'ecs',
    ResourceId: 'service/default/web',
    ScalableDimension: 'ecs:service:DesiredCount',
    MinCapacity: 1,
    MaxCapacity: 10,
  });
  aas('PutScalingPolicy', {
    ServiceNamespace: 'ecs',
    ResourceId: 'service/default/web',
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
    shape: { kind: 'constant', requestsPerSecond: 100 },
  });
  return { sim, arn: describe1(sim).serviceArn };
}

describe('buildScalingChart on what the engine writes', () => {
  it('shows the load, the policy’s metric and target, its alarms and the scale-out with the alarm reading', () => {
    const { sim, arn } = scaledService();
    sim.advance(15 * 60);
    const chart = buildScalingChart(sim.state, arn)!;
    const finite = (key: string) => chart.series.find((s) => s.key === key)!.values.filter(Number.isFinite);
    expect(finite('load').at(-1)).toBeCloseTo(100, 0);
    expect(finite('desired').length).toBeGreaterThan(10);
    expect(chart.metric).toMatchObject({
      name: 'CPUUtilization',
      target: 50,
      source: 'target tracking policy cpu50',
    });
    expect(chart.alarms.map((a) => a.label).sort()).toEqual(['CPU high', 'CPU low']);
    expect(chart.alarms.find((a) => a.label === 'CPU high')!.segments.some((s) => s.state === 'ALARM')).toBe(
      true,
    );
    const out = chart.activities[0]!;
    expect(out.direction).toBe('out');
    expect(out.label).toMatch(/^out 2→\d+: alarm high \(CPU [\d.]+ % > 50 %\)$/);
  });
});
