import { describe, expect, it } from 'vitest';
import { EVENT_LOG_LIMIT, EVENT_LOG_SLACK, TRACE_LIMIT, trimRetained } from '../../src/engine/retention';
import { initialState, type SimState } from '../../src/engine/state';
import type { SimEvent } from '../../src/engine/model/events';
import type { PlacementTrace } from '../../src/engine/model/trace';
import type { Task } from '../../src/engine/model/ecs';

const event = (i: number): SimEvent => ({ type: 'ClusterCreated', at: i, clusterArn: `c${i}` as never });
const trace = (i: number): PlacementTrace =>
  ({ id: `placement-${i}`, at: i, taskArn: `task/${i}` }) as unknown as PlacementTrace;

function withLog(events: number, traces: number): SimState {
  const state = initialState(1);
  for (let i = 0; i < events; i++) state.events.push(event(i));
  for (let i = 0; i < traces; i++) state.traces[`placement-${i}`] = trace(i);
  return state;
}

describe('retention', () => {
  it('keeps the whole log until it is a batch past the limit', () => {
    const state = withLog(EVENT_LOG_LIMIT + EVENT_LOG_SLACK - 1, 0);
    trimRetained(state);
    expect(state.events).toHaveLength(EVENT_LOG_LIMIT + EVENT_LOG_SLACK - 1);
    expect(state.retention.droppedEvents).toBe(0);
  });

  it('then drops the oldest events down to the limit and counts them', () => {
    const total = EVENT_LOG_LIMIT + EVENT_LOG_SLACK;
    const state = withLog(total, 0);
    trimRetained(state);
    expect(state.events).toHaveLength(EVENT_LOG_LIMIT);
    expect(state.events[0]!.at).toBe(EVENT_LOG_SLACK);
    expect(state.events.at(-1)!.at).toBe(total - 1);
    expect(state.retention.droppedEvents).toBe(EVENT_LOG_SLACK);
  });

  it('keeps the trace of every task still in the state and the newest others', () => {
    const traces = TRACE_LIMIT + 500;
    // enough events that this trim crosses a multiple of the limit, when traces are trimmed too
    const state = withLog(2 * EVENT_LOG_LIMIT, traces);
    // three old placements whose tasks still exist
    for (const i of [0, 7, 42])
      state.ecs.tasks[`task/${i}`] = { taskArn: `task/${i}`, traceId: `placement-${i}` } as unknown as Task;
    trimRetained(state);
    const kept = Object.keys(state.traces);
    expect(kept).toHaveLength(TRACE_LIMIT + 3);
    expect(kept.slice(0, 3)).toEqual(['placement-0', 'placement-7', 'placement-42']);
    expect(kept.at(-1)).toBe(`placement-${traces - 1}`);
    expect(state.retention.droppedTraces).toBe(497);
  });
});
