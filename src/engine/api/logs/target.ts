import { AwsError, invalidParameter } from '../../errors';
import { findLogGroup } from '../../logs/groups';
import type { LogGroup, LogStream } from '../../model/logs';
import type { SimState } from '../../state';

/** CloudWatch Logs' own words for a missing group or stream. */
export const GROUP_MISSING = 'The specified log group does not exist.';
export const STREAM_MISSING = 'The specified log stream does not exist.';

export const groupNotFound = (field = 'logGroupName') =>
  new AwsError('ResourceNotFoundException', GROUP_MISSING, field);

/** The group a request names by `logGroupName`: ResourceNotFoundException when missing. */
export function namedGroup(state: SimState, name: string): LogGroup {
  const group = findLogGroup(state, name);
  if (!group) throw groupNotFound();
  return group;
}

/** A group name from `logGroupIdentifier`: the name itself or its ARN (with or without the trailing `:*`). */
export function groupNameOf(identifier: string): string {
  const m = /^arn:aws[\w-]*:logs:[^:]*:\d{12}:log-group:(.+?)(?::\*)?$/.exec(identifier);
  return m ? m[1]! : identifier;
}

/**
 * The group of a request that takes `logGroupName` or `logGroupIdentifier` (exactly one of the two).
 */
export function targetGroup(
  state: SimState,
  input: { readonly logGroupName?: string; readonly logGroupIdentifier?: string },
): LogGroup {
  if (input.logGroupName !== undefined && input.logGroupIdentifier !== undefined)
    // CloudWatch Logs answers this one with ValidationException
    throw new AwsError(
      'ValidationException',
      'LogGroup name and LogGroup ARN are mutually exclusive parameters.',
      'logGroupIdentifier',
    );
  if (input.logGroupName === undefined && input.logGroupIdentifier === undefined)
    throw invalidParameter(
      'Either logGroupName or logGroupIdentifier must be given: the log group to read.',
      'logGroupName',
    );
  const name = input.logGroupName ?? groupNameOf(input.logGroupIdentifier!);
  const group = findLogGroup(state, name);
  if (!group) throw groupNotFound(input.logGroupName !== undefined ? 'logGroupName' : 'logGroupIdentifier');
  return group;
}

/** The stream `name` of `group`: ResourceNotFoundException when missing. */
export function namedStream(group: LogGroup, name: string): LogStream {
  const stream = Object.prototype.hasOwnProperty.call(group.streams, name) ? group.streams[name] : undefined;
  if (!stream) throw new AwsError('ResourceNotFoundException', STREAM_MISSING, 'logStreamName');
  return stream;
}
