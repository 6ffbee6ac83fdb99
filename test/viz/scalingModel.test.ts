import { describe, expect, it } from 'vitest';
import {
  hourMinute,
  layoutScaling,
  minuteAtX,
  niceAxis,
  readoutAt,
  xOfMinute,
  type ScalingLayout,
} from '../../src/viz/scaling/model';
import type { ScalingChartData, ScalingChartSeries } from '../../src/viz/scaling/types';

const NaN_ = Number.NaN;

function series(
  key: string,
  panel: ScalingChartSeries['panel'],
  values: number[],
  extra: Partial<ScalingChartSeries> = {},
) {
  return {
    key,
    panel,
    label: key,
    style: 'solid',
    step: panel === 'tasks' || panel === 'instances',
    values,
    ...extra,
  } as ScalingChartSeries;
}

/** Ten minutes from 1:00 to 1:10, CPU against a 60 % target, one alarm that fired, one scale-out. */
function data(extra: Partial<ScalingChartData> = {}): ScalingChartData {
  return {
    serviceName: 'web',
    clusterName: 'demo',
    from: 3600,
    now: 3600 + 600,
    minutes: 10,
    metric: {
      name: 'CPUUtilization',
      short: 'CPU',
      unit: '%',
      target: 60,
      source: 'target tracking policy cpu60',
    },
    series: [
      series('load', 'load', [100, 120, 140, 180, 200, 200, 190, 180, 170, NaN_], { unit: 'req/s' }),
      series('metric', 'metric', [40, 50, 62, 75, 80, 70, 55, 50, 48, NaN_], { unit: '%' }),
      series('desired', 'tasks', [2, 2, 2, 2, 2, 4, 4, 4, 4, NaN_], {
        style: 'dashed',
        label: 'desired tasks',
      }),
      series('running', 'tasks', [2, 2, 2, 2, 2, 2, 4, 4, 4, NaN_], { label: 'running tasks' }),
    ],
    alarms: [
      {
        key: 'AlarmHigh',
        label: 'CPU high',
        tier: 'service',
        segments: [
          { from: 3600, to: 3900, state: 'OK' },
          { from: 3900, to: 3960, state: 'ALARM' },
          { from: 3960, to: 4200, state: 'OK' },
        ],
      },
    ],
    activities: [
      {
        key: 'a1',
        at: 3900,
        tier: 'service',
        direction: 'out',
        blocked: false,
        label: 'out 2→4: alarm high (CPU 80 % > 60 %)',
      },
    ],
    summary: 'Scaling of service web.',
    ...extra,
  };
}

/** The numbers of a path's coordinates, as [x, y] pairs for M/L and x or y alone for H/V. */
const commands = (d: string) =>
  [...d.matchAll(/([MLHV])([-\d.]+)(?:,([-\d.]+))?/g)].map(
    (m) => [m[1], Number(m[2]), m[3] === undefined ? undefined : Number(m[3])] as const,
  );

const panel = (L: ScalingLayout, key: string) => L.panels.find((p) => p.key === key)!;

describe('scaling chart layout', () => {
  it('maps the window onto the plot: from at the left edge, now at the right, the now line there', () => {
    const L = layoutScaling(data(), 800, 16);
    expect(L.from).toBe(3600);
    expect(L.end).toBe(4200);
    expect(L.now).toBeCloseTo(L.plot.x1, 6);
    expect(L.xTicks[0]!.text).toBe('1:00');
    expect(L.xTicks.at(-1)!.text).toBe('1:10');
    expect(L.xTicks[0]!.at).toBeCloseTo(L.plot.x0, 6);
  });

  it('keeps at least ten minutes of axis, so a fresh chart puts now part-way along', () => {
    const L = layoutScaling(data({ now: 3600 + 150, minutes: 3 }), 800, 16);
    expect(L.end).toBe(3600 + 600);
    expect(L.now).toBeCloseTo(L.plot.x0 + 0.25 * (L.plot.x1 - L.plot.x0), 6);
  });

  it('stacks the panels in order, each with round y ticks covering its data (the metric panel its target and 100 %)', () => {
    const L = layoutScaling(data(), 800, 16);
    expect(L.panels.map((p) => p.key)).toEqual(['load', 'metric', 'tasks']);
    for (let i = 1; i < L.panels.length; i++)
      expect(L.panels[i]!.top).toBeGreaterThan(L.panels[i - 1]!.bottom);
    expect(panel(L, 'load').yTicks.map((t) => t.text)).toEqual(['0', '50', '100', '150', '200']);
    expect(panel(L, 'metric').yTicks.at(-1)!.text).toBe('100');
    expect(panel(L, 'tasks').yTicks.map((t) => t.text)).toEqual(['0', '1', '2', '3', '4']);
    expect(panel(L, 'metric').title).toBe('CPU (CPUUtilization, %)');
  });

  it('adds the instances panel only when there are instance series', () => {
    const withInstances = data({
      series: [...data().series, series('instances', 'instances', Array(10).fill(2))],
    });
    expect(layoutScaling(withInstances, 800, 16).panels.map((p) => p.key)).toContain('instances');
  });

  it('draws one path per series: lines through minute middles, steps across minutes, the pen up where data is missing', () => {
    const L = layoutScaling(data(), 800, 16);
    expect(L.lines.map((l) => l.key)).toEqual(['load', 'metric', 'desired', 'running']);
    const load = commands(L.lines[0]!.d);
    expect(load.filter((c) => c[0] === 'M')).toHaveLength(1);
    expect(load).toHaveLength(9); // minute 9 has no datapoint
    const p = panel(L, 'load');
    // the first point: the middle of minute 0, at 100 of an axis to 200
    expect(load[0]![1]).toBeCloseTo(L.plot.x0 + (30 / 600) * (L.plot.x1 - L.plot.x0), 0);
    expect(load[0]![2]).toBeCloseTo(p.bottom - 0.5 * (p.bottom - p.top), 0);

    const running = commands(L.lines.find((l) => l.key === 'running')!.d);
    const t = panel(L, 'tasks');
    const yOf = (n: number) => t.bottom - (n / 4) * (t.bottom - t.top);
    expect(running[0]![0]).toBe('M');
    expect(running[0]![2]).toBeCloseTo(yOf(2), 0);
    // the step up to 4 happens at the start of minute 6
    const up = running.findIndex((c) => c[0] === 'V' && Math.abs(c[1] - yOf(4)) < 0.2);
    expect(up).toBeGreaterThan(0);
    expect(running[up - 1]![1]).toBeCloseTo(xOfMinute(L, 6) - (30 / 600) * (L.plot.x1 - L.plot.x0), 0);
  });

  it('draws a day on a narrow plot with a lowest and highest point per column, keeping a one-minute spike', () => {
    const load = Array.from({ length: 1440 }, (_, i) => (i === 700 ? 500 : 100 + (i % 7)));
    const day = data({
      from: 0,
      now: 86_400,
      minutes: 1440,
      series: [series('load', 'load', load), series('running', 'tasks', Array(1440).fill(3))],
      alarms: [],
      activities: [],
    });
    const L = layoutScaling(day, 900, 16);
    const points = commands(L.lines[0]!.d);
    // 668 px for 1,440 minutes: columns of 6 minutes (2.8 px), at most two points each
    expect(L.plot.x1 - L.plot.x0).toBe(668);
    expect(points.length).toBeLessThanOrEqual(480);
    expect(points.length).toBeGreaterThan(100);
    const p = panel(L, 'load');
    const top = Math.min(...points.map((c) => c[2]!));
    const max = Number(p.yTicks.at(-1)!.text);
    expect(top).toBeCloseTo(p.bottom - (500 / max) * (p.bottom - p.top), 0);
    // a count that never changes is one segment
    expect(L.lines[1]!.d).toMatch(/^M[\d.]+,[\d.]+H[\d.]+$/);
  });

  it('draws the target as a line at its value, labelled, and none without a target', () => {
    const L = layoutScaling(data(), 800, 16);
    const m = panel(L, 'metric');
    expect(L.target!.y).toBeCloseTo(m.bottom - 0.6 * (m.bottom - m.top), 6);
    expect(L.target!.text).toBe('target 60 %');
    const none = layoutScaling(
      data({ metric: { ...data().metric, target: undefined } as ScalingChartData['metric'] }),
      800,
      16,
    );
    expect(none.target).toBeUndefined();
  });

  it('lays each alarm out as a row of state bands under the metric panel, naming a band that is wide enough', () => {
    const L = layoutScaling(data(), 800, 16);
    expect(L.bands.map((b) => b.state)).toEqual(['OK', 'ALARM', 'OK']);
    const m = panel(L, 'metric');
    const alarm = L.bands[1]!;
    expect(alarm.y).toBeGreaterThan(m.bottom);
    expect(alarm.y + alarm.height).toBeLessThan(panel(L, 'tasks').top);
    expect(alarm.width).toBeCloseTo((60 / 600) * (L.plot.x1 - L.plot.x0), 6);
    expect(L.bands[0]!.x + L.bands[0]!.width).toBeCloseTo(alarm.x, 6);
    expect(L.bands[2]!.text).toBe('OK');
    expect(L.alarmLabels).toEqual([expect.objectContaining({ key: 'AlarmHigh', text: 'CPU high' })]);
  });

  it('numbers activities in badges, folding those too close to tell apart, with their labels in the title', () => {
    const three = data({
      activities: [
        {
          key: 'a',
          at: 3700,
          tier: 'service',
          direction: 'out',
          blocked: false,
          label: 'out 2→4: alarm high',
        },
        {
          key: 'b',
          at: 3705,
          tier: 'cluster',
          direction: 'out',
          blocked: false,
          label: 'instances out 1→2: alarm high',
        },
        {
          key: 'c',
          at: 4100,
          tier: 'service',
          direction: 'in',
          blocked: true,
          label: 'in blocked: cooldown',
        },
      ],
    });
    const L = layoutScaling(three, 800, 16);
    expect(L.badges.map((b) => [b.text, b.kind, b.tier])).toEqual([
      ['▲ 1–2', 'out', 'both'],
      ['✕ 3', 'blocked', 'service'],
    ]);
    expect(L.badges[0]!.title).toBe('1. 1:01 out 2→4: alarm high\n2. 1:01 instances out 1→2: alarm high');
    expect(L.legend.map((i) => i.key)).toEqual(
      expect.arrayContaining(['legend:out', 'legend:blocked', 'legend:cluster']),
    );
  });

  it('has a legend entry for every series (naming its dash), the target, the alarm states and the badges', () => {
    const L = layoutScaling(data(), 800, 16);
    expect(L.legend.map((i) => i.text)).toEqual([
      'load (solid)',
      'metric (solid)',
      'desired tasks (dashed)',
      'running tasks (solid)',
      'target',
      'alarm: ALARM (dark)',
      'OK (light)',
      'no data (hatched)',
      'scale out',
      'scale in',
      'blocked',
    ]);
    for (const item of L.legend) expect(item.x + 10).toBeLessThan(800);
    expect(L.height).toBeGreaterThan(L.legend.at(-1)!.y);
  });

  it('finds the minute under a position and reads its numbers out', () => {
    const d = data();
    const L = layoutScaling(d, 800, 16);
    expect(minuteAtX(L, d, xOfMinute(L, 4))).toBe(4);
    expect(minuteAtX(L, d, L.plot.x0 - 50)).toBe(0);
    expect(minuteAtX(L, d, L.plot.x1 + 50)).toBe(9);
    const r = readoutAt(d, 5);
    expect(r.time).toBe('1:05');
    expect(r.rows).toEqual([
      { key: 'load', label: 'load', value: '200 req/s' },
      { key: 'metric', label: 'metric', value: '70 %' },
      { key: 'desired', label: 'desired tasks', value: '4' },
      { key: 'running', label: 'running tasks', value: '2' },
      { key: 'target', label: 'target', value: '60 %' },
    ]);
    expect(r.alarms).toEqual([{ key: 'AlarmHigh', label: 'CPU high', state: 'ALARM' }]);
    expect(r.activities).toEqual(['1. out 2→4: alarm high (CPU 80 % > 60 %)']);
    expect(r.text).toBe(
      'At 1:05: load 200 req/s, metric 70 %, desired tasks 4, running tasks 2, target 60 %; alarms CPU high ALARM; 1. out 2→4: alarm high (CPU 80 % > 60 %)',
    );
    expect(readoutAt(d, 4).alarms[0]!.state).toBe('OK');
    expect(readoutAt(d, 4).activities).toEqual([]);
    expect(readoutAt(d, 9).rows[0]!.value).toBe('no data');
  });

  it('lays out a window with no data and nothing else: panels, axis and now line, no paths drawn', () => {
    const empty = data({
      minutes: 0,
      now: 3600,
      series: data().series.map((s) => ({ ...s, values: [] })),
      alarms: [],
      activities: [],
    });
    const L = layoutScaling(empty, 800, 16);
    expect(L.lines.every((l) => l.d === '')).toBe(true);
    expect(L.bands).toEqual([]);
    expect(L.badges).toEqual([]);
    expect(L.now).toBeCloseTo(L.plot.x0, 6);
    expect(panel(L, 'tasks').yTicks.map((t) => t.text)).toEqual(['0', '1']);
    expect(readoutAt(empty, 3).minute).toBe(0);
  });

  it('rounds axes to 1, 2, 2.5 or 5 steps, whole ones for counts', () => {
    expect(niceAxis(200, false)).toEqual({ max: 200, step: 50 });
    expect(niceAxis(73, false)).toEqual({ max: 80, step: 20 });
    expect(niceAxis(9, true)).toEqual({ max: 10, step: 5 });
    expect(niceAxis(3, true)).toEqual({ max: 3, step: 1 });
    expect(niceAxis(0, true)).toEqual({ max: 1, step: 1 });
    expect(hourMinute(3600 + 59 * 60 + 59)).toBe('1:59');
  });
});
