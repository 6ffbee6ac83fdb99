import type { OperationName } from '../../api/registry';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the CloudWatch requests (schema/cloudwatch.ts), in our own words. */

const metricDocs: SchemaDocs = {
  Namespace:
    "Where the metric lives: AWS/ECS, ECS/ContainerInsights, AWS/ApplicationELB, AWS/EC2, AWS/AutoScaling, AWS/ECS/ManagedScaling, or the sandbox's Sandbox/Load.",
  MetricName:
    'The metric, e.g. CPUUtilization (AWS/ECS, per service), RequestCountPerTarget (AWS/ApplicationELB).',
  Dimensions:
    "Name/value pairs that pick one series, e.g. ClusterName and ServiceName for a service's CPUUtilization. All of a series' dimensions must be given.",
  'Dimensions[].Name': "The dimension's name, e.g. ClusterName.",
  'Dimensions[].Value': "Its value, e.g. the cluster's name.",
};

const alarmNameDoc = "The alarm's name, unique in the account and Region.";
const timestampDoc = "An ISO 8601 time (2026-01-01T00:00:00Z) or epoch seconds, in the simulation's clock.";

export const cloudwatchDocs = {
  GetMetricData: {
    '': 'Reads datapoints of published metrics. The sandbox publishes one datapoint per metric per minute; each query aggregates them over its Period.',
    MetricDataQueries: 'One entry per series to read (up to 500).',
    'MetricDataQueries[].Id': 'A short id for the result (starts with a lowercase letter).',
    'MetricDataQueries[].MetricStat': 'The metric, the period and the statistic to return.',
    'MetricDataQueries[].MetricStat.Metric': 'The metric to read.',
    ...Object.fromEntries(
      Object.entries(metricDocs).map(([k, v]) => [`MetricDataQueries[].MetricStat.Metric.${k}`, v]),
    ),
    'MetricDataQueries[].MetricStat.Period':
      'Seconds each returned value covers: 60 or a multiple of 60 here.',
    'MetricDataQueries[].MetricStat.Stat': 'Average, Sum, Minimum, Maximum or SampleCount.',
    'MetricDataQueries[].Expression': 'Metric math: not simulated (refused).',
    'MetricDataQueries[].Label': 'A name for the result; default the metric name.',
    'MetricDataQueries[].ReturnData': 'false leaves this query out of the results.',
    'MetricDataQueries[].Period': 'The period of a metric math expression (not simulated).',
    NextToken: 'Not needed here: the sandbox returns every datapoint in one page.',
    StartTime: `First time to return (inclusive). ${timestampDoc}`,
    EndTime: `Time to stop before (exclusive). ${timestampDoc}`,
    ScanBy: 'TimestampDescending (default: newest first) or TimestampAscending.',
    MaxDatapoints: 'The most datapoints to return per query; more are cut and the result says PartialData.',
  },
  ListMetrics: {
    '': 'Lists the metrics that have been published, optionally filtered.',
    ...metricDocs,
    NextToken: 'Not needed here: the sandbox lists every metric in one page.',
    RecentlyActive:
      'PT3H: only metrics with data in the last three hours (the sandbox lists every kept metric).',
  },
  PutMetricAlarm: {
    '': 'Creates or replaces an alarm on one metric with a static threshold. At the end of each period it compares the last EvaluationPeriods periods with the threshold and goes to ALARM when DatapointsToAlarm of them breach.',
    AlarmName: alarmNameDoc,
    AlarmDescription: 'Free text shown with the alarm.',
    ActionsEnabled: 'Whether the alarm runs its actions (default true).',
    AlarmActions:
      "What to do on entering ALARM: a step scaling policy's ARN scales; SNS topics are kept but do nothing here. A scaling policy is invoked again each period while the alarm stays in ALARM.",
    OKActions: 'What to do on entering OK.',
    InsufficientDataActions: 'What to do on entering INSUFFICIENT_DATA.',
    ...metricDocs,
    Statistic: "How the period's samples are combined: Average, Sum, Minimum, Maximum or SampleCount.",
    Period: 'Seconds per evaluated period: 60 or a multiple of 60 here (the sandbox publishes each minute).',
    EvaluationPeriods: 'How many of the latest periods the alarm looks at.',
    DatapointsToAlarm: 'How many of them must breach for ALARM (default: all of them).',
    Threshold: 'The value the statistic is compared with.',
    ComparisonOperator:
      'GreaterThanThreshold, GreaterThanOrEqualToThreshold, LessThanThreshold or LessThanOrEqualToThreshold (anomaly bands are not simulated).',
    TreatMissingData:
      'missing (default: periods without data are skipped; with none at all the alarm is INSUFFICIENT_DATA), notBreaching, breaching, or ignore (keep the current state).',
  },
  DescribeAlarms: {
    '': 'Lists metric alarms with their state and the reason for it, in name order.',
    AlarmNames: 'Only these alarms.',
    AlarmNamePrefix: 'Only alarms whose names start with this.',
    StateValue: 'Only alarms in this state: OK, ALARM or INSUFFICIENT_DATA.',
    ActionPrefix: 'Only alarms with an action starting with this (e.g. a policy ARN).',
    MaxRecords: 'At most this many (1–100).',
    AlarmTypes: 'MetricAlarm and/or CompositeAlarm (the sandbox has metric alarms only).',
    NextToken: 'Not needed here: the sandbox answers in one page.',
  },
  DescribeAlarmHistory: {
    '': 'The state changes of alarms, newest first (the sandbox keeps the latest 50 per alarm).',
    AlarmName: 'Only this alarm.',
    HistoryItemType: 'StateUpdate (the only kind the sandbox records).',
    StartDate: `Oldest change to return. ${timestampDoc}`,
    EndDate: `Newest change to return. ${timestampDoc}`,
    ScanBy: 'TimestampDescending (default) or TimestampAscending.',
    MaxRecords: 'At most this many (1–100).',
    AlarmTypes: 'MetricAlarm and/or CompositeAlarm (the sandbox has metric alarms only).',
    NextToken: 'Not needed here: the sandbox answers in one page.',
  },
  DeleteAlarms: {
    '': 'Deletes alarms. If one of the names does not exist nothing is deleted. Deleting an alarm a target tracking policy owns breaks that policy: delete the policy instead.',
    AlarmNames: 'The alarms to delete (up to 100).',
  },
} as const satisfies Record<OperationName<'cloudwatch'>, SchemaDocs>;
