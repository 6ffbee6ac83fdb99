import type { SimState } from './state';

/**
 * What the engine keeps of its past, so a tab left playing for a simulated week holds a bounded amount of it.
 * The sandbox's own choice (ECS keeps events per service and stopped tasks for about an hour; it has no account
 * log like ours):
 *
 * - the event log keeps the newest `EVENT_LOG_LIMIT` events; older ones are dropped and counted in
 *   `state.retention.droppedEvents`, so readers can say so and keep stable row numbers;
 * - a placement trace is kept while its task is in the state (DescribeTasks still shows it), and of the others
 *   (tasks gone, failed attempts) the newest `TRACE_LIMIT`.
 *
 * Dropping happens in batches (`EVENT_LOG_SLACK` events past the limit), so each call or timer pays O(1)
 * amortized. Every placement logs an event (TaskPlaced or PlacementFailed), so checking the traces when the log
 * is trimmed is enough to bound them.
 */
export const EVENT_LOG_LIMIT = 5_000;
export const EVENT_LOG_SLACK = 1_000;
export const TRACE_LIMIT = 500;

/** Drops what is past the limits. Runs after a call or timer has committed (not journaled: nothing rolls back). */
export function trimRetained(state: SimState): void {
  const excess = state.events.length - EVENT_LOG_LIMIT;
  if (excess < EVENT_LOG_SLACK) return;
  state.events.splice(0, excess);
  state.retention.droppedEvents += excess;
  trimTraces(state);
}

function trimTraces(state: SimState): void {
  const ids = Object.keys(state.traces); // insertion order: oldest first
  let others = 0;
  const live = (id: string) => {
    const taskArn = state.traces[id]!.taskArn;
    return taskArn !== undefined && state.ecs.tasks[taskArn]?.traceId === id;
  };
  for (const id of ids) if (!live(id)) others++;
  for (const id of ids) {
    if (others <= TRACE_LIMIT) break;
    if (live(id)) continue;
    delete state.traces[id];
    state.retention.droppedTraces++;
    others--;
  }
}
