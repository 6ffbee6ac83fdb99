import { DeleteAlarms } from './DeleteAlarms';
import { DescribeAlarmHistory } from './DescribeAlarmHistory';
import { DescribeAlarms } from './DescribeAlarms';
import { GetMetricData } from './GetMetricData';
import { ListMetrics } from './ListMetrics';
import { PutMetricAlarm } from './PutMetricAlarm';

/** The CloudWatch operations the simulator answers (metrics and metric alarms). */
export const cloudwatchOperations = {
  GetMetricData,
  ListMetrics,
  PutMetricAlarm,
  DescribeAlarms,
  DescribeAlarmHistory,
  DeleteAlarms,
} as const;
