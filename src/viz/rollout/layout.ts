import { area, curveStepAfter, line, scaleLinear } from 'd3';
import type { RolloutChartData, RolloutChartSeries, RolloutStepKind } from './types';
import { layoutLegendRows } from '../shared/legendRows';

/** Sizes in rem, so presenter mode (a larger root font) enlarges the whole chart. */
export const SIZES = {
  left: 3,
  right: 15,
  bottom: 2.25,
  plot: 14,
  badge: 0.75,
  badgeRow: 1.75,
  /** steps closer than this (rem) share a badge */
  badgeGap: 1.5,
  legendRow: 1.75,
  swatch: 1,
  font: 0.875,
} as const;

export interface PlacedArea {
  readonly key: string;
  readonly role: 'new' | 'old';
  /** the stacked area, and its top edge */
  readonly d: string;
  readonly edge: string;
  /** which hatch an old deployment gets (two directions alternate) */
  readonly hatch: number;
}

export interface PlacedBound {
  readonly key: 'upper' | 'lower' | 'desired';
  readonly y: number;
}

export interface PlacedLabel {
  readonly key: string;
  readonly cls: 'upper' | 'lower' | 'desired';
  readonly y: number;
  readonly text: string;
}

/** A badge above the plot for one step, or for steps too close in time to tell apart ("3–6"). */
export interface PlacedStep {
  readonly key: string;
  /** the step numbers it stands for, first and last */
  readonly first: number;
  readonly last: number;
  /** the kind of its steps; of mixed ones, the most alarming, else `mixed` */
  readonly kind: RolloutStepKind | 'mixed';
  /** each step's number and rule, one per line */
  readonly title: string;
  readonly x: number;
  readonly width: number;
  /** 0 or 1: a badge that would overlap the one before takes the other row */
  readonly row: number;
}

export interface PlacedTick {
  readonly key: string;
  readonly at: number;
  readonly text: string;
}

export interface PlacedLegendItem {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly swatch: 'new' | 'old' | 'total';
  readonly hatch: number;
  readonly text: string;
}

export interface RolloutLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly x0: number; readonly x1: number; readonly top: number; readonly bottom: number };
  /** the band between the lower and the upper bound */
  readonly band: { readonly y: number; readonly h: number };
  readonly areas: ReadonlyArray<PlacedArea>;
  /** the outline of all tasks in flight */
  readonly total: string;
  readonly bounds: ReadonlyArray<PlacedBound>;
  readonly boundLabels: ReadonlyArray<PlacedLabel>;
  readonly xTicks: ReadonlyArray<PlacedTick>;
  readonly yTicks: ReadonlyArray<PlacedTick>;
  /** badges centred on `x`, `badgeY + row × badgeRow` down from the top */
  readonly steps: ReadonlyArray<PlacedStep>;
  readonly badgeY: number;
  readonly badgeRow: number;
  readonly now: number | undefined;
  readonly legend: ReadonlyArray<PlacedLegendItem>;
}

/** Virtual seconds as the time controls show them: H:MM:SS. */
export function clock(t: number): string {
  const s = Math.floor(t);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** The count of a step function at time t (0 before its first point). */
function countAt(points: RolloutChartSeries['points'], t: number): number {
  let count = 0;
  for (const p of points) if (p.t <= t) count = p.count;
  return count;
}

/** A badge for mixed steps takes the colour of the most alarming among them. */
const ALARMS: ReadonlyArray<RolloutStepKind> = ['breaker', 'fail', 'stuck', 'replace'];

/**
 * Folds steps whose moments lie closer than `gap` px into one badge (a reconcile's stops and starts share an
 * instant; the text list beside the chart keeps every step).
 */
function clusterSteps(
  steps: RolloutChartData['steps'],
  xs: ReadonlyArray<number>,
  gap: number,
  rem: number,
): PlacedStep[] {
  const clusters: Array<{ x: number; members: number[] }> = [];
  xs.forEach((x, i) => {
    const last = clusters.at(-1);
    if (last && x - last.x < gap) last.members.push(i);
    else clusters.push({ x, members: [i] });
  });
  let before: { x: number; width: number; row: number } | undefined;
  return clusters.map(({ x, members }) => {
    const first = members[0]! + 1;
    const last = members[members.length - 1]! + 1;
    const kinds = new Set(members.map((i) => steps[i]!.kind));
    const text = first === last ? String(first) : `${first}–${last}`;
    const width = Math.max(2 * SIZES.badge * rem, (text.length * 0.6 * 0.75 + 0.8) * rem);
    const overlaps = before !== undefined && x - before.x < (width + before.width) / 2 + 2;
    const row = overlaps ? 1 - before!.row : 0;
    before = { x, width, row };
    return {
      key: steps[members[0]!]!.key,
      first,
      last,
      kind: kinds.size === 1 ? steps[members[0]!]!.kind : (ALARMS.find((k) => kinds.has(k)) ?? 'mixed'),
      title: members.map((i) => `${i + 1}. ${steps[i]!.label}`).join('\n'),
      x,
      width,
      row,
    };
  });
}

/** One label per bound, top to bottom, nudged apart so none overlap when bounds coincide. */
function labelBounds(bounds: ReadonlyArray<PlacedBound & { text: string }>, gap: number): PlacedLabel[] {
  const labels = [...bounds]
    .sort((a, b) => a.y - b.y)
    .map((b) => ({ key: b.key, cls: b.key, y: b.y, text: b.text }));
  for (let i = 1; i < labels.length; i++) {
    const above = labels[i - 1]!;
    if (labels[i]!.y - above.y < gap) labels[i] = { ...labels[i]!, y: above.y + gap };
  }
  return labels;
}

/**
 * Places everything the chart draws, in px, for a width and root font size. Pure: same data, same layout.
 * Old deployments are stacked under the new one, so the top edge is every task in flight, read against the
 * upper bound.
 */
export function layoutRollout(data: RolloutChartData, width: number, rem: number): RolloutLayout {
  const x0 = SIZES.left * rem;
  const x1 = Math.max(x0 + 10 * rem, width - SIZES.right * rem);
  const end = Math.max(data.until, data.from + 60);
  const x = scaleLinear().domain([data.from, end]).range([x0, x1]);

  const steps = clusterSteps(
    data.steps,
    data.steps.map((s) => x(s.at)),
    SIZES.badgeGap * rem,
    rem,
  );
  const rows = Math.max(1, ...steps.map((s) => s.row + 1));
  const top = (rows * SIZES.badgeRow + 0.75) * rem;
  const bottom = top + SIZES.plot * rem;

  // stacking order: oldest deployment at the bottom, the new one on top
  const stacked = [...data.series].reverse();
  const times = [...new Set([data.from, ...stacked.flatMap((s) => s.points.map((p) => p.t))])]
    .filter((t) => t >= data.from && t <= end)
    .sort((a, b) => a - b);
  const rowsAt = times.map((t) => stacked.map((s) => countAt(s.points, t)));
  const totals = rowsAt.map((r) => r.reduce((a, b) => a + b, 0));
  const yMax = Math.max(data.upper, data.desiredCount, ...totals, 1) + 1;
  const y = scaleLinear().domain([0, yMax]).range([bottom, top]);

  // each point holds until the next; the last one holds until the end of the window
  const ts = [...times, end];
  const extend = <T>(values: T[]): T[] => [...values, values[values.length - 1]!];
  const areas = stacked.map((s, i): PlacedArea => {
    const below = extend(rowsAt.map((r) => r.slice(0, i).reduce((a, b) => a + b, 0)));
    const mine = extend(rowsAt.map((r) => r[i]!));
    const idx = ts.map((_, k) => k);
    const shape = area<number>()
      .curve(curveStepAfter)
      .x((k) => x(ts[k]!))
      .y0((k) => y(below[k]!))
      .y1((k) => y(below[k]! + mine[k]!));
    const edge = line<number>()
      .curve(curveStepAfter)
      .x((k) => x(ts[k]!))
      .y((k) => y(below[k]! + mine[k]!));
    const oldIndex = stacked.slice(0, i).filter((o) => o.role === 'old').length;
    return { key: s.key, role: s.role, d: shape(idx) ?? '', edge: edge(idx) ?? '', hatch: oldIndex % 2 };
  });
  const total =
    line<number>()
      .curve(curveStepAfter)
      .x((k) => x(ts[k]!))
      .y((k) => y(extend(totals)[k]!))(ts.map((_, k) => k)) ?? '';

  const bounds = [
    {
      key: 'upper' as const,
      y: y(data.upper),
      text: `upper bound ${data.upper} (max ${data.maximumPercent} %)`,
    },
    { key: 'desired' as const, y: y(data.desiredCount), text: `desired ${data.desiredCount}` },
    {
      key: 'lower' as const,
      y: y(data.lower),
      text: `lower bound ${data.lower} (min ${data.minimumHealthyPercent} %)`,
    },
  ];
  const boundLabels = labelBounds(bounds, 1.25 * SIZES.font * rem);

  const xTicks = x.ticks(Math.max(2, Math.floor((x1 - x0) / (7 * rem)))).map((t) => ({
    key: `x${t}`,
    at: x(t),
    text: clock(t),
  }));
  const every = Math.max(1, Math.ceil(yMax / 6));
  const yTicks = Array.from({ length: Math.floor(yMax / every) + 1 }, (_, i) => i * every).map((v) => ({
    key: `y${v}`,
    at: y(v),
    text: String(v),
  }));

  const legendItems = [
    ...data.series.map((s) => ({
      key: `legend:${s.key}`,
      swatch: s.role,
      hatch: areas.find((a) => a.key === s.key)?.hatch ?? 0,
      text: `${s.role === 'new' ? 'new' : 'old'}: ${s.taskDefinition} (${s.status})`,
    })),
    { key: 'legend:total', swatch: 'total' as const, hatch: 0, text: 'all tasks in flight' },
  ];
  const legendTop = bottom + SIZES.bottom * rem;
  const legend = layoutLegendRows(legendItems, x0, width, legendTop, rem, SIZES, 1.5);
  const height = (legend.at(-1)?.y ?? legendTop) + SIZES.legendRow * rem;

  const lowerY = y(data.lower);
  const upperY = y(data.upper);
  return {
    width,
    height,
    plot: { x0, x1, top, bottom },
    band: { y: upperY, h: Math.max(0, lowerY - upperY) },
    areas,
    total,
    bounds: bounds.map(({ key, y: at }) => ({ key, y: at })),
    boundLabels,
    xTicks,
    yTicks,
    steps,
    badgeY: (SIZES.badge + 0.25) * rem,
    badgeRow: SIZES.badgeRow * rem,
    // no "now" line when the axis stops before it (the rollout settled long ago)
    now: data.until >= data.now ? x(data.now) : undefined,
    legend,
  };
}
