import { agentCluster, checkedWebDefinition, countTasks, runTasks } from './cluster';

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

export interface MemoryBench {
  readonly heapMB: number;
  readonly perTaskBytes: number;
  readonly running: number;
  readonly events: number;
  readonly traces: number;
}

/**
 * The heap a simulation holds once `tasks` tasks run, measured through the public contract: 200 container
 * instances launched with RunInstances and registered by their agents, tasks of a health-checked nginx
 * definition on dynamic host ports started with RunTask (ten a call), then two minutes advanced so they run.
 * The figure is the heap (after gc) held by the simulation itself, events and placement traces included; the
 * code's own one-time costs (compiled validators) are paid by a warm-up run first. Needs `node --expose-gc`.
 */
export function benchEngineMemory(tasks = 10_000): MemoryBench {
  const warm = agentCluster(3, 'm5.xlarge');
  warm.call('ecs', 'RegisterTaskDefinition', checkedWebDefinition);
  runTasks(warm, 'web', 10);
  warm.advance(120);
  const before = heapUsed();
  const sim = agentCluster(200);
  sim.call('ecs', 'RegisterTaskDefinition', checkedWebDefinition);
  runTasks(sim, 'web', tasks);
  sim.advance(120);
  const after = heapUsed();
  const running = countTasks(sim, 'RUNNING');
  return {
    heapMB: (after - before) / 1024 / 1024,
    perTaskBytes: (after - before) / Math.max(1, running),
    running,
    events: sim.events.length,
    traces: Object.keys(sim.state.traces).length,
  };
}
