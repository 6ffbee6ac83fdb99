import { agentCluster, checkedWebDefinition, countTasks, runTasks } from './cluster';

export interface TimeBench {
  readonly tasks: number;
  readonly healthy: number;
  /** simulated seconds per wall second over the hour */
  readonly speedup: number;
  /** engine events logged per wall second */
  readonly eventsPerSecond: number;
  readonly wallSeconds: number;
}

/**
 * The time path through the public contract: a 200-instance cluster registered by its agents, 5,000 tasks of a
 * health-checked definition started with RunTask, then one simulated hour advanced one second at a time (as
 * playback at 60× does, one frame a second): the tasks pull, start, pass their health checks and keep running.
 */
export function benchTime(instances = 200, tasks = 5000, seconds = 3600): TimeBench {
  const sim = agentCluster(instances);
  sim.call('ecs', 'RegisterTaskDefinition', checkedWebDefinition);
  const placed = runTasks(sim, 'web', tasks);
  if (placed !== tasks) throw new Error(`benchTime: only ${placed} of ${tasks} tasks were placed`);
  // the log keeps only the newest events (src/engine/retention.ts): count the dropped ones too
  const logged = () => sim.events.length + sim.state.retention.droppedEvents;
  const eventsBefore = logged();
  const start = performance.now();
  for (let t = 0; t < seconds; t++) sim.advance(1);
  const wallSeconds = (performance.now() - start) / 1000;
  const healthy = Object.values(sim.state.ecs.tasks).filter((t) => t.healthStatus === 'HEALTHY').length;
  if (countTasks(sim, 'RUNNING') !== tasks || healthy !== tasks)
    throw new Error(`benchTime: ${healthy} of ${tasks} tasks are running and healthy after an hour`);
  return {
    tasks,
    healthy,
    speedup: seconds / wallSeconds,
    eventsPerSecond: (logged() - eventsBefore) / wallSeconds,
    wallSeconds,
  };
}
