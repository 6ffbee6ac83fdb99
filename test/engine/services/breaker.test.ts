import { describe, expect, it } from 'vitest';
import { throttleDelay } from '../../../src/engine/services/breaker';
import { createService, describe1, liveTasks, registerWeb, serviceTasks, serviceWorld } from './world';

const HEALTH_CHECK = {
  command: ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'],
  interval: 5,
  retries: 2,
};

describe('the deployment circuit breaker', () => {
  it('fails a web:crash rollout after 3 failed tasks and rolls back to the last COMPLETED deployment', () => {
    const { sim, v1 } = serviceWorld(2);
    const first = createService(sim, {
      desiredCount: 2,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    sim.advance(120);
    registerWeb(sim, 'crash');
    sim.callByName('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web' });
    // the failed deployment is listed until its last task is gone: look while it is
    let service = describe1(sim);
    for (let s = 0; s < 900 && !service.deployments.some((d) => d.rolloutState === 'FAILED'); s += 1) {
      sim.advance(1);
      service = describe1(sim);
    }
    const [primary, failed] = service.deployments;
    expect(failed?.rolloutState).toBe('FAILED');
    expect(failed?.rolloutStateReason).toBe('ECS deployment circuit breaker: tasks failed to start.');
    expect(failed?.failedTasks).toBe(3);
    expect(primary?.taskDefinition).toBe(v1);
    expect(primary?.rolloutStateReason).toBe(
      `ECS deployment circuit breaker: rolling back to deploymentId ${first.deployments[0]!.id}.`,
    );
    sim.advance(600);
    const after = describe1(sim);
    expect(after.deployments).toHaveLength(1);
    expect(after.deployments[0]!.rolloutState).toBe('COMPLETED');
    expect(liveTasks(sim).every((t) => t.taskDefinitionArn === v1)).toBe(true);
  });

  it('counts failures without failing the deployment when the breaker is off', () => {
    const { sim } = serviceWorld(1);
    registerWeb(sim, 'crash');
    createService(sim, { desiredCount: 1 });
    sim.advance(300);
    const d = describe1(sim).deployments[0]!;
    expect(d.rolloutState).toBe('IN_PROGRESS');
    expect(d.failedTasks).toBeGreaterThanOrEqual(3);
  });

  it('replaces tasks that fail their container health checks once the grace period is over', () => {
    const { sim } = serviceWorld(1);
    registerWeb(sim, 'unhealthy', { healthCheck: HEALTH_CHECK });
    createService(sim, { desiredCount: 1, healthCheckGracePeriodSeconds: 60 });
    sim.advance(50);
    expect(serviceTasks(sim).filter((t) => t.lastStatus === 'STOPPED')).toHaveLength(0);
    sim.advance(200);
    const stopped = serviceTasks(sim).filter(
      (t) => t.stoppedReason === 'Task failed container health checks',
    );
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped[0]!.stopCode).toBe('ServiceSchedulerInitiated');
    expect(liveTasks(sim)).toHaveLength(1);
  });
});

describe('the launch throttle', () => {
  it('waits longer after each failure past the third, up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 9, 20].map(throttleDelay)).toEqual([0, 0, 30, 60, 120, 900, 900]);
  });

  it('slows down a service whose tasks never start and says so', () => {
    const { sim } = serviceWorld(1);
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [
        { name: 'web', image: 'public.ecr.aws/ecs-sandbox/no-such-image:v1', cpu: 128, memory: 256 },
      ],
    });
    createService(sim, { desiredCount: 1 });
    sim.advance(3600);
    const service = describe1(sim);
    expect(
      service.events.some(
        (e) => e.message === 'service web is unable to consistently start tasks successfully.',
      ),
    ).toBe(true);
    // without the throttle a failing task is replaced every few seconds; with it, far fewer in an hour
    expect(serviceTasks(sim).length).toBeLessThan(30);
  });
});
