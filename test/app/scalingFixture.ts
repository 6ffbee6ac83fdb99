import type {
  AlarmHistoryItem,
  Datapoint,
  DeepReadonly,
  Dimension,
  MetricAlarm,
  SimState,
} from '../../src/engine';
import { metricKey } from '../../src/engine';

/**
 * A small engine state for the scaling chart's derivation: cluster `demo` with service `web`, and helpers that
 * put in what the CloudWatch, Application Auto Scaling and Auto Scaling modules would have written (records of
 * their real shapes). Built by hand so the chart's tests pin down its reading of the state, whatever the
 * modules that write it are doing this minute.
 */

export const CLUSTER_ARN = 'arn:aws:ecs:us-east-1:123456789012:cluster/demo';
export const SERVICE_ARN = 'arn:aws:ecs:us-east-1:123456789012:service/demo/web';
export const SVC_DIMS: Dimension[] = [
  { Name: 'ClusterName', Value: 'demo' },
  { Name: 'ServiceName', Value: 'web' },
];

type Mutable = {
  -readonly [K in keyof SimState]: SimState[K];
};

export interface Fixture {
  readonly state: DeepReadonly<SimState>;
  /** a metric's datapoints: minute start (s) → samples (one datapoint per minute, Average = mean) */
  series(ns: string, name: string, dims: Dimension[], points: ReadonlyArray<[number, number[]]>): void;
  alarm(spec: Partial<MetricAlarm> & Pick<MetricAlarm, 'AlarmName' | 'MetricName'>): void;
  raw: Mutable;
}

const chunked = (points: Datapoint[]): Datapoint[][] => {
  const chunks: Datapoint[][] = [];
  for (let i = 0; i < points.length; i += 60) chunks.push(points.slice(i, i + 60));
  return chunks;
};

export function fixture(now: number): Fixture {
  const raw = {
    clock: { now, rng: 1, seq: 0 },
    ec2: { instances: {} },
    ecs: {
      clusters: {
        [CLUSTER_ARN]: { clusterArn: CLUSTER_ARN, clusterName: 'demo', capacityProviders: [] },
      },
      services: {
        [SERVICE_ARN]: {
          serviceArn: SERVICE_ARN,
          serviceName: 'web',
          clusterArn: CLUSTER_ARN,
          desiredCount: 2,
        },
      },
      tasks: {},
      containerInstances: {},
      capacityProviders: {},
    },
    cloudwatch: { metrics: {}, alarms: {} },
    applicationAutoScaling: { targets: {}, policies: {}, scheduledActions: {}, activities: {} },
    autoscaling: { groups: {}, policies: {}, activities: {} },
  } as unknown as Mutable;
  return {
    raw,
    state: raw as unknown as DeepReadonly<SimState>,
    series(ns, name, dims, points) {
      const key = metricKey(ns, name, dims);
      const datapoints = points.map(([t, samples]) => ({
        t,
        sampleCount: samples.length,
        sum: samples.reduce((a, b) => a + b, 0),
        min: Math.min(...samples),
        max: Math.max(...samples),
      }));
      (raw.cloudwatch.metrics as Record<string, unknown>)[key] = {
        key,
        namespace: ns,
        metricName: name,
        dimensions: [...dims].sort((a, b) => (a.Name < b.Name ? -1 : 1)),
        chunks: chunked(datapoints),
      };
    },
    alarm(spec) {
      const history: AlarmHistoryItem[] = [...(spec.history ?? [])];
      (raw.cloudwatch.alarms as Record<string, MetricAlarm>)[spec.AlarmName] = {
        AlarmArn: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${spec.AlarmName}`,
        Namespace: 'AWS/ECS',
        Dimensions: SVC_DIMS,
        Statistic: 'Average',
        Period: 60,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 3,
        Threshold: 60,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'missing',
        ActionsEnabled: true,
        AlarmActions: [],
        OKActions: [],
        InsufficientDataActions: [],
        StateValue: history.at(-1)?.to ?? 'INSUFFICIENT_DATA',
        StateReason: '',
        StateUpdatedAt: history.at(-1)?.at ?? 0,
        ConfigurationUpdatedAt: 0,
        ...spec,
        history,
      };
    },
  };
}

/** `n` minutes of a value from minute `start` (seconds) on, one sample each. */
export const minutes = (start: number, values: ReadonlyArray<number>): Array<[number, number[]]> =>
  values.map((v, i) => [start + 60 * i, [v]]);
