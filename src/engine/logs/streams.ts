import type { EngineContext } from '../context';
import type { SimTime } from '../model/ids';
import type { LogEvent, LogGroup, LogStream } from '../model/logs';
import { epochMillis, findLogGroup } from './groups';

/**
 * Log streams and their events. What the sandbox keeps (its own choice, so a tab left running stays bounded):
 * the newest MAX_EVENTS_PER_STREAM events of each stream and the MAX_STREAMS_PER_GROUP streams of each group
 * that were written to last. Older ones are let go and counted (`dropped`, `droppedStreams`). A group's
 * `retentionInDays` also lets events older than that go, as CloudWatch Logs does.
 */
export const MAX_EVENTS_PER_STREAM = 500;
export const MAX_STREAMS_PER_GROUP = 200;
const DAY_MS = 86_400_000;

/** One line to write: when (virtual seconds) and what. */
export interface LogLine {
  readonly at: SimTime;
  readonly message: string;
}

/** A new, empty stream created now (CreateLogStream, or the awslogs driver's first write). */
export function newLogStream(ctx: EngineContext, name: string): LogStream {
  return {
    logStreamName: name,
    creationTime: epochMillis(ctx.state, ctx.now),
    events: [],
    dropped: 0,
    storedBytes: 0,
  };
}

/** Stores `stream` in its group (replacing both records), letting the least recently written streams go past the bound. */
export function putLogStream(ctx: EngineContext, group: LogGroup, stream: LogStream): LogGroup {
  let streams: Record<string, LogStream> = { ...group.streams, [stream.logStreamName]: stream };
  let droppedStreams = group.droppedStreams ?? 0;
  const names = Object.keys(streams);
  if (names.length > MAX_STREAMS_PER_GROUP) {
    const lastWritten = (s: LogStream) => s.lastIngestionTime ?? s.creationTime;
    const keep = new Set(
      names
        .map((n) => streams[n]!)
        .sort((a, b) => lastWritten(b) - lastWritten(a) || (a.logStreamName < b.logStreamName ? -1 : 1))
        .slice(0, MAX_STREAMS_PER_GROUP)
        .map((s) => s.logStreamName),
    );
    keep.add(stream.logStreamName);
    streams = Object.fromEntries(Object.entries(streams).filter(([n]) => keep.has(n)));
    droppedStreams += names.length - Object.keys(streams).length;
  }
  const next: LogGroup = { ...group, streams, ...(droppedStreams > 0 ? { droppedStreams } : {}) };
  ctx.tx.set(ctx.state.logs.groups, group.logGroupName, next);
  return next;
}

/**
 * Writes `lines` to `streamName` in `groupName`, creating the stream on its first write (as the awslogs driver
 * calls CreateLogStream then PutLogEvents). Lines are kept in time order (a stable sort: lines of one instant
 * keep the order given). Returns false, writing nothing, when the group does not exist: PutLogEvents would
 * answer ResourceNotFoundException, and the driver's lines are lost.
 */
export function appendLogEvents(
  ctx: EngineContext,
  groupName: string,
  streamName: string,
  lines: ReadonlyArray<LogLine>,
  /** the awslogs driver's own bookkeeping (LogStream.deliveredTo); with it an empty write still creates the stream */
  deliveredTo?: SimTime,
): boolean {
  const group = findLogGroup(ctx.state, groupName);
  if (!group) return false;
  const known = Object.prototype.hasOwnProperty.call(group.streams, streamName)
    ? group.streams[streamName]
    : undefined;
  if (lines.length === 0) {
    if (deliveredTo === undefined || known?.deliveredTo === deliveredTo) return true;
    const base = known ?? newLogStream(ctx, streamName);
    putLogStream(ctx, group, { ...base, deliveredTo });
    return true;
  }
  const stream = known ?? newLogStream(ctx, streamName);
  const ingestionTime = epochMillis(ctx.state, ctx.now);
  const added: LogEvent[] = lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => a.l.at - b.l.at || a.i - b.i)
    .map(({ l }) => ({ timestamp: epochMillis(ctx.state, l.at), message: l.message, ingestionTime }));
  let events: LogEvent[] = [...stream.events, ...added];
  // an event older than the newest kept one goes in its place (lines written late, e.g. a minute summary)
  if (stream.events.length > 0 && added[0]!.timestamp < stream.events[stream.events.length - 1]!.timestamp)
    events = events
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.timestamp - b.e.timestamp || a.i - b.i)
      .map(({ e }) => e);
  let dropped = stream.dropped;
  if (group.retentionInDays !== undefined) {
    const oldest = ingestionTime - group.retentionInDays * DAY_MS;
    const expired = events.findIndex((e) => e.timestamp >= oldest);
    const cut = expired < 0 ? events.length : expired;
    if (cut > 0) {
      events = events.slice(cut);
      dropped += cut;
    }
  }
  if (events.length > MAX_EVENTS_PER_STREAM) {
    dropped += events.length - MAX_EVENTS_PER_STREAM;
    events = events.slice(events.length - MAX_EVENTS_PER_STREAM);
  }
  const stamps = added.map((e) => e.timestamp);
  const next: LogStream = {
    ...stream,
    events,
    dropped,
    firstEventTimestamp: Math.min(stream.firstEventTimestamp ?? Infinity, ...stamps),
    lastEventTimestamp: Math.max(stream.lastEventTimestamp ?? -Infinity, ...stamps),
    lastIngestionTime: ingestionTime,
    storedBytes: stream.storedBytes + added.reduce((n, e) => n + e.message.length, 0),
    ...(deliveredTo !== undefined ? { deliveredTo } : {}),
  };
  putLogStream(ctx, group, next);
  return true;
}

/**
 * The events of `stream` a reader sees now, each with its position in the stream (counting the ones let go,
 * so positions stay put as old events go): those within the group's retention.
 */
export function readableEvents(
  state: { readonly startEpoch: number; readonly clock: { readonly now: number } },
  group: LogGroup,
  stream: LogStream,
): ReadonlyArray<{ readonly position: number; readonly event: LogEvent }> {
  const oldest =
    group.retentionInDays !== undefined
      ? epochMillis(state, state.clock.now) - group.retentionInDays * DAY_MS
      : -Infinity;
  const out: { position: number; event: LogEvent }[] = [];
  stream.events.forEach((event, i) => {
    if (event.timestamp >= oldest) out.push({ position: stream.dropped + i, event });
  });
  return out;
}
