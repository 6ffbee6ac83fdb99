import { describe, expect, it } from 'vitest';
import { placementOrigin } from '../../../src/viz/explainer/origin';
import type { Simulation } from '../../../src/engine';
import { anAccount } from '../../builders/account';
import { registerWeb } from '../../engine/services/world';

function world() {
  const sim = anAccount(5).withCluster('default').withInstances(3, 'm5.large').build();
  registerWeb(sim, 'v1');
  return sim;
}

/** The origin line of the first live task of `group`. */
function originOf(sim: Simulation, group: string) {
  const task = Object.values(sim.state.ecs.tasks).find(
    (t) => t.group === group && t.lastStatus !== 'STOPPED',
  );
  return placementOrigin(sim.state, sim.trace(task!.taskArn)!);
}

describe('placementOrigin', () => {
  it('names the service default placement when the service gives no strategy', () => {
    const sim = world();
    sim.call('ecs', 'CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 2 });
    sim.advance(10);
    expect(originOf(sim, 'service:web')).toMatch(
      /service web .*names no placementStrategy, so ECS used the service default: spread across Availability Zones/,
    );
  });

  it('says the strategies are the service’s own when it names them', () => {
    const sim = world();
    sim.call('ecs', 'CreateService', {
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 2,
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    });
    sim.advance(10);
    expect(originOf(sim, 'service:web')).toMatch(/the service's own placementStrategy/);
  });

  it('explains a daemon task as one per instance, with no ranking', () => {
    const sim = world();
    sim.call('ecs', 'CreateService', {
      serviceName: 'agent',
      taskDefinition: 'web',
      schedulingStrategy: 'DAEMON',
    });
    sim.advance(10);
    expect(originOf(sim, 'service:agent')).toMatch(
      /DAEMON service agent .* one task on every active instance/,
    );
  });

  it('says a deleted service is gone, and says nothing for a RunTask task', () => {
    const sim = world();
    sim.call('ecs', 'CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 1 });
    sim.call('ecs', 'RunTask', { taskDefinition: 'web' });
    sim.advance(10);
    const serviceTask = Object.values(sim.state.ecs.tasks).find((t) => t.group === 'service:web')!;
    sim.call('ecs', 'DeleteService', { service: 'web', force: true });
    sim.advance(3600);
    expect(placementOrigin(sim.state, sim.trace(serviceTask.taskArn)!)).toMatch(/has since been deleted/);
    expect(originOf(sim, 'family:web')).toBeUndefined();
  });
});

describe('placementOrigin of a service placement that failed', () => {
  it('says the scheduler tried, keeps trying and logs why', () => {
    const sim = anAccount(5).withCluster('default').withInstances(1, 'm5.large').build();
    registerWeb(sim, 'v1', { portMappings: [{ containerPort: 8080, hostPort: 80 }] });
    sim.call('ecs', 'CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 2 });
    sim.advance(10);
    const failed = sim.events.flatMap((e) => (e.type === 'PlacementFailed' ? [e] : []));
    expect(failed.length).toBeGreaterThan(0);
    const trace = sim.trace(failed[0]!.traceId)!;
    expect(trace.failure).toBeDefined();
    expect(placementOrigin(sim.state, trace)).toMatch(
      /tried to start a task for service web and found no instance/,
    );
  });
});
