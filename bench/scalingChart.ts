import { buildScalingChart } from '../src/app/scalingChart';
import {
  metricKey,
  type AlarmHistoryItem,
  type DeepReadonly,
  type Dimension,
  type SimState,
} from '../src/engine/index';
import { createScalingChart } from '../src/viz/scaling/render';
import { percentile } from './percentile';

/**
 * The scaling chart while scrubbing a simulated day: a plain state (built without running the engine, as the
 * cluster map's bench does) holding a day of 1-minute datapoints for the chart's series — a daily load curve,
 * the CPU that follows it, desired/running/pending tasks, a group's instances and desired capacity — with the
 * target tracking alarms' state changes and ~60 scaling activities. Each frame takes the state at another
 * scrubber time (the clock moved back over the day) and times the chart's work for it: the derivation from the
 * state (app/scalingChart.ts), and the layout plus the SVG update (viz/scaling).
 *
 * `npm run bench` runs it in headless Chromium (bench/scalingChart.html, driven by bench/scalingChartFrames.ts),
 * where the `getBoundingClientRect` at the end of each frame adds the browser's style and layout to the figure,
 * and under jsdom, which measures our code with a slow DOM and no layout (an upper bound, not the target's
 * figure).
 */

const DAY = 24 * 3600;
const CLUSTER_ARN = 'arn:aws:ecs:us-east-1:123456789012:cluster/bench';
const SERVICE_ARN = 'arn:aws:ecs:us-east-1:123456789012:service/bench/web';
const GROUP = 'bench-asg';
const HIGH = 'TargetTracking-service/bench/web-AlarmHigh-1';
const LOW = 'TargetTracking-service/bench/web-AlarmLow-2';

type Point = { t: number; sampleCount: number; sum: number; min: number; max: number };

/** A seeded day of everything the chart reads, for `buildScalingChart(state, SERVICE_ARN)`. */
export function scalingDayState(): { state: SimState; serviceArn: string } {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const svcDims: Dimension[] = [
    { Name: 'ClusterName', Value: 'bench' },
    { Name: 'ServiceName', Value: 'web' },
  ];
  const groupDims: Dimension[] = [{ Name: 'AutoScalingGroupName', Value: GROUP }];
  const columns: Record<string, { ns: string; name: string; dims: Dimension[]; points: Point[] }> = {};
  const put = (ns: string, name: string, dims: Dimension[], t: number, samples: number[]) => {
    const key = metricKey(ns, name, dims);
    columns[key] ??= { ns, name, dims, points: [] };
    const sum = samples.reduce((a, b) => a + b, 0);
    columns[key].points.push({
      t,
      sampleCount: samples.length,
      sum,
      min: Math.min(...samples),
      max: Math.max(...samples),
    });
  };

  const history: AlarmHistoryItem[] = [];
  const activities: Record<string, unknown> = {};
  const asgActivities: Record<string, unknown> = {};
  let desired = 2;
  let running = 2;
  let instances = 2;
  let alarm: 'OK' | 'ALARM' = 'OK';
  let cooldownUntil = 0;
  let seq = 0;
  for (let m = 0; m < 1440; m++) {
    const t = m * 60;
    const load = 200 + 800 * Math.max(0, Math.sin(((m - 360) / 1440) * 2 * Math.PI)) + 40 * random();
    const cpu = Math.min(100, (load / Math.max(1, running)) * 0.6);
    put('Sandbox/Load', 'RequestsPerSecond', svcDims, t, [load]);
    put(
      'AWS/ECS',
      'CPUUtilization',
      svcDims,
      t,
      Array.from({ length: running }, () => cpu + 4 * random()),
    );
    put('ECS/ContainerInsights', 'DesiredTaskCount', svcDims, t, [desired]);
    put('ECS/ContainerInsights', 'RunningTaskCount', svcDims, t, [running]);
    put('ECS/ContainerInsights', 'PendingTaskCount', svcDims, t, [desired - running]);
    put('AWS/AutoScaling', 'GroupInServiceInstances', groupDims, t, [instances]);
    put('AWS/AutoScaling', 'GroupDesiredCapacity', groupDims, t, [Math.ceil(desired / 4)]);
    const next = cpu > 60 ? 'ALARM' : 'OK';
    if (next !== alarm) {
      history.push({ at: t + 60, from: alarm, to: next, reason: '' });
      alarm = next;
    }
    if (t >= cooldownUntil && (cpu > 60 || cpu < 40)) {
      const to = Math.max(2, Math.min(40, cpu > 60 ? Math.ceil((desired * cpu) / 60) : desired - 1));
      if (to !== desired) {
        const id = `a${++seq}`;
        activities[id] = {
          ActivityId: id,
          ServiceNamespace: 'ecs',
          ResourceId: 'service/bench/web',
          ScalableDimension: 'ecs:service:DesiredCount',
          Description: `Setting desired count to ${to}.`,
          Cause: `monitor alarm ${cpu > 60 ? HIGH : LOW} in state ALARM triggered policy cpu60`,
          StartTime: t + 60,
          EndTime: t + 60,
          StatusCode: 'Successful',
          StatusMessage: '',
          seq,
        };
        if (Math.ceil(to / 4) !== Math.ceil(desired / 4)) {
          asgActivities[`g${seq}`] = {
            ActivityId: `g${seq}`,
            AutoScalingGroupName: GROUP,
            Description: 'Launching a new EC2 instance',
            Cause: `changing the desired capacity from ${Math.ceil(desired / 4)} to ${Math.ceil(to / 4)}.`,
            StartTime: t + 60,
            StatusCode: 'Successful',
          };
        }
        desired = to;
        cooldownUntil = t + 300;
      }
    }
    running += Math.sign(desired - running);
    instances += Math.sign(Math.ceil(desired / 4) - instances);
  }

  const metrics: Record<string, unknown> = {};
  for (const [key, c] of Object.entries(columns)) {
    const chunks: Point[][] = [];
    for (let i = 0; i < c.points.length; i += 60) chunks.push(c.points.slice(i, i + 60));
    metrics[key] = { key, namespace: c.ns, metricName: c.name, dimensions: c.dims, chunks };
  }
  const alarmOf = (name: string, threshold: number, op: string, hist: AlarmHistoryItem[]) => ({
    AlarmName: name,
    AlarmArn: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`,
    Namespace: 'AWS/ECS',
    MetricName: 'CPUUtilization',
    Dimensions: svcDims,
    Statistic: 'Average',
    Period: 60,
    EvaluationPeriods: 3,
    DatapointsToAlarm: 3,
    Threshold: threshold,
    ComparisonOperator: op,
    TreatMissingData: 'missing',
    ActionsEnabled: true,
    AlarmActions: [],
    OKActions: [],
    InsufficientDataActions: [],
    StateValue: hist.at(-1)?.to ?? 'OK',
    StateReason: '',
    StateUpdatedAt: hist.at(-1)?.at ?? 0,
    ConfigurationUpdatedAt: 0,
    history: hist.slice(-50),
  });
  const state = {
    clock: { now: DAY, rng: 1, seq },
    ec2: { instances: {} },
    ecs: {
      clusters: {
        [CLUSTER_ARN]: { clusterArn: CLUSTER_ARN, clusterName: 'bench', capacityProviders: ['bench-cp'] },
      },
      services: { [SERVICE_ARN]: { serviceArn: SERVICE_ARN, serviceName: 'web', clusterArn: CLUSTER_ARN } },
      tasks: {},
      containerInstances: {},
      capacityProviders: {
        'bench-cp': { name: 'bench-cp', autoScalingGroupProvider: { autoScalingGroupArn: `arn:${GROUP}` } },
      },
    },
    cloudwatch: {
      metrics,
      alarms: {
        [HIGH]: alarmOf(HIGH, 60, 'GreaterThanThreshold', history),
        [LOW]: alarmOf(LOW, 54, 'LessThanThreshold', []),
      },
    },
    applicationAutoScaling: {
      targets: {},
      policies: {
        cpu60: {
          PolicyARN: 'cpu60',
          PolicyName: 'cpu60',
          ResourceId: 'service/bench/web',
          PolicyType: 'TargetTrackingScaling',
          TargetTrackingScalingPolicyConfiguration: {
            TargetValue: 60,
            PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
          },
          Alarms: [{ AlarmName: HIGH }, { AlarmName: LOW }],
        },
      },
      scheduledActions: {},
      activities,
    },
    autoscaling: {
      groups: { [GROUP]: { AutoScalingGroupName: GROUP, AutoScalingGroupARN: `arn:${GROUP}` } },
      policies: {},
      activities: asgActivities,
    },
  };
  return { state: state as unknown as SimState, serviceArn: SERVICE_ARN };
}

export interface ScalingChartBench {
  readonly frames: number;
  /** per frame, ms: deriving the chart from the state; layout + SVG update; both */
  readonly derive: { readonly p50: number; readonly p95: number };
  readonly render: { readonly p50: number; readonly p95: number };
  /** of the render, the browser's style and layout (the `getBoundingClientRect` after the update) */
  readonly browser: { readonly p50: number; readonly p95: number };
  readonly total: { readonly p50: number; readonly p95: number };
  readonly activities: number;
  readonly points: number;
}

/**
 * Scrubs a day back from its end in `frames` steps, timing each frame; the first 10 warm up and are not counted.
 * `source`: the state and service to chart (default: the synthetic day above; bench/scalingDay.ts's simulation
 * at the end of its day serves too).
 */
export function benchScalingChart(
  document: Document,
  frames = 200,
  width = 1280,
  source: { readonly state: DeepReadonly<SimState>; readonly serviceArn: string } = scalingDayState(),
): ScalingChartBench {
  const { state, serviceArn } = source;
  const end = state.clock.now;
  const host = document.body.appendChild(document.createElement('div'));
  const renderer = createScalingChart(host, { width, remPx: 16, motion: 'reduce' });
  const timer = document.defaultView?.performance ?? performance;
  const derive: number[] = [];
  const render: number[] = [];
  const browser: number[] = [];
  let activities = 0;
  let points = 0;
  try {
    for (let f = -10; f < frames; f++) {
      // from the end of the day back to its second hour, a different minute each frame (the state with its clock
      // moved: a proxy for the state the scrubber rebuilds, which holds no datapoint past its time)
      const now = end - Math.max(0, f) * Math.floor((DAY - 3600) / frames) - (f % 7) * 13;
      const at = { ...state, clock: { ...state.clock, now } };
      const t0 = timer.now();
      const data = buildScalingChart(at, serviceArn)!;
      const t1 = timer.now();
      renderer.update(data);
      const tu = timer.now();
      host.getBoundingClientRect();
      const t2 = timer.now();
      if (f < 0) continue;
      derive.push(t1 - t0);
      render.push(t2 - t1);
      browser.push(t2 - tu);
      if (f === 0) {
        activities = data.activities.length;
        points = data.series.reduce((n, s) => n + s.values.length, 0);
      }
    }
  } finally {
    renderer.destroy();
    host.remove();
  }
  const total = derive.map((d, i) => d + render[i]!);
  const stats = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
  return {
    frames,
    derive: stats(derive),
    render: stats(render),
    browser: stats(browser),
    total: stats(total),
    activities,
    points,
  };
}
