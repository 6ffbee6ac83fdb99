import type { LogGroup, LogStream } from '../model/logs';
import type { SimState } from '../state';
import { logStreamArn } from './groups';

/** CloudWatch Logs records as DescribeLogGroups and DescribeLogStreams return them. */

export interface LogGroupOutput {
  readonly logGroupName: string;
  readonly creationTime: number;
  readonly retentionInDays?: number;
  readonly metricFilterCount: number;
  readonly arn: string;
  readonly storedBytes: number;
  readonly logGroupClass: 'STANDARD';
  readonly logGroupArn: string;
}

export interface LogStreamOutput {
  readonly logStreamName: string;
  readonly creationTime: number;
  readonly firstEventTimestamp?: number;
  readonly lastEventTimestamp?: number;
  readonly lastIngestionTime?: number;
  readonly arn: string;
  readonly storedBytes: number;
}

export function logGroupOutput(group: LogGroup): LogGroupOutput {
  return {
    logGroupName: group.logGroupName,
    creationTime: group.creationTime,
    ...(group.retentionInDays !== undefined ? { retentionInDays: group.retentionInDays } : {}),
    metricFilterCount: 0,
    arn: `${group.arn}:*`,
    // AWS reports 0 here now (deprecated member); the sandbox does the same
    storedBytes: 0,
    logGroupClass: 'STANDARD',
    logGroupArn: group.arn,
  };
}

export function logStreamOutput(state: SimState, group: LogGroup, stream: LogStream): LogStreamOutput {
  return {
    logStreamName: stream.logStreamName,
    creationTime: stream.creationTime,
    ...(stream.firstEventTimestamp !== undefined ? { firstEventTimestamp: stream.firstEventTimestamp } : {}),
    ...(stream.lastEventTimestamp !== undefined ? { lastEventTimestamp: stream.lastEventTimestamp } : {}),
    ...(stream.lastIngestionTime !== undefined ? { lastIngestionTime: stream.lastIngestionTime } : {}),
    arn: logStreamArn(state, group.logGroupName, stream.logStreamName),
    // deprecated in AWS, which answers 0
    storedBytes: 0,
  };
}
