import { CreateLogGroup } from './CreateLogGroup';
import { CreateLogStream } from './CreateLogStream';
import { DeleteLogGroup } from './DeleteLogGroup';
import { DeleteRetentionPolicy } from './DeleteRetentionPolicy';
import { DescribeLogGroups } from './DescribeLogGroups';
import { DescribeLogStreams } from './DescribeLogStreams';
import { FilterLogEvents } from './FilterLogEvents';
import { GetLogEvents } from './GetLogEvents';
import { PutLogEvents } from './PutLogEvents';
import { PutRetentionPolicy } from './PutRetentionPolicy';

/** The CloudWatch Logs operations the simulator answers (groups, streams, reading events, retention). */
export const logsOperations = {
  CreateLogGroup,
  DeleteLogGroup,
  DescribeLogGroups,
  CreateLogStream,
  DescribeLogStreams,
  PutLogEvents,
  GetLogEvents,
  FilterLogEvents,
  PutRetentionPolicy,
  DeleteRetentionPolicy,
} as const;
