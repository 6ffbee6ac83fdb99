import {
  bool,
  int,
  int32,
  list,
  notSimulated,
  num,
  obj,
  oneOf,
  str,
  stringMap,
  type Schema,
} from './taskDefinitionBuilders';

/**
 * Request schemas of the Application Auto Scaling operations, with the members, enums and limits of the AWS
 * model (botocore `application-autoscaling/2016-02-06`). The enums list every namespace and dimension AWS has,
 * so a request for another service reaches the handler and is refused there with a message saying the sandbox
 * scales ECS services only. Where the model sets no limit, lists are bounded at 1,000 items and strings at 2,048
 * characters, as for the other services.
 */

export const SERVICE_NAMESPACES = [
  'ecs',
  'elasticmapreduce',
  'ec2',
  'appstream',
  'dynamodb',
  'rds',
  'sagemaker',
  'custom-resource',
  'comprehend',
  'lambda',
  'cassandra',
  'kafka',
  'elasticache',
  'neptune',
  'workspaces',
] as const;

export const SCALABLE_DIMENSIONS = [
  'ecs:service:DesiredCount',
  'ec2:spot-fleet-request:TargetCapacity',
  'elasticmapreduce:instancegroup:InstanceCount',
  'appstream:fleet:DesiredCapacity',
  'dynamodb:table:ReadCapacityUnits',
  'dynamodb:table:WriteCapacityUnits',
  'dynamodb:index:ReadCapacityUnits',
  'dynamodb:index:WriteCapacityUnits',
  'rds:cluster:ReadReplicaCount',
  'sagemaker:variant:DesiredInstanceCount',
  'custom-resource:ResourceType:Property',
  'comprehend:document-classifier-endpoint:DesiredInferenceUnits',
  'comprehend:entity-recognizer-endpoint:DesiredInferenceUnits',
  'lambda:function:ProvisionedConcurrency',
  'cassandra:table:ReadCapacityUnits',
  'cassandra:table:WriteCapacityUnits',
  'kafka:broker-storage:VolumeSize',
  'elasticache:cache-cluster:Nodes',
  'elasticache:replication-group:NodeGroups',
  'elasticache:replication-group:Replicas',
  'neptune:cluster:ReadReplicaCount',
  'sagemaker:variant:DesiredProvisionedConcurrency',
  'sagemaker:inference-component:DesiredCopyCount',
  'workspaces:workspacespool:DesiredUserSessions',
] as const;

export const METRIC_TYPES = [
  'DynamoDBReadCapacityUtilization',
  'DynamoDBWriteCapacityUtilization',
  'ALBRequestCountPerTarget',
  'RDSReaderAverageCPUUtilization',
  'RDSReaderAverageDatabaseConnections',
  'EC2SpotFleetRequestAverageCPUUtilization',
  'EC2SpotFleetRequestAverageNetworkIn',
  'EC2SpotFleetRequestAverageNetworkOut',
  'SageMakerVariantInvocationsPerInstance',
  'ECSServiceAverageCPUUtilization',
  'ECSServiceAverageMemoryUtilization',
  'AppStreamAverageCapacityUtilization',
  'ComprehendInferenceUtilization',
  'LambdaProvisionedConcurrencyUtilization',
  'CassandraReadCapacityUtilization',
  'CassandraWriteCapacityUtilization',
  'KafkaBrokerStorageUtilization',
  'ElastiCacheEngineCPUUtilization',
  'ElastiCacheDatabaseMemoryUsagePercentage',
  'ElastiCachePrimaryEngineCPUUtilization',
  'ElastiCacheReplicaEngineCPUUtilization',
  'ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage',
  'NeptuneReaderAverageCPUUtilization',
  'SageMakerVariantProvisionedConcurrencyUtilization',
  'ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage',
  'SageMakerInferenceComponentInvocationsPerCopy',
  'WorkSpacesAverageUserSessionsCapacityUtilization',
  'SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution',
  'SageMakerVariantConcurrentRequestsPerModelHighResolution',
  'ECSServiceAverageCPUUtilizationHighResolution',
  'ECSServiceAverageMemoryUtilizationHighResolution',
] as const;

const STATISTICS = ['Average', 'Minimum', 'Maximum', 'SampleCount', 'Sum'] as const;

/** ResourceIdMaxLen1600 */
const id1600 = () => str({ minLength: 1, maxLength: 1600 });
const ids = () => list(id1600(), 50);
/** a 32-bit count (ResourceCapacity); the sandbox refuses negatives in the handler with a clearer message */
const capacity = () => int32();
/** the model's Double bounded where it sets no bound (TargetValue: AWS says ±2^360; JSON numbers stop well before) */
const double = () => num(-1e300, 1e300);
/** a timestamp: ISO 8601 (`2026-01-01T09:00:00Z`) or epoch seconds as the CLI takes them */
const timestamp = () => str({ minLength: 1, maxLength: 64 });

/** an object the sandbox does not look into (predictive scaling: refused by the handler, whatever it holds) */
const anyObject = () =>
  ({ type: 'object', maxProperties: 100 }) as unknown as Schema<Readonly<Record<string, unknown>>>;

const namespace = () => oneOf(SERVICE_NAMESPACES);
const dimension = () => oneOf(SCALABLE_DIMENSIONS);
const maxResults = () => int(1, 50);
const nextToken = () => str({ maxLength: 2048 });

const suspendedState = obj({
  DynamicScalingInSuspended: bool(),
  DynamicScalingOutSuspended: bool(),
  ScheduledScalingSuspended: bool(),
});

export const registerScalableTargetSchema = obj(
  {
    ServiceNamespace: namespace(),
    ResourceId: id1600(),
    ScalableDimension: dimension(),
    MinCapacity: capacity(),
    MaxCapacity: capacity(),
    RoleARN: notSimulated(id1600()),
    SuspendedState: suspendedState,
    Tags: notSimulated(stringMap(200)),
  },
  ['ServiceNamespace', 'ResourceId', 'ScalableDimension'],
);

const targetKey = obj(
  { ServiceNamespace: namespace(), ResourceId: id1600(), ScalableDimension: dimension() },
  ['ServiceNamespace', 'ResourceId', 'ScalableDimension'],
);

export const deregisterScalableTargetSchema = targetKey;

export const describeScalableTargetsSchema = obj(
  {
    ServiceNamespace: namespace(),
    ResourceIds: ids(),
    ScalableDimension: dimension(),
    MaxResults: maxResults(),
    NextToken: nextToken(),
  },
  ['ServiceNamespace'],
);

const metricDimension = obj({ Name: str({ maxLength: 255 }), Value: str({ maxLength: 1024 }) }, [
  'Name',
  'Value',
]);

const targetTrackingConfiguration = obj(
  {
    TargetValue: double(),
    PredefinedMetricSpecification: obj(
      { PredefinedMetricType: oneOf(METRIC_TYPES), ResourceLabel: str({ minLength: 1, maxLength: 1023 }) },
      ['PredefinedMetricType'],
    ),
    CustomizedMetricSpecification: obj({
      MetricName: str({ maxLength: 255 }),
      Namespace: str({ maxLength: 255 }),
      Dimensions: list(metricDimension, 30),
      Statistic: oneOf(STATISTICS),
      Unit: str({ maxLength: 1023 }),
      // metric math queries: accepted by AWS, refused by the sandbox's handler (it tracks one metric)
      Metrics: list(
        obj(
          {
            Expression: str({ minLength: 1, maxLength: 2048 }),
            Id: str({ minLength: 1, maxLength: 255 }),
            Label: str(),
            MetricStat: obj(
              {
                Metric: obj({
                  Dimensions: list(metricDimension, 30),
                  MetricName: str({ minLength: 1, maxLength: 255 }),
                  Namespace: str({ minLength: 1, maxLength: 255 }),
                }),
                Stat: str(),
                Unit: str({ minLength: 1, maxLength: 1023 }),
              },
              ['Metric', 'Stat'],
            ),
            ReturnData: bool(),
          },
          ['Id'],
        ),
        1000,
      ),
    }),
    ScaleOutCooldown: int32(),
    ScaleInCooldown: int32(),
    DisableScaleIn: bool(),
  },
  ['TargetValue'],
);

const stepScalingConfiguration = obj({
  AdjustmentType: oneOf(['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity'] as const),
  StepAdjustments: list(
    obj(
      { MetricIntervalLowerBound: double(), MetricIntervalUpperBound: double(), ScalingAdjustment: int32() },
      ['ScalingAdjustment'],
    ),
    1000,
  ),
  MinAdjustmentMagnitude: int32(),
  Cooldown: int32(),
  MetricAggregationType: oneOf(['Average', 'Minimum', 'Maximum'] as const),
});

export const putScalingPolicySchema = obj(
  {
    PolicyName: str({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7E]+$' }),
    ServiceNamespace: namespace(),
    ResourceId: id1600(),
    ScalableDimension: dimension(),
    PolicyType: oneOf(['StepScaling', 'TargetTrackingScaling', 'PredictiveScaling'] as const),
    StepScalingPolicyConfiguration: stepScalingConfiguration,
    TargetTrackingScalingPolicyConfiguration: targetTrackingConfiguration,
    // predictive scaling is refused by the handler; the member is here so a real request is not called unknown
    PredictiveScalingPolicyConfiguration: anyObject(),
  },
  ['PolicyName', 'ServiceNamespace', 'ResourceId', 'ScalableDimension'],
);

const policyKey = obj(
  {
    PolicyName: id1600(),
    ServiceNamespace: namespace(),
    ResourceId: id1600(),
    ScalableDimension: dimension(),
  },
  ['PolicyName', 'ServiceNamespace', 'ResourceId', 'ScalableDimension'],
);

export const deleteScalingPolicySchema = policyKey;

export const describeScalingPoliciesSchema = obj(
  {
    PolicyNames: ids(),
    ServiceNamespace: namespace(),
    ResourceId: id1600(),
    ScalableDimension: dimension(),
    MaxResults: maxResults(),
    NextToken: nextToken(),
  },
  ['ServiceNamespace'],
);

/** ScheduledActionName: no leading or trailing space, no control characters, no `:`, `/` or `|` */
const scheduledActionName = () =>
  str({
    minLength: 1,
    maxLength: 256,
    pattern: '^(?! )[^\\x00-\\x1f\\x7f-\\x9f:/|]*[^\\x00-\\x1f\\x7f-\\x9f:/| ]$',
  });

export const putScheduledActionSchema = obj(
  {
    ServiceNamespace: namespace(),
    Schedule: id1600(),
    Timezone: id1600(),
    ScheduledActionName: scheduledActionName(),
    ResourceId: id1600(),
    ScalableDimension: dimension(),
    StartTime: timestamp(),
    EndTime: timestamp(),
    ScalableTargetAction: obj({ MinCapacity: capacity(), MaxCapacity: capacity() }),
  },
  ['ServiceNamespace', 'ScheduledActionName', 'ResourceId', 'ScalableDimension'],
);

export const deleteScheduledActionSchema = obj(
  {
    ServiceNamespace: namespace(),
    ScheduledActionName: id1600(),
    ResourceId: id1600(),
    ScalableDimension: dimension(),
  },
  ['ServiceNamespace', 'ScheduledActionName', 'ResourceId', 'ScalableDimension'],
);

export const describeScheduledActionsSchema = obj(
  {
    ScheduledActionNames: ids(),
    ServiceNamespace: namespace(),
    ResourceId: id1600(),
    ScalableDimension: dimension(),
    MaxResults: maxResults(),
    NextToken: nextToken(),
  },
  ['ServiceNamespace'],
);

export const describeScalingActivitiesSchema = obj(
  {
    ServiceNamespace: namespace(),
    ResourceId: id1600(),
    ScalableDimension: dimension(),
    MaxResults: maxResults(),
    NextToken: nextToken(),
    IncludeNotScaledActivities: notSimulated(bool()),
  },
  ['ServiceNamespace'],
);
