import { describe, expect, it } from 'vitest';
import { buildClusterMap } from '../../../src/viz/clusterMap/model';
import type { Simulation } from '../../../src/engine';
import type { TaskView } from '../../../src/viz/clusterMap/types';
import { anAccount } from '../../builders/account';
import { behindALoadBalancer } from '../../engine/elbv2/fixtures';
import { registerWeb } from '../../engine/services/world';

/** A bridge service `web` of 3 tasks behind an instance target group, on three m5.large instances. */
function balanced() {
  const sim = anAccount(3).withCluster('default').withInstances(3, 'm5.large').build();
  registerWeb(sim, 'v1');
  const tg = behindALoadBalancer(sim);
  sim.call('ecs', 'CreateService', {
    serviceName: 'web',
    taskDefinition: 'web',
    desiredCount: 3,
    loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
  });
  return sim;
}

const taskViews = (sim: Simulation): TaskView[] =>
  buildClusterMap(sim.state, { groupBy: 'availabilityZone' }).groups.flatMap((g) =>
    g.instances.flatMap((i) => i.tasks),
  );

describe('cluster map: service tasks', () => {
  it('shows each task’s target health, first initial and then healthy, with its dynamic host port', () => {
    const sim = balanced();
    // the first moment all three are registered: their health checks have not passed yet
    let starting = taskViews(sim);
    for (let t = 0; t < 300 && !(starting.length === 3 && starting.every((v) => v.target)); t += 1) {
      sim.advance(1);
      starting = taskViews(sim);
    }
    expect(starting).toHaveLength(3);
    expect(starting.map((t) => t.target)).toEqual(['initial', 'initial', 'initial']);
    sim.advance(600);
    const settled = taskViews(sim);
    expect(settled.map((t) => t.target)).toEqual(['healthy', 'healthy', 'healthy']);
    for (const t of settled) {
      expect(t.tooltip.some((line) => /^Host port \d{5} → web:8080$/.test(line))).toBe(true);
      expect(t.tooltip.some((line) => /^Target i-[0-9a-f]+:\d{5} in .+: healthy$/.test(line))).toBe(true);
      expect(t.ariaLabel).toContain('target healthy');
      // one deployment: no old/new marks
      expect(t.deployment).toBeUndefined();
    }
  });

  it('marks old and new deployments while a rolling update runs, and neither once it is done', () => {
    const sim = balanced();
    sim.advance(600);
    registerWeb(sim, 'v2');
    sim.call('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web:2' });
    sim.advance(30);
    const rolling = taskViews(sim);
    const old = rolling.filter((t) => t.deployment === 'old');
    const fresh = rolling.filter((t) => t.deployment === 'new');
    expect(old.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    expect(old.every((t) => t.label === 'web:1')).toBe(true);
    expect(fresh.every((t) => t.label === 'web:2')).toBe(true);
    sim.advance(3600);
    expect(taskViews(sim).every((t) => t.deployment === undefined && t.label === 'web:2')).toBe(true);
  });

  it('leaves standalone tasks without service marks', () => {
    const sim = anAccount(3).withCluster('default').withInstances(1, 'm5.large').build();
    registerWeb(sim, 'v1');
    sim.call('ecs', 'RunTask', { taskDefinition: 'web' });
    sim.advance(60);
    const [task] = taskViews(sim);
    expect(task?.target).toBeUndefined();
    expect(task?.deployment).toBeUndefined();
  });
});
