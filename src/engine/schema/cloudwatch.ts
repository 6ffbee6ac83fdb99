import { bool, int, list, notSimulated, num, obj, oneOf, str } from './taskDefinitionBuilders';

/** CloudWatch request schemas (the members of the `monitoring/2010-08-01` model for these operations). */

const dimensions = list(
  obj({ Name: str({ minLength: 1, maxLength: 255 }), Value: str({ minLength: 1, maxLength: 1024 }) }, [
    'Name',
    'Value',
  ]),
  30,
);
const namespace = str({ minLength: 1, maxLength: 255 });
const metricName = str({ minLength: 1, maxLength: 255 });
const alarmName = str({ minLength: 1, maxLength: 255 });
const actions = list(str({ minLength: 1, maxLength: 1024 }), 5);
/** an ISO 8601 time or epoch seconds, as the CLI takes timestamps */
const timestamp = str({ minLength: 1, maxLength: 64 });
export const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
const statistic = oneOf(STATISTICS);
const alarmState = oneOf(['OK', 'ALARM', 'INSUFFICIENT_DATA']);
const tags = list(
  obj({ Key: str({ minLength: 1, maxLength: 128 }), Value: str({ maxLength: 256 }) }, ['Key', 'Value']),
  50,
);

export const getMetricDataSchema = obj(
  {
    MetricDataQueries: list(
      obj(
        {
          Id: str({ minLength: 1, maxLength: 255, pattern: '^[a-z][a-zA-Z0-9_]*$' }),
          MetricStat: obj(
            {
              Metric: obj({ Namespace: namespace, MetricName: metricName, Dimensions: dimensions }, [
                'Namespace',
                'MetricName',
              ]),
              Period: int(1, 2_147_483_647),
              Stat: str({ minLength: 1, maxLength: 64 }),
              Unit: notSimulated(str({ maxLength: 64 })),
            },
            ['Metric', 'Period', 'Stat'],
          ),
          Expression: notSimulated(str({ minLength: 1, maxLength: 2048 })),
          Label: str({ maxLength: 2048 }),
          ReturnData: bool(),
          Period: int(1, 2_147_483_647),
          AccountId: notSimulated(str({ maxLength: 255 })),
        },
        ['Id'],
      ),
      500,
      { minItems: 1 },
    ),
    StartTime: timestamp,
    EndTime: timestamp,
    NextToken: str(),
    ScanBy: oneOf(['TimestampDescending', 'TimestampAscending']),
    MaxDatapoints: int(1, 100_800),
    LabelOptions: notSimulated(obj({ Timezone: str({ maxLength: 8 }) })),
  },
  ['MetricDataQueries', 'StartTime', 'EndTime'],
);

export const putMetricAlarmSchema = obj(
  {
    AlarmName: alarmName,
    AlarmDescription: str({ maxLength: 1024 }),
    ActionsEnabled: bool(),
    OKActions: actions,
    AlarmActions: actions,
    InsufficientDataActions: actions,
    MetricName: metricName,
    Namespace: namespace,
    Statistic: statistic,
    ExtendedStatistic: notSimulated(str({ maxLength: 64 })),
    Dimensions: dimensions,
    Period: int(1, 2_147_483_647),
    Unit: notSimulated(str({ maxLength: 64 })),
    EvaluationPeriods: int(1, 2_147_483_647),
    DatapointsToAlarm: int(1, 2_147_483_647),
    Threshold: num(-1e308, 1e308),
    ComparisonOperator: oneOf([
      'GreaterThanOrEqualToThreshold',
      'GreaterThanThreshold',
      'LessThanThreshold',
      'LessThanOrEqualToThreshold',
      'LessThanLowerOrGreaterThanUpperThreshold',
      'LessThanLowerThreshold',
      'GreaterThanUpperThreshold',
    ]),
    TreatMissingData: oneOf(['breaching', 'notBreaching', 'ignore', 'missing']),
    EvaluateLowSampleCountPercentile: notSimulated(str({ maxLength: 255 })),
    Metrics: notSimulated(list(obj({ Id: str({ maxLength: 255 }) }, ['Id']), 500)),
    Tags: notSimulated(tags),
    ThresholdMetricId: notSimulated(str({ maxLength: 255 })),
  },
  ['AlarmName', 'EvaluationPeriods', 'ComparisonOperator'],
);

export const describeAlarmsSchema = obj({
  AlarmNames: list(alarmName, 100),
  AlarmNamePrefix: str({ minLength: 1, maxLength: 255 }),
  AlarmTypes: list(oneOf(['CompositeAlarm', 'MetricAlarm']), 2),
  ChildrenOfAlarmName: notSimulated(alarmName),
  ParentsOfAlarmName: notSimulated(alarmName),
  StateValue: alarmState,
  ActionPrefix: str({ minLength: 1, maxLength: 1024 }),
  MaxRecords: int(1, 100),
  NextToken: str(),
});

export const deleteAlarmsSchema = obj({ AlarmNames: list(alarmName, 100) }, ['AlarmNames']);

export const describeAlarmHistorySchema = obj({
  AlarmName: alarmName,
  AlarmTypes: list(oneOf(['CompositeAlarm', 'MetricAlarm']), 2),
  HistoryItemType: oneOf([
    'ConfigurationUpdate',
    'StateUpdate',
    'Action',
    'AlarmContributorStateUpdate',
    'AlarmContributorAction',
  ]),
  StartDate: timestamp,
  EndDate: timestamp,
  MaxRecords: int(1, 100),
  NextToken: str(),
  ScanBy: oneOf(['TimestampDescending', 'TimestampAscending']),
});

export const listMetricsSchema = obj({
  Namespace: namespace,
  MetricName: metricName,
  Dimensions: list(
    obj({ Name: str({ minLength: 1, maxLength: 255 }), Value: str({ minLength: 1, maxLength: 1024 }) }, [
      'Name',
    ]),
    10,
  ),
  NextToken: str(),
  RecentlyActive: oneOf(['PT3H']),
  IncludeLinkedAccounts: notSimulated(bool()),
  OwningAccount: notSimulated(str({ maxLength: 255 })),
});
