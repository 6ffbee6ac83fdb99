import { describe, expect, it } from 'vitest';
import { deploymentBounds, type Simulation } from '../../../src/engine';
import { isHealthy } from '../../../src/engine/services/health';
import type { SimState } from '../../../src/engine';
import { createService, describe1, liveTasks, registerWeb, serviceWorld } from './world';

/** Runs `seconds` in 1 s steps, checking the bounds after each. Returns what was seen. */
function watchRollout(sim: Simulation, desired: number, min: number, max: number, seconds: number) {
  const { lower, upper } = deploymentBounds(desired, min, max);
  let maxInFlight = 0;
  let minHealthy = Infinity;
  for (let s = 0; s < seconds; s++) {
    sim.advance(1);
    const live = liveTasks(sim);
    const healthy = live.filter((t) => isHealthy(sim.state as SimState, t, sim.now)).length;
    maxInFlight = Math.max(maxInFlight, live.length);
    minHealthy = Math.min(minHealthy, healthy);
    expect(live.length).toBeLessThanOrEqual(upper);
    expect(healthy).toBeGreaterThanOrEqual(lower);
  }
  return { maxInFlight, minHealthy };
}

describe('rolling deployments', () => {
  it.each([
    [100, 200],
    [50, 100],
    [0, 100],
    [50, 200],
  ])('moves 4 tasks from web:v1 to web:v2 at %i/%i within the bounds at every second', (min, max) => {
    const { sim } = serviceWorld(2);
    createService(sim, {
      desiredCount: 4,
      deploymentConfiguration: { minimumHealthyPercent: min, maximumPercent: max },
    });
    sim.advance(120);
    const v2 = registerWeb(sim, 'v2');
    const updated = (
      sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' }) as {
        service: { deployments: Array<{ status: string; taskDefinition: string }> };
      }
    ).service;
    expect(updated.deployments.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    const seen = watchRollout(sim, 4, min, max, 400);
    const live = liveTasks(sim);
    expect(live).toHaveLength(4);
    expect(live.every((t) => t.taskDefinitionArn === v2)).toBe(true);
    const service = describe1(sim);
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]!.rolloutState).toBe('COMPLETED');
    expect(service.deployments[0]!.taskDefinition).toBe(v2);
    // the surge is used when the maximum allows it, and never otherwise
    if (max > 100) expect(seen.maxInFlight).toBeGreaterThan(4);
    else expect(seen.maxInFlight).toBeLessThanOrEqual(4);
    // at 100 % minimum the old tasks wait for healthy replacements
    if (min === 100) expect(seen.minHealthy).toBe(4);
  });

  it('is stuck at 100/100 and says why, in ECS words', () => {
    const { sim } = serviceWorld(2);
    createService(sim, {
      desiredCount: 4,
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 },
    });
    sim.advance(120);
    registerWeb(sim, 'v2');
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    sim.advance(300);
    const service = describe1(sim);
    expect(service.deployments.map((d) => d.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(service.events[0]!.message).toBe(
      'service web was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.',
    );
  });

  it('starts a new deployment with forceNewDeployment but not for a desired count change', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    sim.advance(120);
    const scaled = (
      sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: 3 }) as {
        service: { deployments: unknown[] };
      }
    ).service;
    expect(scaled.deployments).toHaveLength(1);
    const forced = (
      sim.callByName('ecs', 'UpdateService', { service: 'web', forceNewDeployment: true }) as {
        service: { deployments: Array<{ id: string }> };
      }
    ).service;
    expect(forced.deployments).toHaveLength(2);
    sim.advance(400);
    expect(liveTasks(sim).every((t) => t.startedBy === forced.deployments[0]!.id)).toBe(true);
  });

  it('counts container-health-checked tasks as healthy only when HEALTHY', () => {
    const { sim } = serviceWorld(1);
    registerWeb(sim, 'slow', {
      healthCheck: {
        command: ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'],
        interval: 10,
        retries: 3,
      },
    });
    createService(sim, { desiredCount: 2, healthCheckGracePeriodSeconds: 300 });
    sim.advance(60);
    // web:slow answers its checks only after 90 s, so the rollout is not complete yet
    expect(describe1(sim).deployments[0]!.rolloutState).toBe('IN_PROGRESS');
    sim.advance(240);
    expect(describe1(sim).deployments[0]!.rolloutState).toBe('COMPLETED');
  });
});
