import type { SimState } from './state';

/**
 * What the engine keeps of its past, so a tab left playing for a simulated week holds a bounded amount of it.
 * The sandbox's own choice (ECS keeps events per service and stopped tasks for about an hour; it has no account
 * log like ours):
 *
 * - the event log keeps the newest `EVENT_LOG_LIMIT` events; older ones are dropped and counted in
 *   `state.retention.droppedEvents`, so readers can say so and keep stable row numbers;
 * - a placement trace is kept while its task is in the state (DescribeTasks still shows it), and of the others
 *   (tasks gone, failed attempts) the newest `TRACE_LIMIT` each time the traces are trimmed.
 *
 * Dropping happens in batches (`EVENT_LOG_SLACK` events past the limit), so each call or timer pays O(1)
 * amortized. The traces are trimmed once per `EVENT_LOG_LIMIT` dropped events; every placement logs an event
 * (TaskPlaced or PlacementFailed), so between two trims at most EVENT_LOG_LIMIT + EVENT_LOG_SLACK traces are
 * added: traces of gone tasks stay under TRACE_LIMIT + 6,000.
 */
export const EVENT_LOG_LIMIT = 5_000;
export const EVENT_LOG_SLACK = 1_000;
export const TRACE_LIMIT = 500;

/** Drops what is past the limits. Runs after a call or timer has committed (not journaled: nothing rolls back). */
export function trimRetained(state: SimState): void {
  const excess = state.events.length - EVENT_LOG_LIMIT;
  if (excess < EVENT_LOG_SLACK) return;
  const before = state.retention.droppedEvents;
  state.events.splice(0, excess);
  state.retention.droppedEvents += excess;
  // the traces are walked once per EVENT_LOG_LIMIT dropped events: a walk visits every trace, and at 10,000
  // running tasks walking them at each trim was a tenth of `advance`
  if (Math.floor(before / EVENT_LOG_LIMIT) !== Math.floor(state.retention.droppedEvents / EVENT_LOG_LIMIT))
    trimTraces(state);
}

function trimTraces(state: SimState): void {
  // oldest first (insertion order); a trace whose task is still in the state is kept whatever its age
  const others: string[] = [];
  for (const [id, trace] of Object.entries(state.traces)) {
    const taskArn = trace.taskArn;
    if (taskArn === undefined || state.ecs.tasks[taskArn]?.traceId !== id) others.push(id);
  }
  const excess = others.length - TRACE_LIMIT;
  for (let i = 0; i < excess; i++) delete state.traces[others[i]!];
  if (excess > 0) state.retention.droppedTraces += excess;
}
