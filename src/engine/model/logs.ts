import type { SimTime } from './ids';

/** CloudWatch Logs as the simulation keeps it: groups hold streams, streams hold events in time order. */
export interface LogEvent {
  /** epoch milliseconds, as CloudWatch Logs returns them */
  readonly timestamp: number;
  readonly message: string;
  readonly ingestionTime: number;
}

export interface LogStream {
  readonly logStreamName: string;
  readonly creationTime: number;
  /** the newest events only: each stream keeps at most MAX_EVENTS_PER_STREAM (logs/streams.ts) */
  readonly events: ReadonlyArray<LogEvent>;
  /** how many older events were let go */
  readonly dropped: number;
  /** epoch ms of the first event ever written (kept when that event is let go, as DescribeLogStreams shows it) */
  readonly firstEventTimestamp?: number;
  /** epoch ms of the newest event */
  readonly lastEventTimestamp?: number;
  /** epoch ms of the newest ingestion */
  readonly lastIngestionTime?: number;
  /** bytes ever written (UTF-16 length of the messages: close enough for a sandbox) */
  readonly storedBytes: number;
  /**
   * not an AWS field: the virtual time up to which the awslogs driver has delivered the container's timed lines
   * (health checks answered), so each is written once (logs/delivery.ts)
   */
  readonly deliveredTo?: SimTime;
}

export interface LogGroup {
  readonly logGroupName: string;
  /** `arn:aws:logs:<region>:<account>:log-group:<name>` (DescribeLogGroups' `logGroupArn`; its `arn` adds `:*`) */
  readonly arn: string;
  readonly creationTime: number;
  readonly retentionInDays?: number;
  readonly createdAt: SimTime;
  readonly streams: Readonly<Record<string, LogStream>>;
  /** how many whole streams were let go (MAX_STREAMS_PER_GROUP, logs/streams.ts) */
  readonly droppedStreams?: number;
}
