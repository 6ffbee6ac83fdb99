import type { DeepReadonly, LogEvent, LogGroup, LogStream, SimState, Task } from '../engine/index';
import { awslogsStreamName, matchesFilter, parseFilterPattern, readableEvents } from '../engine/index';

/**
 * What the Logs tab shows, read straight off `state.logs` (no call recorded): groups, a group's streams, and the
 * events of one stream or of every stream of a group, filtered with the FilterLogEvents pattern the engine's
 * `logs` service implements (the same matcher, so the tab and `aws logs filter-log-events` always agree).
 */

type State = DeepReadonly<SimState>;

export interface LogGroupRow {
  readonly name: string;
  readonly streams: number;
  /** events kept now, over all streams */
  readonly events: number;
  /** "never expire" or "7 days" */
  readonly retention: string;
  /** HH:MM:SS of the newest event, if any */
  readonly lastEventAt?: string;
}

export interface LogStreamRow {
  readonly name: string;
  readonly events: number;
  /** older events the sandbox let go (it keeps the newest of each stream) */
  readonly dropped: number;
  readonly lastEventAt?: string;
  readonly lastEventTimestamp?: number;
}

export interface LogEventRow {
  /** stable while the stream grows: the stream and the event's position counted from its very first */
  readonly key: string;
  readonly stream: string;
  /** epoch milliseconds */
  readonly timestamp: number;
  /** HH:MM:SS, the app's clock format */
  readonly at: string;
  /** the full ISO time, for `<time datetime>` */
  readonly iso: string;
  readonly message: string;
}

export interface EventsQuery {
  readonly group: string;
  /** one stream; '' or undefined for every stream of the group, interleaved by time */
  readonly stream?: string;
  /** a FilterLogEvents pattern; '' or undefined for every event */
  readonly filter?: string;
  /** how many of the newest matching events to show */
  readonly limit?: number;
}

export interface EventsView {
  /** oldest first, as GetLogEvents and FilterLogEvents return them; at most `limit`, the newest */
  readonly rows: ReadonlyArray<LogEventRow>;
  /** how many kept events matched (rows may show fewer) */
  readonly matched: number;
  /** how many kept events were looked at */
  readonly scanned: number;
  /** events no longer kept in the streams looked at: past the group's retention or the sandbox's bound per stream */
  readonly dropped: number;
  /** the pattern could not be read: the engine's message (rows are then empty) */
  readonly filterError?: string;
  /** the group does not exist (any more) */
  readonly missing?: boolean;
}

export const EVENTS_SHOWN = 300;

/** HH:MM:SS of an epoch-milliseconds timestamp (the app shows virtual time as UTC clock time). */
export const clockOf = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function lastEventOf(group: DeepReadonly<LogGroup>): number | undefined {
  let last: number | undefined;
  for (const s of Object.values(group.streams)) {
    const t = s.lastEventTimestamp ?? s.events[s.events.length - 1]?.timestamp;
    if (t !== undefined && (last === undefined || t > last)) last = t;
  }
  return last;
}

/** Every log group, by name (as DescribeLogGroups lists them). */
export function logGroupRows(state: State): LogGroupRow[] {
  return Object.values(state.logs.groups)
    .map((g): LogGroupRow => {
      const streams = Object.values(g.streams);
      const last = lastEventOf(g);
      return {
        name: g.logGroupName,
        streams: streams.length,
        events: streams.reduce((n, s) => n + s.events.length, 0),
        retention:
          g.retentionInDays === undefined
            ? 'never expire'
            : `${g.retentionInDays} day${g.retentionInDays === 1 ? '' : 's'}`,
        ...(last !== undefined ? { lastEventAt: clockOf(last) } : {}),
      };
    })
    .sort((a, b) => byName(a.name, b.name));
}

/** A group's streams, the most recently written first (the console's order); empty for a missing group. */
export function logStreamRows(state: State, group: string): LogStreamRow[] {
  const g = findGroup(state, group);
  if (!g) return [];
  return Object.values(g.streams)
    .map((s): LogStreamRow => {
      const last = s.lastEventTimestamp ?? s.events[s.events.length - 1]?.timestamp;
      return {
        name: s.logStreamName,
        events: s.events.length,
        dropped: s.dropped,
        ...(last !== undefined ? { lastEventAt: clockOf(last), lastEventTimestamp: last } : {}),
      };
    })
    .sort(
      (a, b) =>
        (b.lastEventTimestamp ?? -Infinity) - (a.lastEventTimestamp ?? -Infinity) || byName(a.name, b.name),
    );
}

function findGroup(state: State, name: string): DeepReadonly<LogGroup> | undefined {
  return Object.prototype.hasOwnProperty.call(state.logs.groups, name) ? state.logs.groups[name] : undefined;
}

/**
 * The events of one stream, or of every stream of the group merged by time (what FilterLogEvents returns for a
 * group), keeping those the pattern matches; the newest `limit` of them, oldest first.
 */
export function logEventRows(state: State, query: EventsQuery): EventsView {
  const g = findGroup(state, query.group);
  if (!g) return { rows: [], matched: 0, scanned: 0, dropped: 0, missing: true };
  const pattern = query.filter?.trim() ?? '';
  let matches: (message: string) => boolean = () => true;
  if (pattern) {
    try {
      const parsed = parseFilterPattern(pattern);
      matches = (message) => matchesFilter(parsed, message);
    } catch (e) {
      return {
        rows: [],
        matched: 0,
        scanned: 0,
        dropped: 0,
        filterError: e instanceof Error ? e.message : String(e),
      };
    }
  }
  const streams = query.stream
    ? g.streams[query.stream]
      ? [g.streams[query.stream]!]
      : []
    : Object.values(g.streams);
  const found: { stream: string; n: number; e: DeepReadonly<LogEvent> }[] = [];
  let scanned = 0;
  let dropped = 0;
  for (const s of streams) {
    // what GetLogEvents would return now: events past the group's retention are gone too
    const readable = readableEvents(state, g as LogGroup, s as LogStream);
    dropped += s.dropped + (s.events.length - readable.length);
    scanned += readable.length;
    for (const { position, event } of readable)
      if (matches(event.message)) found.push({ stream: s.logStreamName, n: position, e: event });
  }
  // interleaved by time; one stream's events of one instant keep their order, streams of one instant by name
  if (streams.length > 1)
    found.sort((a, b) => a.e.timestamp - b.e.timestamp || byName(a.stream, b.stream) || a.n - b.n);
  const limit = query.limit ?? EVENTS_SHOWN;
  const rows = found.slice(Math.max(0, found.length - limit)).map(({ stream, n, e }): LogEventRow => {
    const iso = new Date(e.timestamp).toISOString();
    return {
      key: `${stream}#${n}`,
      stream,
      timestamp: e.timestamp,
      at: iso.slice(11, 19),
      iso,
      message: e.message,
    };
  });
  return { rows, matched: found.length, scanned, dropped };
}

/** Where one container of a task sends its output, and whether there is anything to read there. */
export type TaskLogTarget =
  | {
      readonly container: string;
      /** the stream exists: select it */
      readonly status: 'ready';
      readonly group: string;
      readonly stream: string;
    }
  | {
      readonly container: string;
      /** awslogs is set up, but there is nothing to read (yet, or ever): `why` says which */
      readonly status: 'waiting' | 'missing-group' | 'never-started';
      readonly group: string;
      readonly stream: string;
      readonly why: string;
    }
  | {
      readonly container: string;
      /** the container does not send its output to CloudWatch Logs */
      readonly status: 'no-awslogs';
      readonly why: string;
    };

const STARTING: ReadonlySet<string> = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

/**
 * For each container of `task`: its awslogs group and stream (`<prefix>/<container>/<task-id>`), or why there
 * are no logs to read: no awslogs, the group missing, the task never started, no line written yet.
 */
export function taskLogTargets(state: State, task: DeepReadonly<Task>): TaskLogTarget[] {
  const definition = state.ecs.taskDefinitions[task.taskDefinitionArn];
  const started = task.startedAt !== undefined || task.containers.some((c) => c.startedAt !== undefined);
  return (definition?.containerDefinitions ?? []).map((c): TaskLogTarget => {
    const config = c.logConfiguration;
    if (!config) {
      return {
        container: c.name,
        status: 'no-awslogs',
        why:
          task.launchType === 'FARGATE'
            ? `Container ${c.name} has no logConfiguration, so on Fargate its output is not kept anywhere you can read. Add logConfiguration with the awslogs driver to send it to CloudWatch Logs.`
            : `Container ${c.name} has no logConfiguration: Docker keeps its output on the instance (the json-file driver), where CloudWatch Logs never sees it. Add logConfiguration with the awslogs driver to send it here.`,
      };
    }
    if (config.logDriver !== 'awslogs') {
      return {
        container: c.name,
        status: 'no-awslogs',
        why: `Container ${c.name} uses the ${config.logDriver} log driver, which sends its output somewhere other than CloudWatch Logs${config.logDriver === 'awsfirelens' ? ' (through a FireLens log router, which the sandbox does not simulate)' : ''}. The awslogs driver is the one that writes to a log group.`,
      };
    }
    const group = config.options?.['awslogs-group'] ?? '';
    const stream = awslogsStreamName(
      state as SimState,
      task as Task,
      c.name,
      config.options?.['awslogs-stream-prefix'],
    );
    const exists = findGroup(state, group);
    if (exists?.streams[stream]) return { container: c.name, status: 'ready', group, stream };
    if (!exists) {
      const create = config.options?.['awslogs-create-group'] === 'true';
      return {
        container: c.name,
        status: 'missing-group',
        group,
        stream,
        why: create
          ? `Log group ${group} does not exist. With awslogs-create-group "true" the driver creates it when the container starts, if the role it uses may call logs:CreateLogGroup.`
          : `Log group ${group} does not exist, and awslogs does not create it unless awslogs-create-group is "true". A task whose group is missing fails to start. Create it (aws logs create-log-group --log-group-name ${group}) and run the task again.`,
      };
    }
    if (!started) {
      return {
        container: c.name,
        status: 'never-started',
        group,
        stream,
        why: STARTING.has(task.lastStatus)
          ? `The task is ${task.lastStatus}: its containers have not started, so nothing is written yet. Stream ${stream} appears when ${c.name} starts; let time run.`
          : `The task stopped before its containers started, so ${c.name} never wrote a line${task.stoppedReason ? `. Why it stopped: ${task.stoppedReason}` : '.'}`,
      };
    }
    return {
      container: c.name,
      status: 'waiting',
      group,
      stream,
      why: `Stream ${stream} has no lines yet (or the sandbox let it go): ${c.name} writes as it runs.`,
    };
  });
}

/** The target to open first for a task: its first container with a stream, else the first one set up for awslogs. */
export function firstTarget(targets: ReadonlyArray<TaskLogTarget>): TaskLogTarget | undefined {
  return (
    targets.find((t) => t.status === 'ready') ?? targets.find((t) => t.status !== 'no-awslogs') ?? targets[0]
  );
}

/**
 * Follow mode: how many rows arrived after the one the learner last saw at the end of the list (`seenKey`), for
 * "N newer lines" while follow is off. All rows count as new when the seen row has scrolled out of the window.
 */
export function newerThan(rows: ReadonlyArray<LogEventRow>, seenKey: string | undefined): number {
  if (seenKey === undefined) return 0;
  const i = rows.findIndex((r) => r.key === seenKey);
  return i < 0 ? rows.length : rows.length - 1 - i;
}
