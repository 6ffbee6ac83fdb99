import { describe, expect, it } from 'vitest';
import { createSimulation, type SimState } from '../../../src/engine';
import { EngineContext } from '../../../src/engine/context';
import { createLogGroup, ensureLogGroup, findLogGroup, logStreamArn } from '../../../src/engine/logs/groups';
import { STARTING_LOG_GROUPS } from '../../../src/engine/logs/initial';
import {
  appendLogEvents,
  MAX_EVENTS_PER_STREAM,
  MAX_STREAMS_PER_GROUP,
  readableEvents,
} from '../../../src/engine/logs/streams';

const fresh = () => {
  const sim = createSimulation({ seed: 1 });
  const state = sim.state as unknown as SimState;
  return { state, ctx: new EngineContext(state) };
};

describe('log groups and streams', () => {
  it('the starting account holds the groups the templates and lessons name', () => {
    const { state } = fresh();
    expect(Object.keys(state.logs.groups).sort()).toEqual([...STARTING_LOG_GROUPS].sort());
    expect(STARTING_LOG_GROUPS).toEqual(expect.arrayContaining(['/ecs/api', '/ecs/web-fargate']));
    expect(findLogGroup(state, '/ecs/API')).toBeUndefined(); // names are case-sensitive
  });

  it('refuses to write to a group that does not exist, and creates the stream on the first write', () => {
    const { state, ctx } = fresh();
    expect(appendLogEvents(ctx, '/nope', 's', [{ at: 0, message: 'x' }])).toBe(false);
    expect(state.logs.groups['/nope']).toBeUndefined();
    ensureLogGroup(ctx, '/app');
    expect(
      appendLogEvents(ctx, '/app', 's', [
        { at: 2, message: 'b' },
        { at: 1, message: 'a' },
      ]),
    ).toBe(true);
    const stream = state.logs.groups['/app']!.streams['s']!;
    expect(stream.events.map((e) => e.message)).toEqual(['a', 'b']);
    expect(stream.firstEventTimestamp).toBe((state.startEpoch + 1) * 1000);
    expect(stream.lastEventTimestamp).toBe((state.startEpoch + 2) * 1000);
    expect(logStreamArn(state, '/app', 's')).toBe(
      'arn:aws:logs:us-east-1:123456789012:log-group:/app:log-stream:s',
    );
  });

  it('keeps the newest events of a stream and counts the others, positions staying put', () => {
    const { state, ctx } = fresh();
    createLogGroup(ctx, '/app');
    const n = MAX_EVENTS_PER_STREAM + 25;
    for (let i = 0; i < n; i++) appendLogEvents(ctx, '/app', 's', [{ at: i, message: `line ${i}` }]);
    const group = state.logs.groups['/app']!;
    const stream = group.streams['s']!;
    expect(stream.events).toHaveLength(MAX_EVENTS_PER_STREAM);
    expect(stream.dropped).toBe(25);
    expect(stream.events[0]!.message).toBe('line 25');
    expect(stream.firstEventTimestamp).toBe(state.startEpoch * 1000);
    expect(readableEvents(state, group, stream)[0]!.position).toBe(25);
  });

  it('keeps the streams written to last', () => {
    const { state, ctx } = fresh();
    createLogGroup(ctx, '/app');
    for (let i = 0; i <= MAX_STREAMS_PER_GROUP; i++) {
      state.clock.now = i;
      appendLogEvents(ctx, '/app', `s${i}`, [{ at: i, message: 'x' }]);
    }
    const group = state.logs.groups['/app']!;
    expect(Object.keys(group.streams)).toHaveLength(MAX_STREAMS_PER_GROUP);
    expect(group.streams['s0']).toBeUndefined();
    expect(group.droppedStreams).toBe(1);
  });

  it('hides events older than the retention from readers and lets them go on the next write', () => {
    const { state, ctx } = fresh();
    createLogGroup(ctx, '/app', 1);
    appendLogEvents(ctx, '/app', 's', [{ at: 0, message: 'old' }]);
    state.clock.now = 2 * 86_400;
    const group = state.logs.groups['/app']!;
    expect(readableEvents(state, group, group.streams['s']!)).toEqual([]);
    appendLogEvents(ctx, '/app', 's', [{ at: state.clock.now, message: 'new' }]);
    const stream = state.logs.groups['/app']!.streams['s']!;
    expect(stream.events.map((e) => e.message)).toEqual(['new']);
    expect(stream.dropped).toBe(1);
  });

  it('rolls back with the call that wrote', () => {
    const { state, ctx } = fresh();
    appendLogEvents(ctx, '/ecs/api', 's', [{ at: 0, message: 'x' }]);
    ctx.tx.rollback();
    expect(state.logs.groups['/ecs/api']!.streams).toEqual({});
  });
});
