import { describe, expect, it } from 'vitest';
import { isAwsError, type Simulation } from '../../../src/engine';
import { fargateWebWorld, SERVICE_DIMS } from '../load/world';

const cpuAlarm = (sim: Simulation, extra: Record<string, unknown> = {}) =>
  sim.callByName('cloudwatch', 'PutMetricAlarm', {
    AlarmName: 'web-cpu-high',
    Namespace: 'AWS/ECS',
    MetricName: 'CPUUtilization',
    Dimensions: SERVICE_DIMS,
    Statistic: 'Average',
    Period: 60,
    EvaluationPeriods: 3,
    DatapointsToAlarm: 2,
    Threshold: 50,
    ComparisonOperator: 'GreaterThanThreshold',
    ...extra,
  });

const alarm = (sim: Simulation, name = 'web-cpu-high') =>
  sim.call('cloudwatch', 'DescribeAlarms', { AlarmNames: [name] }).MetricAlarms[0]!;

const refusal = (sim: Simulation, input: Record<string, unknown>) => {
  try {
    cpuAlarm(sim, input);
  } catch (e) {
    return isAwsError(e) ? `${e.name}: ${e.message}` : String(e);
  }
  return 'accepted';
};

describe('CloudWatch metric alarms', () => {
  it('starts in INSUFFICIENT_DATA, goes OK on data, and to ALARM once 2 of 3 minutes breach', () => {
    const { sim } = fargateWebWorld(2);
    cpuAlarm(sim);
    expect(alarm(sim).StateValue).toBe('INSUFFICIENT_DATA');
    sim.advance(120);
    expect(alarm(sim).StateValue).toBe('OK');
    // 2 tasks × 125 requests/s each fills them: CPU 100 %
    sim.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 250 });
    sim.advance(60);
    expect(alarm(sim).StateValue).toBe('OK'); // 1 of 3 breaching
    sim.advance(60);
    const a = alarm(sim);
    expect(a.StateValue).toBe('ALARM');
    expect(a.StateReason).toMatch(/2 datapoint\(s\) breaching .* 2 of 3 datapoints > 50/);
    const history = sim.call('cloudwatch', 'DescribeAlarmHistory', {
      AlarmName: 'web-cpu-high',
    }).AlarmHistoryItems;
    expect(history.map((h) => h.HistorySummary)).toEqual([
      'Alarm updated from OK to ALARM',
      'Alarm updated from INSUFFICIENT_DATA to OK',
    ]);
    expect(sim.events.some((e) => e.type === 'AlarmStateChanged' && e.to === 'ALARM')).toBe(true);
  });

  it('stays INSUFFICIENT_DATA on a metric nobody publishes, unless missing data counts as breaching', () => {
    const { sim } = fargateWebWorld(1);
    cpuAlarm(sim, { AlarmName: 'ghost', Dimensions: [{ Name: 'ClusterName', Value: 'nowhere' }] });
    cpuAlarm(sim, {
      AlarmName: 'ghost-breaching',
      Dimensions: [{ Name: 'ClusterName', Value: 'nowhere' }],
      TreatMissingData: 'breaching',
    });
    sim.advance(300);
    expect(alarm(sim, 'ghost').StateValue).toBe('INSUFFICIENT_DATA');
    expect(alarm(sim, 'ghost-breaching').StateValue).toBe('ALARM');
  });

  it('refuses what it does not simulate and rules CloudWatch enforces, naming the member', () => {
    const { sim } = fargateWebWorld(1);
    expect(refusal(sim, { Period: 30 })).toMatch(/InvalidParameterValue: Period 30: .*multiple of it/);
    expect(refusal(sim, { DatapointsToAlarm: 4 })).toMatch(
      /DatapointsToAlarm \(4\) cannot be more than EvaluationPeriods \(3\)/,
    );
    expect(refusal(sim, { ComparisonOperator: 'LessThanLowerThreshold' })).toMatch(/anomaly detection/);
    expect(refusal(sim, { Threshold: undefined })).toMatch(
      /MissingParameter: The parameter Threshold is required/,
    );
    expect(refusal(sim, { Period: 3600, EvaluationPeriods: 25, DatapointsToAlarm: 1 })).toMatch(/one day/);
  });

  it('deletes alarms, and a name that does not exist deletes nothing', () => {
    const { sim } = fargateWebWorld(1);
    cpuAlarm(sim);
    expect(() => sim.call('cloudwatch', 'DeleteAlarms', { AlarmNames: ['web-cpu-high', 'nope'] })).toThrow(
      /nope/,
    );
    expect(sim.call('cloudwatch', 'DescribeAlarms', {}).MetricAlarms).toHaveLength(1);
    sim.call('cloudwatch', 'DeleteAlarms', { AlarmNames: ['web-cpu-high'] });
    expect(sim.call('cloudwatch', 'DescribeAlarms', {}).MetricAlarms).toHaveLength(0);
  });
});

describe('GetMetricData and ListMetrics', () => {
  it('aggregates 1-minute datapoints over a 5-minute period and refuses periods that are not whole minutes', () => {
    const { sim } = fargateWebWorld(2);
    sim.call('sim', 'SetLoad', {
      service: 'web',
      shape: { kind: 'ramp', from: 0, to: 100, durationSeconds: 600 },
    });
    sim.advance(600);
    const iso = (t: number) => new Date((sim.state.startEpoch + t) * 1000).toISOString();
    const query = (Period: number, Stat: string) =>
      sim.callByName('cloudwatch', 'GetMetricData', {
        MetricDataQueries: [
          {
            Id: 'rps',
            MetricStat: {
              Metric: {
                Namespace: 'Sandbox/Load',
                MetricName: 'RequestsPerSecond',
                Dimensions: SERVICE_DIMS,
              },
              Period,
              Stat,
            },
          },
        ],
        StartTime: iso(0),
        EndTime: iso(sim.now),
        ScanBy: 'TimestampAscending',
      }) as { MetricDataResults: Array<{ Values: number[]; Timestamps: string[] }> };
    const minutes = query(60, 'Average').MetricDataResults[0]!;
    const fives = query(300, 'Sum').MetricDataResults[0]!;
    expect(minutes.Values.length).toBeGreaterThan(fives.Values.length);
    const total = minutes.Values.reduce((a, b) => a + b, 0);
    expect(fives.Values.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
    expect(minutes.Values).toEqual([...minutes.Values].sort((a, b) => a - b)); // a ramp only rises
    expect(() => query(90, 'Average')).toThrow(/multiple of 60/);
    expect(() => query(60, 'p99')).toThrow(/not simulated/);
  });

  it('lists the published metrics by namespace', () => {
    const { sim } = fargateWebWorld(1);
    sim.advance(120);
    const names = sim
      .call('cloudwatch', 'ListMetrics', { Namespace: 'AWS/ECS' })
      .Metrics.map((m) => m.MetricName);
    expect(names).toEqual(expect.arrayContaining(['CPUUtilization', 'MemoryUtilization']));
  });
});
