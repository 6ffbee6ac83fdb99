import type { OperationName } from '../../api/registry';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the CloudWatch Logs requests (schema/logs.ts), in our own words. */

const groupName =
  'The log group: up to 512 letters, digits and . - _ / #, e.g. /ecs/web. Names are case-sensitive.';
const groupIdentifier =
  'The log group by name or by ARN (arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web). Give this or logGroupName, not both.';
const streamName =
  'The log stream. The awslogs driver names it <awslogs-stream-prefix>/<container name>/<task id>; on EC2 without a prefix, the Docker container id.';
const epochMs = 'Epoch milliseconds (1767225600000 is 2026-01-01T00:00:00Z), on the simulation clock.';
const pageToken = 'The token a previous call returned, to read the next page.';

export const logsDocs = {
  CreateLogGroup: {
    '': 'Creates an empty log group. awslogs only writes to a group that exists (or one it may create, with awslogs-create-group "true" and logs:CreateLogGroup); a task whose group is missing fails to start.',
    logGroupName: groupName,
    kmsKeyId: 'A KMS key to encrypt the group with: accepted, not simulated.',
    tags: 'Tags for the group, as a key/value map.',
    logGroupClass:
      'STANDARD (default), INFREQUENT_ACCESS or DELIVERY: accepted, the sandbox treats every group as STANDARD.',
  },
  DeleteLogGroup: {
    '': 'Deletes the group with all its streams and events. Tasks still writing to it lose their output from then on.',
    logGroupName: groupName,
  },
  DescribeLogGroups: {
    '': 'Lists log groups in name order, 50 at most per page.',
    logGroupNamePrefix: 'Only groups whose name starts with this (case-sensitive).',
    logGroupNamePattern: 'Only groups whose name contains this, ignoring case. Not with logGroupNamePrefix.',
    logGroupIdentifiers: 'Only these groups, by name or ARN.',
    logGroupClass: 'Only groups of this class (every sandbox group is STANDARD).',
    limit: 'How many groups per page (1–50, default 50).',
    nextToken: pageToken,
    accountIdentifiers: 'Other accounts to include (cross-account observability): not simulated.',
    includeLinkedAccounts: 'Include linked accounts: not simulated.',
  },
  CreateLogStream: {
    '': "Creates an empty stream in a group. You rarely need it: the awslogs driver creates each container's stream when it starts.",
    logGroupName: groupName,
    logStreamName: streamName,
  },
  DescribeLogStreams: {
    '': "Lists a group's streams: by name, or by the time of their newest event.",
    logGroupName: groupName,
    logGroupIdentifier: groupIdentifier,
    logStreamNamePrefix:
      'Only streams whose name starts with this, e.g. web/ for every container of prefix web.',
    orderBy:
      'LogStreamName (default) or LastEventTime. LastEventTime cannot be combined with logStreamNamePrefix.',
    descending: 'true lists the other way round: with LastEventTime, the most recently written stream first.',
    limit: 'How many streams per page (1–50, default 50).',
    nextToken: pageToken,
  },
  PutLogEvents: {
    '': "Writes a batch of events to an existing stream, as the awslogs driver does for a container's output. The batch must be in time order; events more than 2 hours ahead, older than 14 days or past the group's retention are set aside and reported in rejectedLogEventsInfo.",
    logGroupName: groupName,
    logStreamName: streamName,
    logEvents: 'The events, oldest first (up to 10,000).',
    'logEvents[].timestamp': `When the event happened. ${epochMs}`,
    'logEvents[].message': 'The text of the event.',
    sequenceToken: 'No longer needed by CloudWatch Logs (ignored).',
    entity: 'Telemetry entity attributes: accepted, not simulated.',
    'entity.keyAttributes': 'Accepted, not simulated.',
    'entity.attributes': 'Accepted, not simulated.',
  },
  GetLogEvents: {
    '': "Reads one stream's events. Without a token you get the newest ones; with startFromHead the oldest. Call again with nextForwardToken to follow the stream: at its end the same token comes back with no events.",
    logGroupName: groupName,
    logGroupIdentifier: groupIdentifier,
    logStreamName: streamName,
    startTime: `Only events at or after this time. ${epochMs}`,
    endTime: `Only events before this time. ${epochMs}`,
    nextToken: 'nextForwardToken (read on) or nextBackwardToken (read back) from a previous call.',
    limit: 'The most events to return (1–10,000, default 10,000).',
    startFromHead: 'true: start from the oldest event instead of the newest.',
    unmask: 'Show masked data (data protection policies): not simulated.',
  },
  FilterLogEvents: {
    '': "Searches a group's streams for events matching a pattern, oldest first, across streams.",
    logGroupName: groupName,
    logGroupIdentifier: groupIdentifier,
    logStreamNames: 'Only these streams. Not with logStreamNamePrefix.',
    logStreamNamePrefix: 'Only streams whose name starts with this. Not with logStreamNames.',
    startTime: `Only events at or after this time. ${epochMs}`,
    endTime: `Only events at or before this time. ${epochMs}`,
    filterPattern:
      'Words that must all appear (ERROR timeout), "a quoted phrase", -word to leave out, ?a ?b for either. Case-sensitive. Empty: every event. JSON and [space-delimited] patterns are not simulated.',
    nextToken: pageToken,
    limit: 'The most events to return (1–10,000, default 10,000).',
    interleaved: 'Deprecated: results are always interleaved across streams.',
    unmask: 'Show masked data (data protection policies): not simulated.',
  },
  PutRetentionPolicy: {
    '': 'Sets how long the group keeps events. Without a policy they are kept for ever.',
    logGroupName: groupName,
    retentionInDays:
      'One of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653.',
  },
  DeleteRetentionPolicy: {
    '': 'Removes the retention policy: the group keeps its events for ever again.',
    logGroupName: groupName,
  },
} satisfies Readonly<Record<OperationName<'logs'>, SchemaDocs>>;
