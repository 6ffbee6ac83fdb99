import { describe, expect, it } from 'vitest';
import { narrate } from '../../../src/engine';
import { createService, describe1, liveTasks, serviceTasks, serviceWorld } from './world';

describe('the service scheduler', () => {
  it('starts the desired tasks spread across AZs, with the service group and the deployment as startedBy', () => {
    const { sim } = serviceWorld(2);
    const created = createService(sim, { desiredCount: 3 });
    expect(created.deployments).toHaveLength(1);
    expect(created.deployments[0]!.id).toMatch(/^ecs-svc\/\d{19}$/);
    sim.advance(1);
    const tasks = liveTasks(sim);
    expect(tasks).toHaveLength(3);
    expect(new Set(tasks.map((t) => t.availabilityZone)).size).toBe(3);
    for (const t of tasks) {
      expect(t.group).toBe('service:web');
      expect(t.startedBy).toBe(created.deployments[0]!.id);
    }
    const started = describe1(sim).events.find((e) =>
      e.message.startsWith('service web has started 3 tasks:'),
    );
    // every service event is also in the engine's log, narrated in its own words
    const logged = sim.events.filter((e) => e.type === 'ServiceEvent');
    expect(logged.map((e) => narrate(sim.state as never, e))).toContain(started?.message);
    expect(started?.message).toMatch(
      /^service web has started 3 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/,
    );
  });

  it('reaches a steady state once the tasks have run for 40 seconds, and says so once', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    sim.advance(30);
    expect(describe1(sim).deployments[0]!.rolloutState).toBe('IN_PROGRESS');
    sim.advance(120);
    const service = describe1(sim);
    expect(service.runningCount).toBe(2);
    expect(service.deployments[0]!.rolloutState).toBe('COMPLETED');
    expect(
      service.events.filter((e) => e.message === 'service web has reached a steady state.'),
    ).toHaveLength(1);
    sim.advance(600);
    expect(
      describe1(sim).events.filter((e) => e.message === 'service web has reached a steady state.'),
    ).toHaveLength(1);
  });

  it('replaces a task that stops', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    sim.advance(120);
    const victim = liveTasks(sim)[0]!;
    sim.callByName('ecs', 'StopTask', { task: victim.taskArn });
    sim.advance(120);
    const now = liveTasks(sim);
    expect(now).toHaveLength(2);
    expect(now.map((t) => t.taskArn)).not.toContain(victim.taskArn);
    expect(describe1(sim).runningCount).toBe(2);
  });

  it('scales in and out without a new deployment, stopping from the AZ with the most tasks', () => {
    const { sim } = serviceWorld(2);
    createService(sim, { desiredCount: 4 });
    sim.advance(120);
    sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: 3 });
    sim.advance(120);
    const after = liveTasks(sim);
    expect(after).toHaveLength(3);
    expect(new Set(after.map((t) => t.availabilityZone)).size).toBe(3);
    expect(describe1(sim).deployments).toHaveLength(1);
    expect(
      describe1(sim).events.some((e) =>
        /^service web has stopped 1 running tasks: \(task [0-9a-f]{32}\)\.$/.test(e.message),
      ),
    ).toBe(true);
    sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: 6 });
    sim.advance(120);
    expect(liveTasks(sim)).toHaveLength(6);
  });

  it('says why it cannot place a task, naming the closest instance and its shortfall', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 100 });
    sim.advance(5);
    const message = describe1(sim)
      .events.map((e) => e.message)
      .find((m) => m.includes('was unable to place'));
    expect(message).toMatch(
      /^service web was unable to place a task because no container instance met all of its requirements\. The closest matching container-instance \S+ has insufficient (CPU units|memory) available\. For more information, see the Troubleshooting section\.$/,
    );
  });

  it('stops the service tasks of a DRAINING instance and starts them elsewhere; standalone tasks stay', () => {
    const { sim } = serviceWorld(2);
    createService(sim, {
      desiredCount: 3,
      deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 200 },
    });
    sim.advance(120);
    const onA1 = liveTasks(sim).find((t) => t.availabilityZone === 'us-east-1a')!;
    const ci = onA1.containerInstanceArn!;
    const standalone = (
      sim.callByName('ecs', 'StartTask', { taskDefinition: 'web', containerInstances: [ci] }) as {
        tasks: Array<{ taskArn: string }>;
      }
    ).tasks[0]!.taskArn;
    sim.callByName('ecs', 'UpdateContainerInstancesState', { containerInstances: [ci], status: 'DRAINING' });
    sim.advance(300);
    const live = liveTasks(sim);
    expect(live).toHaveLength(3);
    expect(live.some((t) => t.containerInstanceArn === ci)).toBe(false);
    expect(sim.state.ecs.tasks[standalone]!.desiredStatus).toBe('RUNNING');
  });

  it('deletes a service: refuses while scaled above 0, then drains it to INACTIVE with force', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 2 });
    sim.advance(60);
    expect(() => sim.callByName('ecs', 'DeleteService', { service: 'web' })).toThrow(/scaled above 0/);
    const deleted = sim.callByName('ecs', 'DeleteService', { service: 'web', force: true }) as {
      service: { status: string };
    };
    expect(deleted.service.status).toBe('DRAINING');
    sim.advance(120);
    expect(serviceTasks(sim).every((t) => t.lastStatus === 'STOPPED')).toBe(true);
    expect(describe1(sim).status).toBe('INACTIVE');
  });
});
