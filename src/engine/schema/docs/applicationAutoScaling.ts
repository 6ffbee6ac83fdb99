import type { OperationName } from '../../api/registry';
import { under, type SchemaDocs } from './schemaDocs';

/** Hover text for the Application Auto Scaling requests (schema/applicationAutoScaling.ts), in our own words. */

const NAMESPACE = 'The AWS service that owns the resource. The sandbox scales ECS services only: `ecs`.';
const RESOURCE =
  'The ECS service to scale, as `service/<cluster-name>/<service-name>` (for example `service/default/web`).';
const DIMENSION = 'What is scaled. For an ECS service: `ecs:service:DesiredCount`, its desired task count.';
const MAX_RESULTS = 'At most this many results per page (1–50, default 50).';
const NEXT_TOKEN = 'The NextToken of the previous page, to read the next one.';

const key: SchemaDocs = { ServiceNamespace: NAMESPACE, ResourceId: RESOURCE, ScalableDimension: DIMENSION };
const page: SchemaDocs = { MaxResults: MAX_RESULTS, NextToken: NEXT_TOKEN };

const TT = 'TargetTrackingScalingPolicyConfiguration';
const STEP = 'StepScalingPolicyConfiguration';

export const applicationAutoScalingDocs: Readonly<
  Record<OperationName<'application-autoscaling'>, SchemaDocs>
> = {
  RegisterScalableTarget: {
    ...key,
    ResourceId: `${RESOURCE} The service must exist and be a REPLICA service.`,
    MinCapacity:
      'The fewest tasks scaling may leave (0 or more). Required when registering; a desired count below it is raised to it at once.',
    MaxCapacity:
      'The most tasks scaling may run. Required when registering; a desired count above it is lowered to it at once.',
    RoleARN:
      'The role Application Auto Scaling uses. Omitted: the service-linked role AWSServiceRoleForApplicationAutoScaling_ECSService.',
    SuspendedState: 'Pause parts of scaling without deleting anything.',
    'SuspendedState.DynamicScalingInSuspended': '`true`: policies no longer remove tasks.',
    'SuspendedState.DynamicScalingOutSuspended': '`true`: policies no longer add tasks.',
    'SuspendedState.ScheduledScalingSuspended': '`true`: scheduled actions no longer run.',
    Tags: 'Tags for the scalable target.',
  },
  DeregisterScalableTarget: {
    ...key,
    '': 'Stops scaling the service: its policies (and the alarms target tracking made) and scheduled actions are deleted. The desired count stays where it is.',
  },
  DescribeScalableTargets: {
    ServiceNamespace: NAMESPACE,
    ResourceIds: 'Only these services (`service/<cluster>/<service>`).',
    ScalableDimension: `${DIMENSION} Give ResourceIds with it.`,
    ...page,
  },
  PutScalingPolicy: {
    ...key,
    PolicyName: 'The policy’s name, unique on the target. Putting a name again replaces that policy.',
    PolicyType:
      '`TargetTrackingScaling`: keep a metric near a target value. `StepScaling`: add or remove tasks in steps when an alarm you made goes off.',
    [TT]: 'The metric to track and its target value.',
    [`${TT}.TargetValue`]:
      'The value to keep the metric at: a percentage for CPU and memory, requests per task per minute for ALBRequestCountPerTarget. Above it the service scales out; well below it, in.',
    [`${TT}.PredefinedMetricSpecification`]: 'One of the metrics ECS services have, chosen by name.',
    [`${TT}.PredefinedMetricSpecification.PredefinedMetricType`]:
      '`ECSServiceAverageCPUUtilization`, `ECSServiceAverageMemoryUtilization` (AWS/ECS, the service’s tasks) or `ALBRequestCountPerTarget` (requests per task from its target group).',
    [`${TT}.PredefinedMetricSpecification.ResourceLabel`]:
      'For ALBRequestCountPerTarget only: `app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id>`, the ends of the load balancer’s and target group’s ARNs.',
    [`${TT}.CustomizedMetricSpecification`]:
      'Any metric that falls as tasks are added: its name, namespace, dimensions and statistic.',
    [`${TT}.CustomizedMetricSpecification.MetricName`]: 'The metric’s name.',
    [`${TT}.CustomizedMetricSpecification.Namespace`]: 'The metric’s namespace.',
    [`${TT}.CustomizedMetricSpecification.Dimensions`]:
      'The metric’s dimensions, exactly as it is published.',
    [`${TT}.CustomizedMetricSpecification.Statistic`]:
      'How a minute’s samples are folded: Average, Sum, Minimum, Maximum or SampleCount.',
    [`${TT}.CustomizedMetricSpecification.Metrics`]: 'Metric math. Not simulated: the sandbox refuses it.',
    [`${TT}.CustomizedMetricSpecification.Dimensions[].Name`]: 'A dimension’s name.',
    [`${TT}.CustomizedMetricSpecification.Dimensions[].Value`]: 'A dimension’s value.',
    [`${TT}.CustomizedMetricSpecification.Unit`]:
      'The metric’s unit (Percent, Count…). The sandbox does not convert units.',
    ...under(`${TT}.CustomizedMetricSpecification.Metrics[]`, {
      Expression: 'A metric math expression (refused: not simulated).',
      Id: 'The query’s id.',
      Label: 'The query’s label.',
      MetricStat: 'A metric and statistic for the query.',
      'MetricStat.Metric': 'The metric.',
      'MetricStat.Metric.Dimensions': 'Its dimensions.',
      'MetricStat.Metric.Dimensions[].Name': 'A dimension’s name.',
      'MetricStat.Metric.Dimensions[].Value': 'A dimension’s value.',
      'MetricStat.Metric.MetricName': 'Its name.',
      'MetricStat.Metric.Namespace': 'Its namespace.',
      'MetricStat.Stat': 'The statistic.',
      'MetricStat.Unit': 'The unit.',
      ReturnData: 'Whether this query is the one tracked.',
    }),
    [`${TT}.ScaleOutCooldown`]:
      'Seconds after a scale-out during which tasks it added count toward the next one (default 300).',
    [`${TT}.ScaleInCooldown`]:
      'Seconds after a scale-in before the next scale-in (default 300). A scale-out ends it.',
    [`${TT}.DisableScaleIn`]: '`true`: this policy only adds tasks; it makes no low alarm.',
    [STEP]: 'How many tasks to add or remove for how far the metric is past your alarm’s threshold.',
    [`${STEP}.AdjustmentType`]:
      '`ChangeInCapacity` (add N tasks), `PercentChangeInCapacity` (add N % of the running tasks) or `ExactCapacity` (set the count to N).',
    [`${STEP}.StepAdjustments`]:
      'The steps. Bounds are relative to the alarm threshold; an absent bound is open-ended. Steps must not overlap or leave gaps.',
    [`${STEP}.StepAdjustments[].MetricIntervalLowerBound`]:
      'Where the step starts, as metric − threshold (absent: −∞).',
    [`${STEP}.StepAdjustments[].MetricIntervalUpperBound`]:
      'Where the step ends, as metric − threshold (absent: +∞).',
    [`${STEP}.StepAdjustments[].ScalingAdjustment`]:
      'Tasks to add (negative: remove), a percentage, or the new count, per AdjustmentType.',
    [`${STEP}.MinAdjustmentMagnitude`]: 'For PercentChangeInCapacity: change by at least this many tasks.',
    [`${STEP}.Cooldown`]:
      'Seconds to let a scaling take effect before the policy scales again the same way (default 300).',
    [`${STEP}.MetricAggregationType`]:
      'How the alarm’s datapoints are folded into the value the steps compare: Average (default), Minimum or Maximum.',
    PredictiveScalingPolicyConfiguration: 'Predictive scaling. Not simulated: the sandbox refuses it.',
  },
  DeleteScalingPolicy: {
    ...key,
    PolicyName:
      'The policy to delete. A target tracking policy’s alarms go with it; a step policy’s alarm stays.',
  },
  DescribeScalingPolicies: {
    PolicyNames: 'Only policies with these names.',
    ServiceNamespace: NAMESPACE,
    ResourceId: RESOURCE,
    ScalableDimension: `${DIMENSION} Give ResourceId with it.`,
    ...page,
  },
  PutScheduledAction: {
    ...key,
    ScheduledActionName:
      'The action’s name, unique on the target (no `:`, `/` or `|`). Putting it again replaces the action.',
    Schedule:
      'When it runs, in UTC: `at(2026-01-01T09:00:00)` once; `rate(30 minutes)` repeatedly; `cron(0 9 * * ? *)` (minutes hours day-of-month month day-of-week year).',
    Timezone: 'The sandbox runs schedules in UTC only; leave this out (or give UTC).',
    StartTime: 'A recurring action runs from this time (UTC). Left out on an update: cleared.',
    EndTime: 'A recurring action stops after this time (UTC). Left out on an update: cleared.',
    ScalableTargetAction:
      'The bounds the action sets. The desired count moves into them if it is outside; cooldowns do not apply.',
    'ScalableTargetAction.MinCapacity': 'The new minimum task count.',
    'ScalableTargetAction.MaxCapacity': 'The new maximum task count.',
  },
  DeleteScheduledAction: {
    ...key,
    ScheduledActionName: 'The action to delete. The bounds it last set stay.',
  },
  DescribeScheduledActions: {
    ScheduledActionNames: 'Only actions with these names.',
    ServiceNamespace: NAMESPACE,
    ResourceId: RESOURCE,
    ScalableDimension: `${DIMENSION} Give ResourceId with it.`,
    ...page,
  },
  DescribeScalingActivities: {
    ServiceNamespace: NAMESPACE,
    ResourceId: RESOURCE,
    ScalableDimension: `${DIMENSION} Give ResourceId with it.`,
    ...page,
    IncludeNotScaledActivities:
      'Also list times scaling decided not to act. Not simulated: the sandbox lists the scalings done.',
  },
};
