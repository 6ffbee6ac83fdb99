import type { EngineContext } from '../context';
import type { AlarmState, ComparisonOperator, MetricAlarm } from '../model/cloudwatch';
import { onMinute } from '../scaling/minute';
import { metricKey, periodValues } from './metrics';

/**
 * Alarm evaluation (CloudWatch's rules, ecs-reference §9.2 and §8.3): at the end of each of its periods an alarm
 * looks at its last `EvaluationPeriods` periods and goes to ALARM when `DatapointsToAlarm` of them breach.
 * Missing periods follow `TreatMissingData` (`missing`: left out, and with no data at all the alarm is
 * INSUFFICIENT_DATA). On a state change it invokes that state's actions; an action that is a scaling policy is
 * also invoked again at every evaluation while the alarm stays in ALARM, as Auto Scaling's alarms are, so a policy
 * keeps stepping once its cooldown is over.
 */

/** A module that owns scaling policies answers for the actions that are its policies' ARNs. */
export type AlarmActionHandler = (ctx: EngineContext, actionArn: string, alarm: MetricAlarm) => boolean;
const actionHandlers: AlarmActionHandler[] = [];

export function onAlarmAction(handler: AlarmActionHandler): void {
  if (!actionHandlers.includes(handler)) actionHandlers.push(handler);
}

const HISTORY = 50;

const breaches = (op: ComparisonOperator, value: number, threshold: number): boolean => {
  switch (op) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
  }
};

const SYMBOL: Record<ComparisonOperator, string> = {
  GreaterThanOrEqualToThreshold: '>=',
  GreaterThanThreshold: '>',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '<=',
};

export interface AlarmVerdict {
  readonly state: AlarmState;
  readonly reason: string;
}

/** What an alarm's periods say at time `now` (a period boundary), before actions. */
export function judgeAlarm(ctx: EngineContext, alarm: MetricAlarm): AlarmVerdict {
  const P = alarm.Period;
  const end = Math.floor(ctx.now / P) * P;
  const start = end - alarm.EvaluationPeriods * P;
  const series = ctx.state.cloudwatch.metrics[metricKey(alarm.Namespace, alarm.MetricName, alarm.Dimensions)];
  const values = periodValues(series, alarm.Statistic, P, start, end);
  const missing = alarm.EvaluationPeriods - values.length;
  let breaching = values.filter((v) => breaches(alarm.ComparisonOperator, v.value, alarm.Threshold)).length;
  if (alarm.TreatMissingData === 'breaching') breaching += missing;
  const shown = values.map((v) => Number(v.value.toFixed(3))).join(', ');
  const rule = `${alarm.DatapointsToAlarm} of ${alarm.EvaluationPeriods} datapoints ${SYMBOL[alarm.ComparisonOperator]} ${alarm.Threshold}`;
  if (breaching >= alarm.DatapointsToAlarm) {
    return {
      state: 'ALARM',
      reason: `Threshold Crossed: ${breaching} datapoint(s) breaching (${shown || 'missing data'}); alarm rule ${rule}.`,
    };
  }
  if (values.length === 0 && alarm.TreatMissingData === 'missing') {
    return {
      state: 'INSUFFICIENT_DATA',
      reason: `No datapoints in the last ${alarm.EvaluationPeriods} period(s).`,
    };
  }
  if (values.length === 0 && alarm.TreatMissingData === 'ignore') {
    return { state: alarm.StateValue, reason: alarm.StateReason };
  }
  return {
    state: 'OK',
    reason: `Threshold not crossed: ${breaching} datapoint(s) breaching (${shown || 'missing data treated as not breaching'}); alarm rule ${rule}.`,
  };
}

/** Sets an alarm's state, keeping its history and logging the change. */
export function setAlarmState(ctx: EngineContext, alarm: MetricAlarm, verdict: AlarmVerdict): MetricAlarm {
  if (verdict.state === alarm.StateValue) return alarm;
  const next: MetricAlarm = {
    ...alarm,
    StateValue: verdict.state,
    StateReason: verdict.reason,
    StateUpdatedAt: ctx.now,
    history: [
      ...alarm.history.slice(-(HISTORY - 1)),
      { at: ctx.now, from: alarm.StateValue, to: verdict.state, reason: verdict.reason },
    ],
  };
  ctx.tx.set(ctx.state.cloudwatch.alarms, alarm.AlarmName, next);
  ctx.emit({
    type: 'AlarmStateChanged',
    at: ctx.now,
    alarmName: alarm.AlarmName,
    from: alarm.StateValue,
    to: verdict.state,
    reason: verdict.reason,
  });
  return next;
}

function invoke(ctx: EngineContext, actionArn: string, alarm: MetricAlarm): void {
  for (const handler of actionHandlers) if (handler(ctx, actionArn, alarm)) return;
}

const isScalingPolicy = (arn: string) => arn.includes(':scalingPolicy:');

/** Evaluates one alarm now and runs its actions. */
export function evaluateAlarm(ctx: EngineContext, alarm: MetricAlarm): void {
  const before = alarm.StateValue;
  const after = setAlarmState(ctx, alarm, judgeAlarm(ctx, alarm));
  if (!after.ActionsEnabled) return;
  const actions =
    after.StateValue === 'ALARM'
      ? after.AlarmActions
      : after.StateValue === 'OK'
        ? after.OKActions
        : after.InsufficientDataActions;
  for (const arn of actions) {
    if (after.StateValue !== before || (after.StateValue === 'ALARM' && isScalingPolicy(arn))) {
      invoke(ctx, arn, after);
    }
  }
}

function evaluateDueAlarms(ctx: EngineContext): void {
  for (const name of Object.keys(ctx.state.cloudwatch.alarms).sort()) {
    const alarm = ctx.state.cloudwatch.alarms[name];
    if (alarm && ctx.now % alarm.Period === 0) evaluateAlarm(ctx, alarm);
  }
}

export function registerAlarmEvaluation(): void {
  onMinute('alarms', evaluateDueAlarms);
}
