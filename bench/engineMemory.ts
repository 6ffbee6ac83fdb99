import { launchContainerInstances } from '../src/course/fixtures';
import { createSimulation, type Simulation } from '../src/engine/index';

/** A cluster of `instances` m5.4xlarge container instances spread over three AZs, registered and ready. */
export function benchCluster(instances: number, seed = 1): Simulation {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', { clusterName: 'bench' });
  const azs = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
  for (let i = 0; i < instances; i += 100) {
    launchContainerInstances(sim, {
      cluster: 'bench',
      instanceType: 'm5.4xlarge',
      availabilityZone: azs[(i / 100) % 3]!,
      count: Math.min(100, instances - i),
    });
  }
  sim.advance(180);
  return sim;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Engine memory per 10,000 running tasks: heap growth between a ready cluster and the same cluster with 10,000
 * tasks RUNNING (traces and events included). Needs `node --expose-gc` for a clean figure.
 */
export function benchEngineMemory(tasks = 10_000): { heapMB: number; perTaskBytes: number; running: number } {
  const sim = benchCluster(200);
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'small',
    containerDefinitions: [{ name: 'app', image: 'nginx:latest', cpu: 64, memory: 128, essential: true }],
  });
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let placed = 0; placed < tasks; placed += 10) {
    sim.callByName('ecs', 'RunTask', {
      cluster: 'bench',
      taskDefinition: 'small',
      count: Math.min(10, tasks - placed),
    });
  }
  sim.advance(120);
  gc();
  const after = process.memoryUsage().heapUsed;
  const running = Object.values(sim.state.ecs.tasks).filter((t) => t.lastStatus === 'RUNNING').length;
  return {
    heapMB: (after - before) / 1024 / 1024,
    perTaskBytes: (after - before) / Math.max(1, running),
    running,
  };
}
