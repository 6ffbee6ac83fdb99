import type {
  AlarmBandState,
  ScalingChartActivity,
  ScalingChartData,
  ScalingChartSeries,
  ScalingLineStyle,
  ScalingPanelKey,
} from './types';
import { layoutLegendRows } from '../shared/legendRows';

/**
 * The scaling chart's layout: everything it draws, in px, from the chart's data, a width and the root font size.
 * Pure and free of d3 (a viz `model.ts` rule), so it is cheap enough to run on every frame of a scrub: a day of
 * minutes is one pass per series that writes one path string each.
 */

/** Sizes in rem, so presenter mode (a larger root font) enlarges the whole chart. */
export const SIZES = {
  left: 3.5,
  right: 11,
  badge: 0.8,
  badgeRow: 1.9,
  /** activities closer than this (rem) share a badge */
  badgeGap: 2.2,
  heading: 1.6,
  panelGap: 0.6,
  alarmRow: 1.4,
  axis: 2.4,
  legendRow: 1.8,
  swatch: 1.6,
  font: 0.875,
  panel: { load: 6, metric: 7, tasks: 8, instances: 6 } as Readonly<Record<ScalingPanelKey, number>>,
} as const;

const MINUTE = 60;
/** the axis spans at least this long, so a chart of a fresh service is not one wide minute */
const MIN_SPAN = 10 * MINUTE;
/** a line keeps at most a lowest and a highest point per this many px (a day on a laptop screen: ~4 minutes) */
const COLUMN_PX = 3;

export interface PlacedTick {
  readonly key: string;
  readonly at: number;
  readonly text: string;
}

export interface PlacedPanel {
  readonly key: ScalingPanelKey;
  readonly title: string;
  readonly top: number;
  readonly bottom: number;
  readonly yTicks: ReadonlyArray<PlacedTick>;
}

export interface PlacedLine {
  readonly key: string;
  readonly panel: ScalingPanelKey;
  readonly style: ScalingLineStyle;
  readonly d: string;
}

export interface PlacedBand {
  readonly key: string;
  readonly state: AlarmBandState;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** the state's name, drawn inside when the band is wide enough (so the band does not rely on colour) */
  readonly text: string;
}

export interface PlacedAlarmLabel {
  readonly key: string;
  readonly y: number;
  readonly text: string;
}

export type BadgeKind = 'out' | 'in' | 'set' | 'blocked';

/** A numbered badge above the panels for one activity, or for activities too close in time to tell apart. */
export interface PlacedBadge {
  readonly key: string;
  readonly first: number;
  readonly last: number;
  readonly kind: BadgeKind;
  /** an activity of the cluster (instances) draws hollow, of the service (tasks) filled */
  readonly tier: 'service' | 'cluster' | 'both';
  /** "▲ 3", "▼ 4–6" */
  readonly text: string;
  /** each activity's number and label, one per line */
  readonly title: string;
  readonly x: number;
  readonly width: number;
  readonly row: number;
}

export type LegendMark =
  | { readonly kind: 'line'; readonly style: ScalingLineStyle; readonly cls: string }
  | { readonly kind: 'band'; readonly state: AlarmBandState }
  | { readonly kind: 'badge'; readonly badge: BadgeKind; readonly tier: 'service' | 'cluster' };

export interface PlacedLegendItem {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly mark: LegendMark;
  readonly text: string;
}

export interface ScalingLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x0: number; readonly x1: number; readonly top: number; readonly bottom: number };
  /** the time axis: `from` at x0, `end` at x1 (seconds) */
  readonly from: number;
  readonly end: number;
  readonly panels: ReadonlyArray<PlacedPanel>;
  readonly lines: ReadonlyArray<PlacedLine>;
  readonly target: { readonly y: number; readonly text: string } | undefined;
  readonly bands: ReadonlyArray<PlacedBand>;
  readonly alarmLabels: ReadonlyArray<PlacedAlarmLabel>;
  readonly xTicks: ReadonlyArray<PlacedTick>;
  readonly badges: ReadonlyArray<PlacedBadge>;
  readonly badgeY: number;
  readonly badgeRow: number;
  readonly now: number;
  readonly legend: ReadonlyArray<PlacedLegendItem>;
}

/** Virtual seconds as the axis shows them: H:MM. */
export function hourMinute(t: number): string {
  const m = Math.floor(t / MINUTE);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

const PANEL_TITLES: Readonly<Record<Exclude<ScalingPanelKey, 'metric'>, string>> = {
  load: 'Load (requests/s)',
  tasks: 'Tasks of the service',
  instances: 'Instances of the cluster',
};

/** A round upper bound for an axis and its tick step: 1, 2, 2.5 or 5 × 10^k, at most ~4 steps. */
export function niceAxis(max: number, integer: boolean): { max: number; step: number } {
  const top = Math.max(max, integer ? 1 : 1e-9);
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const steps = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let step = power * (steps.find((s) => s * power >= raw) ?? 10);
  if (integer) step = Math.max(1, Math.round(step));
  return { max: Math.ceil(top / step - 1e-9) * step, step };
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10));
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The largest finite value of the panel's series (0 when there is none). */
function panelMax(series: ReadonlyArray<ScalingChartSeries>): number {
  let max = 0;
  for (const s of series) for (const v of s.values) if (v > max) max = v;
  return max;
}

/**
 * One path for a series: a line through each minute's middle, or steps holding each minute's value across it
 * (a run of equal minutes is one horizontal segment); pen up across minutes without data. Coordinates at 0.1 px
 * keep the string short; `xs` holds each minute's edges (`xs[i]` its start, `xs[i + 1]` its end) and `mids` its
 * middle, as strings shared by every series of the frame.
 */
function seriesPath(
  s: ScalingChartSeries,
  xs: ReadonlyArray<string>,
  mids: ReadonlyArray<string>,
  y: (v: number) => number,
  perColumn: number,
): string {
  const values = s.values;
  const n = Math.min(values.length, mids.length);
  let d = '';
  let penDown = false;
  const at = (i: number) => {
    const c = `${penDown ? 'L' : 'M'}${mids[i]},${round1(y(values[i]!))}`;
    penDown = true;
    return c;
  };
  const point = (lo: number, hi: number) =>
    lo === hi ? at(lo) : lo < hi ? at(lo) + at(hi) : at(hi) + at(lo);
  if (s.step) {
    let i = 0;
    while (i < n) {
      const v = values[i]!;
      if (!Number.isFinite(v)) {
        penDown = false;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && values[j] === v) j++;
      const py = round1(y(v));
      d += penDown ? `V${py}H${xs[j]}` : `M${xs[i]},${py}H${xs[j]}`;
      penDown = true;
      i = j;
    }
    return d;
  }
  // more minutes than pixels: per column of `perColumn` minutes (COLUMN_PX wide) only its lowest and highest point (in time
  // order), which draws the same line with a fraction of the points
  for (let start = 0; start < n; start += perColumn) {
    const stop = Math.min(n, start + perColumn);
    let lo = -1;
    let hi = -1;
    for (let i = start; i < stop; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) {
        if (lo >= 0) d += point(lo, hi);
        lo = hi = -1;
        penDown = false;
        continue;
      }
      if (lo < 0 || v < values[lo]!) lo = i;
      if (hi < 0 || v > values[hi]!) hi = i;
    }
    if (lo >= 0) d += point(lo, hi);
  }
  return d;
}

const TICK_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720];

function timeTicks(from: number, end: number, x: (t: number) => number, most: number): PlacedTick[] {
  const span = (end - from) / MINUTE;
  const every = TICK_MINUTES.find((m) => span / m <= most) ?? 1440;
  const ticks: PlacedTick[] = [];
  for (let t = Math.ceil(from / (every * MINUTE)) * every * MINUTE; t <= end; t += every * MINUTE) {
    ticks.push({ key: `x${t}`, at: x(t), text: hourMinute(t) });
  }
  return ticks;
}

const BADGE_GLYPH: Readonly<Record<BadgeKind, string>> = { out: '▲', in: '▼', set: '●', blocked: '✕' };
const badgeKind = (a: ScalingChartActivity): BadgeKind => (a.blocked ? 'blocked' : a.direction);

/** Folds activities closer than `gap` px into one badge; a badge that would overlap the one before drops a row. */
function placeBadges(
  activities: ReadonlyArray<ScalingChartActivity>,
  x: (t: number) => number,
  gap: number,
  rem: number,
): PlacedBadge[] {
  const clusters: Array<{ x: number; members: number[] }> = [];
  activities.forEach((a, i) => {
    const at = x(a.at);
    const last = clusters.at(-1);
    if (last && at - last.x < gap) last.members.push(i);
    else clusters.push({ x: at, members: [i] });
  });
  let before: { x: number; width: number; row: number } | undefined;
  return clusters.map(({ x: at, members }) => {
    const mine = members.map((i) => activities[i]!);
    const first = members[0]! + 1;
    const last = members[members.length - 1]! + 1;
    const kinds = new Set(mine.map(badgeKind));
    const kind: BadgeKind = kinds.size === 1 ? badgeKind(mine[0]!) : kinds.has('blocked') ? 'blocked' : 'set';
    const tiers = new Set(mine.map((a) => a.tier));
    const text = `${BADGE_GLYPH[kind]} ${first === last ? first : `${first}–${last}`}`;
    const width = (text.length * 0.62 * 0.8 + 0.9) * rem;
    const overlaps = before !== undefined && at - before.x < (width + before.width) / 2 + 2;
    const row = overlaps ? 1 - before!.row : 0;
    before = { x: at, width, row };
    return {
      key: mine[0]!.key,
      first,
      last,
      kind,
      tier: tiers.size === 1 ? mine[0]!.tier : 'both',
      text,
      title: members
        .map((i) => `${i + 1}. ${hourMinute(activities[i]!.at)} ${activities[i]!.label}`)
        .join('\n'),
      x: at,
      width,
      row,
    };
  });
}

const DASH_NAMES: Readonly<Record<ScalingLineStyle, string>> = {
  solid: 'solid',
  dashed: 'dashed',
  dotted: 'dotted',
  dashdot: 'dash-dot',
};

/**
 * Places everything the chart draws for a width and root font size. Panels share one time axis, from the
 * window's first minute to now; the panel for instances appears only when the data has instance series.
 */
export function layoutScaling(data: ScalingChartData, width: number, rem: number): ScalingLayout {
  const x0 = SIZES.left * rem;
  const x1 = Math.max(x0 + 10 * rem, width - SIZES.right * rem);
  const from = data.from;
  const end = Math.max(data.now, from + MIN_SPAN);
  const k = (x1 - x0) / (end - from);
  const x = (t: number) => x0 + (t - from) * k;

  const badges = placeBadges(data.activities, x, SIZES.badgeGap * rem, rem);
  const rows = Math.max(1, ...badges.map((b) => b.row + 1));
  const top = (rows * SIZES.badgeRow + 0.5) * rem;

  const perColumn = Math.max(1, Math.floor(COLUMN_PX / (k * MINUTE)));
  // each minute's edges and middle as path coordinates, once for every series
  const xs: string[] = new Array<string>(data.minutes + 1);
  const mids: string[] = new Array<string>(data.minutes);
  for (let i = 0; i <= data.minutes; i++) {
    const t = from + i * MINUTE;
    xs[i] = String(round1(x(Math.min(t, end))));
    if (i < data.minutes) mids[i] = String(round1(x(Math.min(t + MINUTE / 2, end))));
  }

  const keys: ScalingPanelKey[] = ['load', 'metric', 'tasks'];
  if (data.series.some((s) => s.panel === 'instances')) keys.push('instances');

  const panels: PlacedPanel[] = [];
  const lines: PlacedLine[] = [];
  const bands: PlacedBand[] = [];
  const alarmLabels: PlacedAlarmLabel[] = [];
  let target: ScalingLayout['target'];
  let cursor = top;
  for (const key of keys) {
    const ptop = cursor + SIZES.heading * rem;
    const pbottom = ptop + SIZES.panel[key] * rem;
    const mine = data.series.filter((s) => s.panel === key);
    const integer = key === 'tasks' || key === 'instances';
    let max = panelMax(mine);
    if (key === 'metric') {
      max = Math.max(max, (data.metric.target ?? 0) * 1.25, data.metric.unit === '%' ? 100 : 0);
    }
    const axis = niceAxis(max, integer);
    const y = (v: number) => pbottom - (v / axis.max) * (pbottom - ptop);
    const yTicks: PlacedTick[] = [];
    for (let v = 0; v <= axis.max + 1e-9; v += axis.step) {
      yTicks.push({ key: `${key}:${fmt(v)}`, at: y(v), text: fmt(v) });
    }
    const title =
      key === 'metric'
        ? `${data.metric.short} (${data.metric.name}${data.metric.unit ? `, ${data.metric.unit}` : ''})`
        : PANEL_TITLES[key];
    panels.push({ key, title, top: ptop, bottom: pbottom, yTicks });
    for (const s of mine)
      lines.push({ key: s.key, panel: key, style: s.style, d: seriesPath(s, xs, mids, y, perColumn) });
    cursor = pbottom + SIZES.panelGap * rem;

    if (key === 'metric') {
      if (data.metric.target !== undefined) {
        target = {
          y: y(data.metric.target),
          text: `target ${fmt(data.metric.target)}${unitSuffix(data.metric.unit)}`,
        };
      }
      const h = SIZES.alarmRow * rem;
      data.alarms.forEach((alarm, row) => {
        const by = cursor + row * h;
        alarmLabels.push({ key: alarm.key, y: by + (h - 2) / 2, text: alarm.label });
        for (const seg of alarm.segments) {
          const sx = x(Math.max(seg.from, from));
          const ex = x(Math.min(seg.to, end));
          if (ex - sx <= 0) continue;
          const label = seg.state === 'INSUFFICIENT_DATA' ? 'no data' : seg.state;
          bands.push({
            key: `${alarm.key}:${seg.from}`,
            state: seg.state,
            x: sx,
            y: by,
            width: ex - sx,
            height: h - 2,
            text: ex - sx > (label.length * 0.55 * 0.75 + 0.6) * rem ? label : '',
          });
        }
      });
      cursor += data.alarms.length * h + (data.alarms.length ? SIZES.panelGap * rem : 0);
    }
  }
  const bottom = panels.at(-1)!.bottom;
  const xTicks = timeTicks(from, end, x, Math.max(2, Math.floor((x1 - x0) / (5.5 * rem))));

  const legendItems: Array<Omit<PlacedLegendItem, 'x' | 'y'>> = [];
  for (const s of data.series) {
    legendItems.push({
      key: `legend:${s.key}`,
      mark: { kind: 'line', style: s.style, cls: s.key },
      text: `${s.label} (${DASH_NAMES[s.style]})`,
    });
  }
  if (data.metric.target !== undefined) {
    legendItems.push({
      key: 'legend:target',
      mark: { kind: 'line', style: 'dashed', cls: 'target' },
      text: 'target',
    });
  }
  if (data.alarms.length) {
    legendItems.push(
      { key: 'legend:ALARM', mark: { kind: 'band', state: 'ALARM' }, text: 'alarm: ALARM (dark)' },
      { key: 'legend:OK', mark: { kind: 'band', state: 'OK' }, text: 'OK (light)' },
      {
        key: 'legend:INSUFFICIENT_DATA',
        mark: { kind: 'band', state: 'INSUFFICIENT_DATA' },
        text: 'no data (hatched)',
      },
    );
  }
  if (data.activities.length) {
    legendItems.push(
      { key: 'legend:out', mark: { kind: 'badge', badge: 'out', tier: 'service' }, text: 'scale out' },
      { key: 'legend:in', mark: { kind: 'badge', badge: 'in', tier: 'service' }, text: 'scale in' },
      { key: 'legend:blocked', mark: { kind: 'badge', badge: 'blocked', tier: 'service' }, text: 'blocked' },
    );
    if (data.activities.some((a) => a.tier === 'cluster')) {
      legendItems.push({
        key: 'legend:cluster',
        mark: { kind: 'badge', badge: 'out', tier: 'cluster' },
        text: 'hollow: instances',
      });
    }
  }
  const legendTop = bottom + SIZES.axis * rem;
  const legend = layoutLegendRows(legendItems, x0, width, legendTop, rem, SIZES, 1.25);
  const height = (legend.at(-1)?.y ?? legendTop) + SIZES.legendRow * rem;

  return {
    width,
    height,
    plot: { x0, x1, top, bottom },
    from,
    end,
    panels,
    lines,
    target,
    bands,
    alarmLabels,
    xTicks,
    badges,
    badgeY: (SIZES.badge + 0.2) * rem,
    badgeRow: SIZES.badgeRow * rem,
    now: x(data.now),
    legend,
  };
}

const unitSuffix = (unit: string | undefined) => (!unit ? '' : unit === '%' ? ' %' : ` ${unit}`);

/** The minute (index into every series) under a horizontal position, clamped to the window's minutes. */
export function minuteAtX(layout: ScalingLayout, data: ScalingChartData, px: number): number {
  const t =
    layout.from + ((px - layout.plot.x0) / (layout.plot.x1 - layout.plot.x0)) * (layout.end - layout.from);
  return clampMinute(data, Math.floor((t - data.from) / MINUTE));
}

/** The minute index clamped to the window (0 for a window without minutes). */
export const clampMinute = (data: ScalingChartData, i: number): number =>
  Math.max(0, Math.min(Math.max(0, data.minutes - 1), i));

/** The x of the middle of minute `i` (where the cursor line stands). */
export function xOfMinute(layout: ScalingLayout, i: number): number {
  const t = Math.min(layout.from + i * MINUTE + MINUTE / 2, layout.end);
  return (
    layout.plot.x0 + ((t - layout.from) / (layout.end - layout.from)) * (layout.plot.x1 - layout.plot.x0)
  );
}

export interface Readout {
  readonly minute: number;
  /** "1:05" */
  readonly time: string;
  readonly rows: ReadonlyArray<{ readonly key: string; readonly label: string; readonly value: string }>;
  readonly alarms: ReadonlyArray<{
    readonly key: string;
    readonly label: string;
    readonly state: AlarmBandState;
  }>;
  /** the activities in that minute, numbered as on the chart */
  readonly activities: ReadonlyArray<string>;
  /** everything above in one line, for a live region */
  readonly text: string;
}

const formatValue = (v: number | undefined, unit: string | undefined) =>
  v === undefined || !Number.isFinite(v) ? 'no data' : `${fmt(v)}${unitSuffix(unit)}`;

/** The numbers at minute `i`: each series' value, each alarm's state, the activities that started in it. */
export function readoutAt(data: ScalingChartData, i: number): Readout {
  const minute = clampMinute(data, i);
  const t = data.from + minute * MINUTE;
  const rows = data.series.map((s) => ({
    key: s.key,
    label: s.label,
    value: formatValue(s.values[minute], s.unit),
  }));
  if (data.metric.target !== undefined) {
    rows.push({ key: 'target', label: 'target', value: formatValue(data.metric.target, data.metric.unit) });
  }
  const alarms = data.alarms.map((a) => ({
    key: a.key,
    label: a.label,
    state:
      (a.segments.find((s) => s.from <= t && t < s.to) ?? a.segments.at(-1))?.state ?? 'INSUFFICIENT_DATA',
  }));
  const activities: string[] = [];
  data.activities.forEach((a, n) => {
    if (a.at >= t && a.at < t + MINUTE) activities.push(`${n + 1}. ${a.label}`);
  });
  const text = [
    `At ${hourMinute(t)}:`,
    rows.map((r) => `${r.label} ${r.value}`).join(', '),
    alarms.length ? `; alarms ${alarms.map((a) => `${a.label} ${a.state}`).join(', ')}` : '',
    activities.length ? `; ${activities.join('; ')}` : '',
  ].join(' ');
  return { minute, time: hourMinute(t), rows, alarms, activities, text: text.replace(/ ;/g, ';').trim() };
}
