import {
  metricKey,
  type AlarmState,
  type ComparisonOperator,
  type DeepReadonly,
  type Dimension,
  type MetricAlarm,
  type MetricSeries,
  type Service,
  type SimState,
  type Statistic,
} from '../engine/index';
import { arnName } from '../lib/arn';

/**
 * The scaling chart of one service and its cluster, read off the engine state at the session's time: the load,
 * the scaling metric and its target, the alarms' states, the task counts and the cluster's instances per minute
 * (from the CloudWatch store), and each scaling activity with its cause in a few words. Pure: nothing is
 * stored, so the chart follows the time scrubber and undo by being rebuilt. Tolerant of what is missing: a
 * service without load, policy, alarms or groups gets a chart with those parts left out.
 *
 * The shape matches `ScalingChartData` in src/viz/scaling/types.ts (this layer cannot import viz).
 */

type State = DeepReadonly<SimState>;
type ReadAlarm = DeepReadonly<MetricAlarm>;
type ReadSeries = DeepReadonly<MetricSeries>;

export type ScalingPanel = 'load' | 'metric' | 'tasks' | 'instances';
export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'dashdot';

export interface ScalingSeries {
  readonly key: string;
  readonly panel: ScalingPanel;
  readonly label: string;
  readonly style: LineStyle;
  readonly step: boolean;
  readonly unit?: string;
  /** one value per minute of the window; NaN where no datapoint was published */
  readonly values: ReadonlyArray<number>;
}

export interface ScalingAlarm {
  readonly key: string;
  readonly label: string;
  readonly tier: 'service' | 'cluster';
  readonly segments: ReadonlyArray<{
    readonly from: number;
    readonly to: number;
    readonly state: AlarmState;
  }>;
}

export interface ScalingActivity {
  readonly key: string;
  readonly at: number;
  readonly tier: 'service' | 'cluster';
  readonly direction: 'out' | 'in' | 'set';
  readonly blocked: boolean;
  readonly label: string;
}

export interface ScalingMetric {
  readonly name: string;
  readonly short: string;
  readonly unit: string;
  readonly target?: number;
  readonly source: string;
}

export interface ScalingChart {
  readonly serviceName: string;
  readonly clusterName: string;
  readonly from: number;
  readonly now: number;
  readonly minutes: number;
  readonly metric: ScalingMetric;
  readonly series: ReadonlyArray<ScalingSeries>;
  readonly alarms: ReadonlyArray<ScalingAlarm>;
  readonly activities: ReadonlyArray<ScalingActivity>;
  readonly summary: string;
}

export interface ScalingChartOptions {
  /** show the last `hours` hours; default: since the first datapoint, at most 24 h */
  readonly hours?: number;
}

const MINUTE = 60;
const DAY = 24 * 3600;

/** A metric to read: where it is stored and how a minute is folded into one number. */
interface MetricRef {
  readonly namespace: string;
  readonly name: string;
  readonly dims: ReadonlyArray<Dimension>;
  readonly stat: Statistic;
}

const SHORT_NAMES: Readonly<Record<string, string>> = {
  CPUUtilization: 'CPU',
  MemoryUtilization: 'memory',
  RequestCountPerTarget: 'requests per target',
  CapacityProviderReservation: 'CPR',
  CPUReservation: 'CPU reserved',
  MemoryReservation: 'memory reserved',
  RequestsPerSecond: 'requests/s',
};
const shortName = (metric: string) => SHORT_NAMES[metric] ?? metric;
const unitOf = (metric: string) => (/Utilization|Reservation/.test(metric) ? '%' : '');

/** The metric a target tracking policy's predefined type stands for (ecs-reference §9.2). */
function predefinedMetric(
  type: string,
  label: string | undefined,
  cluster: string,
  service: string,
): MetricRef | undefined {
  const dims = [
    { Name: 'ClusterName', Value: cluster },
    { Name: 'ServiceName', Value: service },
  ];
  if (type.startsWith('ECSServiceAverageCPUUtilization')) {
    return { namespace: 'AWS/ECS', name: 'CPUUtilization', dims, stat: 'Average' };
  }
  if (type.startsWith('ECSServiceAverageMemoryUtilization')) {
    return { namespace: 'AWS/ECS', name: 'MemoryUtilization', dims, stat: 'Average' };
  }
  if (type === 'ALBRequestCountPerTarget' && label) {
    // ResourceLabel is app/<lb>/<id>/targetgroup/<tg>/<id>; the metric is published with {TargetGroup} alone
    const at = label.indexOf('targetgroup/');
    if (at < 0) return undefined;
    return {
      namespace: 'AWS/ApplicationELB',
      name: 'RequestCountPerTarget',
      dims: [{ Name: 'TargetGroup', Value: label.slice(at) }],
      stat: 'Sum',
    };
  }
  return undefined;
}

interface PolicyView {
  readonly arn: string;
  readonly name: string;
  readonly type: string;
  readonly target?: number;
  readonly metric?: MetricRef;
  /** the alarms a target tracking policy owns */
  readonly alarms: ReadonlyArray<string>;
}

/** The service's scaling policies, by name. */
function policiesOf(state: State, resourceId: string, cluster: string, service: string): PolicyView[] {
  const out: PolicyView[] = [];
  for (const p of Object.values(state.applicationAutoScaling.policies)) {
    if (p.ResourceId !== resourceId) continue;
    const tt = p.TargetTrackingScalingPolicyConfiguration;
    const pre = tt?.PredefinedMetricSpecification;
    const custom = tt?.CustomizedMetricSpecification;
    let metric: MetricRef | undefined;
    if (pre) metric = predefinedMetric(pre.PredefinedMetricType, pre.ResourceLabel, cluster, service);
    else if (custom) {
      metric = {
        namespace: custom.Namespace,
        name: custom.MetricName,
        dims: custom.Dimensions ?? [],
        stat: custom.Statistic,
      };
    }
    out.push({
      arn: p.PolicyARN,
      name: p.PolicyName,
      type: p.PolicyType,
      alarms: p.Alarms.map((a) => a.AlarmName),
      ...(tt ? { target: tt.TargetValue } : {}),
      ...(metric ? { metric } : {}),
    });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const alarmMetric = (a: ReadAlarm): MetricRef => ({
  namespace: a.Namespace,
  name: a.MetricName,
  dims: a.Dimensions,
  stat: a.Statistic,
});

/**
 * The metric the chart shows against a target: the first target tracking policy's; else the metric of the alarm
 * that invokes a step scaling policy, its threshold as the line; else the service's CPU, without a target.
 */
function scalingMetric(
  policies: ReadonlyArray<PolicyView>,
  alarms: ReadonlyArray<ReadAlarm>,
  cluster: string,
  service: string,
): { ref: MetricRef; info: ScalingMetric } {
  const tracking =
    policies.find((p) => p.metric && p.type === 'TargetTrackingScaling') ?? policies.find((p) => p.metric);
  if (tracking?.metric) {
    // the alarms the policy owns watch exactly the metric it tracks (namespace, dimensions, statistic): read
    // that one; the predefined type's metric is the fallback while the alarms do not exist
    const owned = alarms.find((a) => tracking.alarms.includes(a.AlarmName));
    const m = owned ? alarmMetric(owned) : tracking.metric;
    return {
      ref: m,
      info: {
        name: m.name,
        short: shortName(m.name),
        unit: unitOf(m.name),
        ...(tracking.target !== undefined ? { target: tracking.target } : {}),
        source: `target tracking policy ${tracking.name}`,
      },
    };
  }
  for (const p of policies) {
    const alarm = alarms.find((a) => a.AlarmActions.includes(p.arn));
    if (alarm) {
      return {
        ref: alarmMetric(alarm),
        info: {
          name: alarm.MetricName,
          short: shortName(alarm.MetricName),
          unit: unitOf(alarm.MetricName),
          target: alarm.Threshold,
          source: `alarm ${alarm.AlarmName} of policy ${p.name}`,
        },
      };
    }
  }
  const dims = [
    { Name: 'ClusterName', Value: cluster },
    { Name: 'ServiceName', Value: service },
  ];
  return {
    ref: { namespace: 'AWS/ECS', name: 'CPUUtilization', dims, stat: 'Average' },
    info: {
      name: 'CPUUtilization',
      short: 'CPU',
      unit: '%',
      source: 'no scaling policy: the service CPU is shown',
    },
  };
}

// ——— metric series on the window's minute grid ———

const seriesOf = (state: State, m: MetricRef): ReadSeries | undefined =>
  state.cloudwatch.metrics[metricKey(m.namespace, m.name, m.dims)];

/** The first minute any of the series has data for (undefined when none has any). */
function firstDatapoint(series: ReadonlyArray<ReadSeries | undefined>): number | undefined {
  let first: number | undefined;
  for (const s of series) {
    const t = s?.chunks[0]?.[0]?.t;
    if (t !== undefined && (first === undefined || t < first)) first = t;
  }
  return first;
}

function statOf(p: { sampleCount: number; sum: number; min: number; max: number }, stat: Statistic): number {
  switch (stat) {
    case 'Average':
      return p.sampleCount > 0 ? p.sum / p.sampleCount : Number.NaN;
    case 'Sum':
      return p.sum;
    case 'Minimum':
      return p.min;
    case 'Maximum':
      return p.max;
    case 'SampleCount':
      return p.sampleCount;
  }
}

/** One value per minute of [from, from + 60 × minutes): the statistic of that minute's datapoint, else NaN. */
function onGrid(series: ReadSeries | undefined, stat: Statistic, from: number, minutes: number): number[] {
  const values = new Array<number>(minutes).fill(Number.NaN);
  if (!series) return values;
  const to = from + minutes * MINUTE;
  for (const chunk of series.chunks) {
    const last = chunk[chunk.length - 1];
    if (!last || last.t < from || chunk[0]!.t >= to) continue;
    for (const p of chunk) {
      if (p.t < from || p.t >= to) continue;
      values[Math.floor((p.t - from) / MINUTE)] = statOf(p, stat);
    }
  }
  return values;
}

/** Per minute, the sum of several grids (NaN where none has data). */
function sumGrids(grids: ReadonlyArray<ReadonlyArray<number>>, minutes: number): number[] {
  const out = new Array<number>(minutes).fill(Number.NaN);
  for (const g of grids) {
    for (let i = 0; i < minutes; i++) {
      const v = g[i]!;
      if (Number.isFinite(v)) out[i] = (Number.isFinite(out[i]!) ? out[i]! : 0) + v;
    }
  }
  return out;
}

/** The value of the latest minute of a metric that had ended by `t` (what an alarm evaluated at `t` last saw). */
function valueBefore(state: State, m: MetricRef, t: number): number | undefined {
  const s = seriesOf(state, m);
  if (!s) return undefined;
  for (let c = s.chunks.length - 1; c >= 0; c--) {
    const chunk = s.chunks[c]!;
    for (let i = chunk.length - 1; i >= 0; i--) {
      const p = chunk[i]!;
      if (p.t + MINUTE <= t) return statOf(p, m.stat);
    }
  }
  return undefined;
}

// ——— the cluster: its Auto Scaling groups ———

/** The cluster's groups: those behind its capacity providers and those its instances were launched by. */
function groupsOfCluster(state: State, clusterArn: string): string[] {
  const names = new Set<string>();
  const cluster = state.ecs.clusters[clusterArn];
  const providers = Object.values(state.ecs.capacityProviders);
  for (const name of cluster?.capacityProviders ?? []) {
    const cp = providers.find((p) => p.name === name);
    const arn = cp?.autoScalingGroupProvider?.autoScalingGroupArn;
    if (!arn) continue;
    const group = Object.values(state.autoscaling.groups).find(
      (g) => g.AutoScalingGroupARN === arn || g.AutoScalingGroupName === arn,
    );
    if (group) names.add(group.AutoScalingGroupName);
  }
  for (const ci of Object.values(state.ecs.containerInstances)) {
    if (ci.clusterArn !== clusterArn) continue;
    const tag = state.ec2.instances[ci.ec2InstanceId]?.Tags.find(
      (t) => t.Key === 'aws:autoscaling:groupName',
    );
    if (tag && state.autoscaling.groups[tag.Value]) names.add(tag.Value);
  }
  return [...names].sort();
}

// ——— PROVISIONING tasks ———

/**
 * Per minute, how many tasks of the cluster were waiting for capacity (PROVISIONING) at some moment of it. The
 * state keeps no status history, so the wait is read off the records: a task still PROVISIONING waits until now;
 * a task placed on an instance that registered after the task was created waited until its instance was there
 * (until it began pulling, or started); a task stopped without an instance waited until it stopped. Stopped
 * tasks leave the state after an hour, so older waits are not counted.
 */
function provisioningGrid(
  state: State,
  clusterArn: string,
  from: number,
  minutes: number,
  now: number,
): number[] {
  const counts = new Array<number>(minutes).fill(0);
  for (const task of Object.values(state.ecs.tasks)) {
    if (task.clusterArn !== clusterArn) continue;
    let end: number | undefined;
    if (task.lastStatus === 'PROVISIONING') end = now;
    else if (task.containerInstanceArn) {
      const ci = state.ecs.containerInstances[task.containerInstanceArn];
      if (ci && ci.registeredAt > task.createdAt)
        end = task.pullStartedAt ?? task.startedAt ?? ci.registeredAt;
    } else if (task.stoppedAt !== undefined && task.launchType === 'EC2') end = task.stoppedAt;
    if (end === undefined || end <= task.createdAt) continue;
    const first = Math.max(0, Math.floor((task.createdAt - from) / MINUTE));
    const last = Math.min(minutes - 1, Math.ceil((end - from) / MINUTE) - 1);
    for (let i = first; i <= last; i++) counts[i]!++;
  }
  return counts;
}

// ——— alarms ———

const OPERATOR_SIGNS: Readonly<Record<ComparisonOperator, string>> = {
  GreaterThanThreshold: '>',
  GreaterThanOrEqualToThreshold: '≥',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '≤',
};

const hasDims = (a: ReadAlarm, want: Readonly<Record<string, string>>) =>
  Object.entries(want).every(([n, v]) => a.Dimensions.some((d) => d.Name === n && d.Value === v));

/** A short name for an alarm's row: "CPU high", "CPR low", "group CPU high", or the metric against its threshold. */
function alarmLabel(a: ReadAlarm): string {
  const side = /AlarmHigh|-high\b|High$/i.test(a.AlarmName)
    ? ' high'
    : /AlarmLow|-low\b|Low$/i.test(a.AlarmName)
      ? ' low'
      : '';
  // a group's metric (its instances' CPU) is told apart from the service's own
  const group = a.Dimensions.some((d) => d.Name === 'AutoScalingGroupName') ? 'group ' : '';
  const short = `${group}${shortName(a.MetricName)}`;
  const text = side
    ? `${short}${side}`
    : `${short} ${OPERATOR_SIGNS[a.ComparisonOperator]} ${fmt(a.Threshold)}`;
  return text.length <= 22 ? text : `${text.slice(0, 21)}…`;
}

/** Consecutive state segments over [from, now] from the alarm's history (newest last, at most 50 kept). */
function alarmSegments(a: ReadAlarm, from: number, now: number): ScalingAlarm['segments'] {
  const history = a.history;
  const segments: Array<{ from: number; to: number; state: AlarmState }> = [];
  // before the first change kept: the state it left, from its creation when that is known (an alarm never
  // reconfigured was configured when created), else from the window's start
  const first = history[0];
  let state: AlarmState = first ? first.from : a.StateValue;
  let start = first
    ? a.ConfigurationUpdatedAt <= first.at
      ? a.ConfigurationUpdatedAt
      : from
    : Math.min(a.StateUpdatedAt, a.ConfigurationUpdatedAt);
  for (const h of history) {
    if (h.at > start) segments.push({ from: start, to: h.at, state });
    state = h.to;
    start = h.at;
  }
  if (now > start) segments.push({ from: start, to: now, state });
  return segments
    .filter((s) => s.to > from && s.from < now)
    .map((s) => ({ ...s, from: Math.max(s.from, from), to: Math.min(s.to, now) }));
}

// ——— activities ———

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10));
const unitText = (unit: string) => (unit === '%' ? ' %' : unit ? ` ${unit}` : '');

interface RawActivity {
  readonly key: string;
  readonly at: number;
  readonly tier: 'service' | 'cluster';
  readonly description: string;
  readonly cause: string;
  readonly status: string;
  readonly message: string;
  readonly seq: number;
}

/** The reason a scaling did not happen, in a word or two, from the words of its record. */
function blockedReason(text: string): string {
  if (/cooldown/i.test(text)) return 'cooldown';
  if (/deployment/i.test(text)) return 'deployment in progress';
  if (/suspend/i.test(text)) return 'suspended';
  if (/max(imum)?\b|MaxCapacity|MaxSize/i.test(text)) return 'at maximum';
  if (/min(imum)?\b|MinCapacity|MinSize/i.test(text)) return 'at minimum';
  if (/insufficient|no data/i.test(text)) return 'no data';
  if (/capacity|placement|unable/i.test(text)) return 'no capacity';
  return 'failed';
}

/** The cause of an activity in a few words, with the alarm's reading when an alarm set it off. */
function causeText(a: RawActivity, state: State, alarms: ReadonlyArray<ReadAlarm>): string {
  const text = `${a.cause} ${a.description}`;
  const alarm = [...alarms]
    .sort((x, y) => y.AlarmName.length - x.AlarmName.length)
    .find((al) => text.includes(al.AlarmName));
  if (alarm || /\balarm\b/i.test(text)) {
    const name = alarm?.AlarmName ?? /alarm\s+(\S+)/i.exec(text)?.[1] ?? '';
    const side = /AlarmHigh/i.test(name)
      ? 'alarm high'
      : /AlarmLow/i.test(name)
        ? 'alarm low'
        : `alarm ${name}`.trim();
    if (!alarm) return side;
    const value = valueBefore(state, alarmMetric(alarm), a.at);
    const unit = unitText(unitOf(alarm.MetricName));
    const reading =
      value === undefined
        ? ''
        : ` (${shortName(alarm.MetricName)} ${fmt(value)}${unit} ${OPERATOR_SIGNS[alarm.ComparisonOperator]} ${fmt(alarm.Threshold)}${unit})`;
    return `${side}${reading}`;
  }
  const scheduled = /scheduled action(?: name)?\s+(\S+)/i.exec(text);
  if (scheduled) return `scheduled action ${scheduled[1]!.replace(/[.,]$/, '')}`;
  if (/scheduled/i.test(text)) return 'scheduled action';
  if (/user request|SetDesiredCapacity|UpdateService|manual/i.test(text)) return 'by request';
  if (/difference between desired and actual|replac|unhealthy/i.test(text)) return 'replacing capacity';
  if (/managed scaling|capacity provider/i.test(text)) return 'managed scaling';
  return a.cause.split(/[.;]/)[0]!.trim().slice(0, 40) || 'no cause given';
}

/** Capacity before and after, from the record's words ("from 2 to 4", "desired count to 4") or the grid. */
function capacities(a: RawActivity, before: number | undefined): { from?: number; to?: number } {
  const text = `${a.description} ${a.cause} ${a.message}`;
  const both = /from (\d+) to (\d+)/i.exec(text);
  if (both) return { from: Number(both[1]), to: Number(both[2]) };
  const to = /(?:count|capacity) to (\d+)/i.exec(text) ?? /to (\d+)\.?\s*$/i.exec(a.description);
  return {
    ...(before !== undefined && Number.isFinite(before) ? { from: before } : {}),
    ...(to ? { to: Number(to[1]) } : {}),
  };
}

function activityOf(
  a: RawActivity,
  state: State,
  alarms: ReadonlyArray<ReadAlarm>,
  before: number | undefined,
): ScalingActivity {
  const blocked = a.status === 'Failed' || a.status === 'Unfulfilled' || a.status === 'Cancelled';
  const { from, to } = capacities(a, before);
  const words = `${a.description} ${a.cause}`;
  let direction: ScalingActivity['direction'] = 'set';
  if (from !== undefined && to !== undefined && from !== to) direction = to > from ? 'out' : 'in';
  else if (/scal\w* out|increas|launch/i.test(words)) direction = 'out';
  else if (/scal\w* in\b|decreas|terminat/i.test(words)) direction = 'in';
  const prefix = a.tier === 'cluster' ? 'instances ' : '';
  const cause = causeText(a, state, alarms);
  if (blocked) {
    const reason = blockedReason(`${a.message} ${a.cause} ${a.description}`);
    return {
      key: a.key,
      at: a.at,
      tier: a.tier,
      direction,
      blocked,
      label: `${prefix}${direction} blocked: ${reason}`,
    };
  }
  const change =
    from !== undefined && to !== undefined ? ` ${from}→${to}` : to !== undefined ? ` to ${to}` : '';
  return {
    key: a.key,
    at: a.at,
    tier: a.tier,
    direction,
    blocked,
    label: `${prefix}${direction}${change}: ${cause}`,
  };
}

function rawActivities(
  state: State,
  resourceId: string,
  groups: ReadonlyArray<string>,
  from: number,
  now: number,
): RawActivity[] {
  const out: RawActivity[] = [];
  for (const r of Object.values(state.applicationAutoScaling.activities)) {
    if (r.ResourceId !== resourceId || r.StartTime < from || r.StartTime > now) continue;
    out.push({
      key: `svc:${r.ActivityId}`,
      at: r.StartTime,
      tier: 'service',
      description: r.Description,
      cause: r.Cause,
      status: r.StatusCode,
      message: r.StatusMessage,
      seq: r.seq,
    });
  }
  // a group repeats one Cause on every instance it launches or terminates for one change: one entry per change
  const seen = new Set<string>();
  let n = 0;
  for (const r of Object.values(state.autoscaling.activities)) {
    n++;
    if (!groups.includes(r.AutoScalingGroupName) || r.StartTime < from || r.StartTime > now) continue;
    const change = `${r.AutoScalingGroupName}|${Math.floor(r.StartTime / MINUTE)}|${r.StatusCode}|${r.Cause}`;
    if (seen.has(change)) continue;
    seen.add(change);
    out.push({
      key: `asg:${r.ActivityId}`,
      at: r.StartTime,
      tier: 'cluster',
      description: r.Description,
      cause: r.Cause,
      status: r.StatusCode,
      message: r.StatusMessage ?? '',
      seq: n,
    });
  }
  return out.sort(
    (a, b) => a.at - b.at || (a.tier === b.tier ? a.seq - b.seq : a.tier === 'service' ? -1 : 1),
  );
}

// ——— the chart ———

/** The value of a grid at the minute before `t` (the count an activity at `t` started from). */
function gridBefore(grid: ReadonlyArray<number>, from: number, t: number): number | undefined {
  for (let i = Math.min(grid.length - 1, Math.floor((t - from) / MINUTE) - 1); i >= 0; i--) {
    if (Number.isFinite(grid[i]!)) return grid[i]!;
  }
  return undefined;
}

const latest = (values: ReadonlyArray<number>): number | undefined => {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i]!)) return values[i]!;
  return undefined;
};

/**
 * The scaling chart of a service at the state's time (undefined when there is no such service). The window
 * ends now and starts at the first datapoint, at most 24 h back, or `hours` back when given.
 */
export function buildScalingChart(
  state: State,
  serviceArn: string,
  options: ScalingChartOptions = {},
): ScalingChart | undefined {
  const service: DeepReadonly<Service> | undefined = state.ecs.services[serviceArn];
  if (!service) return undefined;
  const now = state.clock.now;
  const clusterName = arnName(service.clusterArn);
  const serviceName = service.serviceName;
  const resourceId = `service/${clusterName}/${serviceName}`;
  const svcDims = [
    { Name: 'ClusterName', Value: clusterName },
    { Name: 'ServiceName', Value: serviceName },
  ];
  const ref = (namespace: string, name: string, dims = svcDims, stat: Statistic = 'Average'): MetricRef => ({
    namespace,
    name,
    dims,
    stat,
  });

  const allAlarms = Object.values(state.cloudwatch.alarms);
  const policies = policiesOf(state, resourceId, clusterName, serviceName);
  const groups = groupsOfCluster(state, service.clusterArn);
  const metric = scalingMetric(policies, allAlarms, clusterName, serviceName);

  const refs = {
    load: ref('Sandbox/Load', 'RequestsPerSecond'),
    desired: ref('ECS/ContainerInsights', 'DesiredTaskCount'),
    running: ref('ECS/ContainerInsights', 'RunningTaskCount'),
    pending: ref('ECS/ContainerInsights', 'PendingTaskCount'),
  };
  const groupRefs = groups.map((g) => ({
    inService: ref('AWS/AutoScaling', 'GroupInServiceInstances', [
      { Name: 'AutoScalingGroupName', Value: g },
    ]),
    desired: ref('AWS/AutoScaling', 'GroupDesiredCapacity', [{ Name: 'AutoScalingGroupName', Value: g }]),
  }));

  // the window: whole minutes up to now
  const stored = [
    refs.load,
    refs.desired,
    refs.running,
    metric.ref,
    ...groupRefs.map((g) => g.inService),
  ].map((r) => seriesOf(state, r));
  const nowMinute = Math.floor(now / MINUTE) * MINUTE;
  const earliest = Math.max(0, now - (options.hours !== undefined ? options.hours * 3600 : DAY));
  const start =
    options.hours !== undefined ? earliest : Math.max(earliest, firstDatapoint(stored) ?? nowMinute);
  const from = Math.min(Math.ceil(start / MINUTE) * MINUTE, nowMinute);
  const minutes = Math.max(0, Math.ceil((now - from) / MINUTE));

  const grid = (r: MetricRef) => onGrid(seriesOf(state, r), r.stat, from, minutes);
  const desired = grid(refs.desired);
  const series: ScalingSeries[] = [
    {
      key: 'load',
      panel: 'load',
      label: 'requests/s',
      style: 'solid',
      step: false,
      unit: 'req/s',
      values: grid(refs.load),
    },
    {
      key: 'metric',
      panel: 'metric',
      label: metric.info.short,
      style: 'solid',
      step: false,
      unit: metric.info.unit,
      values: grid(metric.ref),
    },
    // desired after running (and desired instances after those in service): the dashed line lies over the solid one
    {
      key: 'running',
      panel: 'tasks',
      label: 'running tasks',
      style: 'solid',
      step: true,
      values: grid(refs.running),
    },
    { key: 'desired', panel: 'tasks', label: 'desired tasks', style: 'dashed', step: true, values: desired },
    {
      key: 'pending',
      panel: 'tasks',
      label: 'pending tasks',
      style: 'dotted',
      step: true,
      values: grid(refs.pending),
    },
    {
      key: 'provisioning',
      panel: 'tasks',
      label: 'PROVISIONING tasks (cluster)',
      style: 'dashdot',
      step: true,
      values: provisioningGrid(state, service.clusterArn, from, minutes, now),
    },
  ];
  let groupDesired: number[] = [];
  if (groups.length) {
    const inService = sumGrids(
      groupRefs.map((g) => grid(g.inService)),
      minutes,
    );
    groupDesired = sumGrids(
      groupRefs.map((g) => grid(g.desired)),
      minutes,
    );
    series.push(
      {
        key: 'instances',
        panel: 'instances',
        label: 'instances in service',
        style: 'solid',
        step: true,
        values: inService,
      },
      {
        key: 'instancesDesired',
        panel: 'instances',
        label: 'desired instances',
        style: 'dashed',
        step: true,
        values: groupDesired,
      },
    );
  }

  // the alarms of the service (on its metrics or invoking its policies) and of its cluster's scaling
  const policyArns = new Set(policies.map((p) => p.arn));
  const owned = new Set(policies.flatMap((p) => p.alarms));
  const alarms: ScalingAlarm[] = [];
  for (const a of allAlarms) {
    const serviceSide =
      owned.has(a.AlarmName) ||
      hasDims(a, { ClusterName: clusterName, ServiceName: serviceName }) ||
      a.AlarmActions.some((arn) => policyArns.has(arn)) ||
      (a.ownedBy !== undefined && policyArns.has(a.ownedBy));
    const clusterSide =
      !serviceSide &&
      ((hasDims(a, { ClusterName: clusterName }) &&
        a.Dimensions.some((d) => d.Name === 'CapacityProviderName')) ||
        a.Dimensions.some((d) => d.Name === 'AutoScalingGroupName' && groups.includes(d.Value)));
    if (!serviceSide && !clusterSide) continue;
    alarms.push({
      key: a.AlarmName,
      label: alarmLabel(a),
      tier: serviceSide ? 'service' : 'cluster',
      segments: alarmSegments(a, from, now),
    });
  }
  alarms.sort((a, b) => (a.tier !== b.tier ? (a.tier === 'service' ? -1 : 1) : a.key < b.key ? -1 : 1));

  const activities = rawActivities(state, resourceId, groups, from, now).map((a) =>
    activityOf(a, state, allAlarms, gridBefore(a.tier === 'service' ? desired : groupDesired, from, a.at)),
  );

  const chart = {
    serviceName,
    clusterName,
    from,
    now,
    minutes,
    metric: metric.info,
    series,
    alarms,
    activities,
  };
  return { ...chart, summary: summarise(chart) };
}

/** One paragraph for screen readers: the window, the latest numbers, the alarms in ALARM, how many activities. */
function summarise(c: Omit<ScalingChart, 'summary'>): string {
  const value = (key: string) => latest(c.series.find((s) => s.key === key)?.values ?? []);
  const parts: string[] = [];
  const hm = (t: number) => `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}`;
  parts.push(
    `Scaling of service ${c.serviceName} in cluster ${c.clusterName}, ${hm(c.from)} to ${hm(c.now)}.`,
  );
  if (c.minutes === 0 || c.series.every((s) => s.key === 'provisioning' || latest(s.values) === undefined)) {
    parts.push('No metrics yet: they are published once a minute.');
  } else {
    const load = value('load');
    if (load !== undefined) parts.push(`Load ${fmt(load)} requests/s.`);
    const m = value('metric');
    const unit = unitText(c.metric.unit);
    if (m !== undefined) {
      parts.push(
        `${c.metric.short} ${fmt(m)}${unit}${c.metric.target !== undefined ? ` against a target of ${fmt(c.metric.target)}${unit}` : ''}.`,
      );
    }
    const running = value('running');
    const desired = value('desired');
    if (running !== undefined || desired !== undefined) {
      parts.push(
        `${running ?? 'no count of'} running of ${desired ?? 'an unknown number of'} desired tasks.`,
      );
    }
    const instances = value('instances');
    if (instances !== undefined) parts.push(`${instances} instances in service.`);
  }
  const firing = c.alarms.filter((a) => a.segments.at(-1)?.state === 'ALARM').map((a) => a.label);
  if (firing.length) parts.push(`In ALARM: ${firing.join(', ')}.`);
  parts.push(
    c.activities.length === 0
      ? 'No scaling activity in this window.'
      : `${c.activities.length} scaling ${c.activities.length === 1 ? 'activity' : 'activities'}, listed in the table.`,
  );
  return parts.join(' ');
}
