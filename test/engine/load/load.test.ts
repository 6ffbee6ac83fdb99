import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, DEMO_APP, isAwsError, REGION } from '../../../src/engine';
import { averages, fargateWebWorld, SERVICE_DIMS } from './world';

describe('sim SetLoad and the load model', () => {
  it('turns requests into CPU: more load, more CPU per task; more tasks, less each', () => {
    const { sim } = fargateWebWorld(2);
    sim.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 50 });
    sim.advance(300);
    const two = averages(sim, 'AWS/ECS', 'CPUUtilization', SERVICE_DIMS).at(-1)!;
    sim.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 100 });
    sim.advance(120);
    const twoBusier = averages(sim, 'AWS/ECS', 'CPUUtilization', SERVICE_DIMS).at(-1)!;
    expect(twoBusier).toBeGreaterThan(two);
    // 2 % idle of 256 units plus 2 units per request/s, 25 requests/s each → (5.12 + 50) / 256
    expect(two).toBeCloseTo(((256 * 0.02 + 25 * 2) / 256) * 100, 5);

    const { sim: four } = fargateWebWorld(4);
    four.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 100 });
    four.advance(300);
    expect(averages(four, 'AWS/ECS', 'CPUUtilization', SERVICE_DIMS).at(-1)!).toBeLessThan(twoBusier);
  });

  it('publishes every minute, also at zero load, and the task counts with it', () => {
    const { sim } = fargateWebWorld(2);
    sim.advance(600);
    const cpu = averages(sim, 'AWS/ECS', 'CPUUtilization', SERVICE_DIMS);
    expect(cpu.length).toBeGreaterThanOrEqual(9);
    expect(cpu.every((v) => v > 0 && v < 5)).toBe(true);
    expect(averages(sim, 'ECS/ContainerInsights', 'RunningTaskCount', SERVICE_DIMS).at(-1)).toBe(2);
    expect(averages(sim, 'ECS/ContainerInsights', 'DesiredTaskCount', SERVICE_DIMS).at(-1)).toBe(2);
  });

  it('an overloaded service fails requests and its latency climbs', () => {
    const { sim } = fargateWebWorld(1);
    sim.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 60 });
    sim.advance(180);
    const calmLatency = averages(sim, 'Sandbox/Load', 'LatencyMs', SERVICE_DIMS).at(-1)!;
    expect(averages(sim, 'Sandbox/Load', 'ErrorsPerSecond', SERVICE_DIMS).at(-1)).toBe(0);
    sim.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 400 });
    sim.advance(120);
    const errors = averages(sim, 'Sandbox/Load', 'ErrorsPerSecond', SERVICE_DIMS).at(-1)!;
    // one 256-unit task answers (256 × 0.98) / 2 ≈ 125 requests/s; the rest fail
    expect(errors).toBeCloseTo(400 - (256 * 0.98) / 2, 5);
    expect(averages(sim, 'Sandbox/Load', 'LatencyMs', SERVICE_DIMS).at(-1)!).toBeGreaterThan(
      calmLatency * 10,
    );
    expect(averages(sim, 'AWS/ECS', 'CPUUtilization', SERVICE_DIMS).at(-1)).toBe(100);
  });

  it('fails the requests a private ECR image’s bug fails, as the image pushed to it', () => {
    const { sim } = fargateWebWorld(2, 7, (world) => {
      world.call('ecr', 'CreateRepository', { repositoryName: 'web' });
      world.call('sim', 'PushImage', {
        repositoryName: 'web',
        sourceImage: `${DEMO_APP}:v2.1`,
        imageTag: 'v2.1',
      });
      return {
        image: `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/web:v2.1`,
        executionRoleArn: `arn:aws:iam::${ACCOUNT_ID}:role/ecsTaskExecutionRole`,
      };
    });
    sim.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 50 });
    sim.advance(180);
    // v2.1 answers a fifth of its requests with a 5xx
    expect(averages(sim, 'Sandbox/Load', 'ErrorsPerSecond', SERVICE_DIMS).at(-1)).toBeCloseTo(10, 5);
  });

  it('follows a spike shape and replays the same noise from the same seed', () => {
    const run = () => {
      const { sim } = fargateWebWorld(2);
      sim.call('sim', 'SetLoad', {
        service: 'web',
        shape: { kind: 'spike', base: 20, peak: 200, startInSeconds: 300, durationSeconds: 300 },
        noise: 0.2,
        seed: 42,
      });
      sim.advance(900);
      return averages(sim, 'Sandbox/Load', 'RequestsPerSecond', SERVICE_DIMS);
    };
    const a = run();
    expect(a).toEqual(run());
    expect(Math.max(...a)).toBeGreaterThan(150);
    expect(Math.min(...a)).toBeLessThan(30);
  });

  it('refuses a load that is both or neither constant and shaped, and a shape missing its members', () => {
    const { sim } = fargateWebWorld(1);
    const refusal = (input: Record<string, unknown>) => {
      try {
        sim.callByName('sim', 'SetLoad', input);
      } catch (e) {
        return isAwsError(e) ? e.message : String(e);
      }
      return 'accepted';
    };
    expect(refusal({ service: 'web' })).toMatch(/either as requestsPerSecond .* or as a shape/);
    expect(
      refusal({ service: 'web', requestsPerSecond: 5, shape: { kind: 'constant', requestsPerSecond: 5 } }),
    ).toMatch(/not both/);
    expect(refusal({ service: 'web', shape: { kind: 'ramp', from: 1, durationSeconds: 60 } })).toMatch(
      /shape\.to/,
    );
    expect(refusal({ service: 'nope', requestsPerSecond: 5 })).toMatch(/nope|not found/i);
  });
});
