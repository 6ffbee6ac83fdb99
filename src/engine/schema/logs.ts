import { bool, int, list, notSimulated, obj, oneOf, str, stringMap } from './taskDefinitionBuilders';

/** CloudWatch Logs request schemas (the members of the `logs/2014-03-28` model for these operations). */

/** Log group names: 1–512 of letters, digits, `.`, `-`, `_`, `/`, `#` (the model's pattern). */
export const LOG_GROUP_NAME_PATTERN = '^[\\.\\-_/#A-Za-z0-9]+$';
/** Stream names: 1–512 characters, no `:` or `*`. */
export const LOG_STREAM_NAME_PATTERN = '^[^:*]*$';

const logGroupName = str({ minLength: 1, maxLength: 512, pattern: LOG_GROUP_NAME_PATTERN });
/** a group's name or ARN (the newer `logGroupIdentifier` members) */
const logGroupIdentifier = str({ minLength: 1, maxLength: 2048, pattern: '^[\\w#+=/:,.@-]*$' });
const logStreamName = str({ minLength: 1, maxLength: 512, pattern: LOG_STREAM_NAME_PATTERN });
/** epoch milliseconds */
const timestamp = int(0, Number.MAX_SAFE_INTEGER);
const nextToken = str({ minLength: 1, maxLength: 2048 });

/** The retention periods CloudWatch Logs accepts, in days. */
export const RETENTION_DAYS: ReadonlyArray<number> = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

export const createLogGroupSchema = obj(
  {
    logGroupName,
    kmsKeyId: notSimulated(str({ maxLength: 256 })),
    tags: stringMap(50),
    logGroupClass: notSimulated(oneOf(['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'])),
  },
  ['logGroupName'],
);

export const deleteLogGroupSchema = obj({ logGroupName }, ['logGroupName']);

export const describeLogGroupsSchema = obj({
  accountIdentifiers: notSimulated(list(str({ minLength: 12, maxLength: 12 }), 20)),
  logGroupNamePrefix: logGroupName,
  logGroupNamePattern: str({ maxLength: 512, pattern: '^[\\.\\-_/#A-Za-z0-9]*$' }),
  nextToken,
  limit: int(1, 50),
  includeLinkedAccounts: notSimulated(bool()),
  logGroupClass: oneOf(['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY']),
  logGroupIdentifiers: list(logGroupIdentifier, 50, { minItems: 1 }),
});

const groupTarget = { logGroupName, logGroupIdentifier };

export const describeLogStreamsSchema = obj({
  ...groupTarget,
  logStreamNamePrefix: logStreamName,
  orderBy: oneOf(['LogStreamName', 'LastEventTime']),
  descending: bool(),
  nextToken,
  limit: int(1, 50),
});

export const createLogStreamSchema = obj({ logGroupName, logStreamName }, ['logGroupName', 'logStreamName']);

export const getLogEventsSchema = obj(
  {
    ...groupTarget,
    logStreamName,
    startTime: timestamp,
    endTime: timestamp,
    nextToken,
    limit: int(1, 10_000),
    startFromHead: bool(),
    unmask: notSimulated(bool()),
  },
  ['logStreamName'],
);

export const filterLogEventsSchema = obj({
  ...groupTarget,
  logStreamNames: list(logStreamName, 100, { minItems: 1 }),
  logStreamNamePrefix: logStreamName,
  startTime: timestamp,
  endTime: timestamp,
  filterPattern: str({ maxLength: 1024 }),
  nextToken,
  limit: int(1, 10_000),
  interleaved: bool(),
  unmask: notSimulated(bool()),
});

export const putRetentionPolicySchema = obj({ logGroupName, retentionInDays: int(1, 3653) }, [
  'logGroupName',
  'retentionInDays',
]);

export const deleteRetentionPolicySchema = obj({ logGroupName }, ['logGroupName']);

export const putLogEventsSchema = obj(
  {
    logGroupName,
    logStreamName,
    logEvents: list(
      obj({ timestamp: timestamp, message: str({ minLength: 1, maxLength: 1_048_550 }) }, [
        'timestamp',
        'message',
      ]),
      10_000,
      { minItems: 1 },
    ),
    sequenceToken: notSimulated(str({ minLength: 1, maxLength: 2048 })),
    entity: notSimulated(obj({ keyAttributes: stringMap(4), attributes: stringMap(10) })),
  },
  ['logGroupName', 'logStreamName', 'logEvents'],
);
