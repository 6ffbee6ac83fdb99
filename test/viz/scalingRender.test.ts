import { afterEach, describe, expect, it } from 'vitest';
import { xOfMinute } from '../../src/viz/scaling/model';
import { createScalingChart, type ScalingRenderer } from '../../src/viz/scaling/render';
import type { ScalingChartData, ScalingChartSeries } from '../../src/viz/scaling/types';
import { expectSvgSnapshot } from './snapshot';

/**
 * A seeded hour of a scale-out: load rises from 100 to 300 requests/s, CPU crosses its 60 % target, the high
 * alarm fires, desired tasks go 2 → 4 → 6, instances 2 → 3, a blocked scale-in near the end. `upTo` cuts the
 * data at a minute, as the state at an earlier scrubber time would.
 */
function hour(upTo = 60): ScalingChartData {
  const n = upTo;
  const m = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
  const load = m((i) => 100 + Math.min(200, i * 6));
  const desired = m((i) => (i < 20 ? 2 : i < 32 ? 4 : 6));
  const running = m((i) => (i < 22 ? 2 : i < 34 ? 4 : 6));
  const cpu = m((i) => Math.round((load[i]! / running[i]!) * 0.8 * 10) / 10);
  const s = (
    key: string,
    panel: ScalingChartSeries['panel'],
    values: number[],
    extra: Partial<ScalingChartSeries>,
  ) => ({ key, panel, label: key, style: 'solid', step: true, values, ...extra }) as ScalingChartSeries;
  const all = [
    {
      key: 'a1',
      at: 1200,
      tier: 'service',
      direction: 'out',
      blocked: false,
      label: 'out 2→4: alarm high (CPU 70 % > 60 %)',
    },
    {
      key: 'a2',
      at: 1500,
      tier: 'cluster',
      direction: 'out',
      blocked: false,
      label: 'instances out 2→3: alarm high (CPR 150 % > 100 %)',
    },
    {
      key: 'a3',
      at: 1920,
      tier: 'service',
      direction: 'out',
      blocked: false,
      label: 'out 4→6: alarm high (CPU 66 % > 60 %)',
    },
    { key: 'a4', at: 3300, tier: 'service', direction: 'in', blocked: true, label: 'in blocked: cooldown' },
  ] as const;
  const now = n * 60;
  return {
    serviceName: 'web',
    clusterName: 'demo',
    from: 0,
    now,
    minutes: n,
    metric: {
      name: 'CPUUtilization',
      short: 'CPU',
      unit: '%',
      target: 60,
      source: 'target tracking policy cpu60',
    },
    series: [
      s('load', 'load', load, { label: 'requests/s', step: false, unit: 'req/s' }),
      s('metric', 'metric', cpu, { label: 'CPU', step: false, unit: '%' }),
      s('desired', 'tasks', desired, { label: 'desired tasks', style: 'dashed' }),
      s('running', 'tasks', running, { label: 'running tasks' }),
      s(
        'pending',
        'tasks',
        m((i) => desired[i]! - running[i]!),
        { label: 'pending tasks', style: 'dotted' },
      ),
      s(
        'instances',
        'instances',
        m((i) => (i < 24 ? 2 : 3)),
        { label: 'instances in service' },
      ),
      s(
        'instancesDesired',
        'instances',
        m((i) => (i < 22 ? 2 : 3)),
        { label: 'desired instances', style: 'dashed' },
      ),
    ],
    alarms: [
      {
        key: 'high',
        label: 'CPU high',
        tier: 'service',
        segments: [
          { from: 0, to: Math.min(now, 1080), state: 'OK' },
          ...(now > 1080 ? [{ from: 1080, to: Math.min(now, 2100), state: 'ALARM' as const }] : []),
          ...(now > 2100 ? [{ from: 2100, to: now, state: 'OK' as const }] : []),
        ],
      },
      {
        key: 'low',
        label: 'CPU low',
        tier: 'service',
        segments: [{ from: 0, to: now, state: 'INSUFFICIENT_DATA' }],
      },
    ],
    activities: all.filter((a) => a.at <= now),
    summary: `Scaling of service web in cluster demo, up to minute ${n}.`,
  };
}

let renderer: ScalingRenderer | undefined;
let host: HTMLDivElement;
afterEach(() => {
  renderer?.destroy();
  host?.remove();
});

function mount(data: ScalingChartData, onHover?: (m: number | undefined) => void) {
  host = document.body.appendChild(document.createElement('div'));
  renderer = createScalingChart(host, {
    width: 900,
    remPx: 16,
    motion: 'reduce',
    ...(onHover ? { onHover } : {}),
  });
  renderer.update(data);
  return host.querySelector('svg')!;
}

describe('scaling chart renderer', () => {
  it('is an image named by the summary, with a path per series, a band per alarm state and a badge per activity', () => {
    const svg = mount(hour());
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Scaling of service web in cluster demo, up to minute 60.');
    expect(svg.querySelectorAll('.sc-lines path')).toHaveLength(7);
    expect(svg.querySelector('.sc-line-desired')!.getAttribute('class')).toContain('sc-line-dashed');
    expect(svg.querySelectorAll('.sc-bands rect')).toHaveLength(4);
    expect(svg.querySelector('.sc-band-ALARM')).not.toBeNull();
    expect([...svg.querySelectorAll('.sc-badges title')].map((t) => t.textContent)).toEqual([
      '1. 0:20 out 2→4: alarm high (CPU 70 % > 60 %)',
      '2. 0:25 instances out 2→3: alarm high (CPR 150 % > 100 %)',
      '3. 0:32 out 4→6: alarm high (CPU 66 % > 60 %)',
      '4. 0:55 in blocked: cooldown',
    ]);
    expect(svg.querySelector('.sc-badge.sc-tier-cluster')).not.toBeNull();
    expect([...svg.querySelectorAll('.sc-panel .sc-title')].map((t) => t.textContent)).toEqual([
      'Load (requests/s)',
      'CPU (CPUUtilization, %)',
      'Tasks of the service',
      'Instances of the cluster',
    ]);
    expect(svg.querySelector('.sc-target text')!.textContent).toBe('target 60 %');
  });

  it('matches its snapshot', () => {
    expectSvgSnapshot('scaling-hour', mount(hour()));
  });

  it('keeps its elements while scrubbing: the same nodes take the new data, the now line moves', () => {
    const svg = mount(hour(30));
    const running = svg.querySelector('.sc-line-running')!;
    const badge = svg.querySelector('.sc-badge')!;
    const before = running.getAttribute('d');
    const nowBefore = Number(svg.querySelector('.sc-now line')!.getAttribute('x1'));
    expect(svg.querySelectorAll('.sc-badges .sc-badge')).toHaveLength(2);
    renderer!.update(hour(45));
    expect(svg.querySelector('.sc-line-running')).toBe(running);
    expect(svg.querySelector('.sc-badge')).toBe(badge);
    expect(running.getAttribute('d')).not.toBe(before);
    expect(svg.querySelectorAll('.sc-badges .sc-badge')).toHaveLength(3);
    // the axis always ends at now, so the line stays at the right edge while the data under it moves
    expect(Number(svg.querySelector('.sc-now line')!.getAttribute('x1'))).toBeCloseTo(nowBefore, 6);
    // back to an earlier time: the later badge leaves at once (reduced motion)
    renderer!.update(hour(21));
    expect(svg.querySelectorAll('.sc-badges .sc-badge')).toHaveLength(1);
  });

  it('draws the cursor at a minute and hides it again', () => {
    const svg = mount(hour());
    const cursor = svg.querySelector<SVGGElement>('.sc-cursor')!;
    expect(cursor.getAttribute('display')).toBe('none');
    renderer!.setCursor(10);
    expect(cursor.getAttribute('display')).toBeNull();
    expect(Number(cursor.querySelector('line')!.getAttribute('x1'))).toBeCloseTo(
      xOfMinute(renderer!.layout!, 10),
      6,
    );
    renderer!.setCursor(undefined);
    expect(cursor.getAttribute('display')).toBe('none');
  });

  it('reports the minute under the pointer, and when it leaves', () => {
    const seen: Array<number | undefined> = [];
    const svg = mount(hour(), (m) => seen.push(m));
    const overlay = svg.querySelector('.sc-overlay')!;
    const x = xOfMinute(renderer!.layout!, 25);
    // jsdom lays nothing out: the SVG's box is at 0,0 with no width, so client x is the chart's x
    overlay.dispatchEvent(new MouseEvent('pointermove', { clientX: x, bubbles: true }));
    overlay.dispatchEvent(new MouseEvent('pointerleave'));
    expect(seen).toEqual([25, undefined]);
  });

  it('draws an empty window: axes and the now line, no paths, no bands, no badges', () => {
    const empty: ScalingChartData = {
      ...hour(0),
      alarms: [],
    };
    const svg = mount(empty);
    expect([...svg.querySelectorAll('.sc-lines path')].every((p) => p.getAttribute('d') === '')).toBe(true);
    expect(svg.querySelectorAll('.sc-bands rect')).toHaveLength(0);
    expect(svg.querySelectorAll('.sc-badges .sc-badge')).toHaveLength(0);
    expect(svg.querySelector('.sc-now line')).not.toBeNull();
  });

  it('removes everything on destroy', () => {
    mount(hour());
    renderer!.destroy();
    renderer = undefined;
    expect(host.querySelector('svg')).toBeNull();
  });
});
