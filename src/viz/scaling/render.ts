import { select } from 'd3';
import { keyedJoin, type Layer } from '../shared/join';
import { remPx } from '../shared/scales';
import { drawPills, drawTimeTicks, joinTicks, translate } from '../shared/timeChart';
import { motionDuration, stopAnimations, type MotionPreference } from '../shared/transition';
import {
  layoutScaling,
  minuteAtX,
  SIZES,
  xOfMinute,
  type PlacedLegendItem,
  type PlacedPanel,
  type ScalingLayout,
} from './model';
import { SCALING_CSS } from './styles';
import type { ScalingChartData } from './types';

export interface ScalingRenderOptions {
  /** px; default: the container's width, or 720 when it reports none (jsdom) */
  readonly width?: number;
  /** px per rem; default: the document's root font size */
  readonly remPx?: number;
  readonly motion?: MotionPreference;
  /** the pointer moved over minute `i` of the window, or left the plot (undefined) */
  readonly onHover?: (minute: number | undefined) => void;
}

export interface ScalingRenderer {
  /** Redraws for new data; series, panels, bands and badges are joined by key, so nothing jumps. */
  update(data: ScalingChartData): void;
  /** Draws the cursor line at minute `i` of the window (undefined: none). */
  setCursor(minute: number | undefined): void;
  /** The layout of the last update (for tests). */
  readonly layout: ScalingLayout | undefined;
  /** Stops animations and removes everything the renderer added to the container. */
  destroy(): void;
}

const DEFAULT_WIDTH = 720;
let chartsCreated = 0;

/**
 * Creates the scaling chart inside `container` (with the container's own document, so it works in jsdom): an
 * SVG with role img named by the data's summary, holding a panel per quantity on one time axis (load, the
 * scaling metric with its target line and the alarms' state bands, tasks, instances), one path per series,
 * numbered activity badges (each with a title giving its cause), a "now" line, a cursor and a legend.
 * Paths are replaced, not animated: while scrubbing every frame brings new data, and a day of minutes per
 * series is one `d` attribute.
 */
export function createScalingChart(
  container: HTMLElement,
  options: ScalingRenderOptions = {},
): ScalingRenderer {
  const doc = container.ownerDocument;
  const prefix = `sc${++chartsCreated}`;
  const svg = select(container)
    .append('svg')
    .attr('class', 'sc-svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('role', 'img');
  svg.append('style').text(SCALING_CSS);
  const pattern = svg
    .append('defs')
    .append('pattern')
    .attr('id', `${prefix}-hatch`)
    .attr('class', 'sc-hatch')
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternTransform', 'rotate(45)');
  pattern.append('rect').attr('width', 6).attr('height', 6);
  pattern.append('path').attr('d', 'M0,0 V6');
  const layer = (cls: string) => svg.append('g').attr('class', cls).attr('aria-hidden', 'true') as Layer;
  const layers = {
    panels: layer('sc-panels'),
    bands: layer('sc-bands'),
    alarmLabels: layer('sc-alarm-labels'),
    target: layer('sc-target'),
    lines: layer('sc-lines'),
    x: layer('sc-x'),
    badges: layer('sc-badges'),
    now: layer('sc-now'),
    cursor: layer('sc-cursor'),
    legend: layer('sc-legend'),
  };
  const targetLine = layers.target.append('line');
  const targetText = layers.target.append('text');
  const nowLine = layers.now.append('line');
  const nowText = layers.now.append('text').text('now');
  const cursorLine = layers.cursor.append('line');
  layers.cursor.attr('display', 'none');
  const overlay = svg.append('rect').attr('class', 'sc-overlay');
  let layout: ScalingLayout | undefined;
  let data: ScalingChartData | undefined;
  let cursor: number | undefined;
  // what the panels and the legend were last drawn from: while scrubbing they rarely change, so a frame skips them
  let panelsDrawn = '';
  let legendDrawn = '';

  overlay.on('pointermove', (event: PointerEvent) => {
    if (!layout || !data || data.minutes === 0) return;
    const box = (svg.node() as SVGSVGElement).getBoundingClientRect();
    const scale = box.width > 0 ? layout.width / box.width : 1;
    options.onHover?.(minuteAtX(layout, data, (event.clientX - box.left) * scale));
  });
  overlay.on('pointerleave', () => options.onHover?.(undefined));

  function drawCursor(): void {
    const show = layout !== undefined && data !== undefined && cursor !== undefined && data.minutes > 0;
    layers.cursor.attr('display', show ? null : 'none');
    if (!show) return;
    const x = xOfMinute(layout!, cursor!);
    cursorLine.attr('x1', x).attr('x2', x).attr('y1', layout!.plot.top).attr('y2', layout!.plot.bottom);
  }

  function update(next: ScalingChartData): void {
    const width = options.width ?? (container.clientWidth || DEFAULT_WIDTH);
    const rem = options.remPx ?? remPx(doc);
    const duration = motionDuration(doc, options.motion);
    const L = layoutScaling(next, width, rem);
    layout = L;
    data = next;
    const { x0, x1, top, bottom } = L.plot;
    svg.attr('width', L.width).attr('height', L.height).attr('viewBox', `0 0 ${L.width} ${L.height}`);
    svg.attr('aria-label', next.summary);

    const panelsKey = JSON.stringify([x0, x1, rem, L.panels]);
    if (panelsKey !== panelsDrawn) {
      drawPanels(layers.panels, L.panels, x0, x1, rem, duration);
      panelsDrawn = panelsKey;
    }

    const lines = keyedJoin(layers.lines, 'sc-series', L.lines, duration, (g) => {
      g.append('path');
    }).all;
    lines
      .select('path')
      .attr('class', (l) => `sc-line sc-line-${l.style} sc-line-${l.key}`)
      .attr('d', (l) => l.d);

    layers.target.attr('display', L.target ? null : 'none');
    if (L.target) {
      targetLine.attr('x1', x0).attr('x2', x1).attr('y1', L.target.y).attr('y2', L.target.y);
      targetText
        .attr('x', x1 + 0.5 * rem)
        .attr('y', L.target.y)
        .text(L.target.text);
    }

    const bands = keyedJoin(layers.bands, 'sc-band', L.bands, duration, (g) => {
      g.append('rect');
      g.append('text');
    }).all;
    bands
      .select('rect')
      .attr('class', (b) => `sc-band-${b.state}`)
      .attr('fill', (b) => (b.state === 'INSUFFICIENT_DATA' ? `url(#${prefix}-hatch)` : null))
      .attr('x', (b) => b.x)
      .attr('y', (b) => b.y)
      .attr('width', (b) => b.width)
      .attr('height', (b) => b.height);
    bands
      .select('text')
      .attr('class', (b) => `sc-on-${b.state}`)
      .attr('x', (b) => b.x + 0.3 * rem)
      .attr('y', (b) => b.y + b.height / 2)
      .text((b) => b.text);
    const alarmLabels = keyedJoin(layers.alarmLabels, 'sc-alarm', L.alarmLabels, duration, (g) => {
      g.append('text').attr('class', 'sc-alarm-label');
    }).all;
    alarmLabels
      .select('text')
      .attr('x', x1 + 0.5 * rem)
      .attr('y', (a) => a.y)
      .text((a) => a.text);

    drawTimeTicks(layers.x, 'sc-tick-g', 'sc-tick', L.xTicks, bottom, rem, duration);

    nowLine.attr('x1', L.now).attr('x2', L.now).attr('y1', top).attr('y2', bottom);
    nowText.attr('x', L.now - 0.25 * rem).attr('y', top + 0.6 * rem);

    drawPills(
      layers.badges,
      'sc-badge',
      L.badges.map((b) => ({
        key: b.key,
        x: b.x,
        row: b.row,
        width: b.width,
        label: b.text,
        title: b.title,
        className: `sc-badge-${b.kind} sc-tier-${b.tier}`,
      })),
      { top: L.badgeY, rowHeight: L.badgeRow, plotBottom: L.plot.bottom, height: 2 * SIZES.badge * rem },
      duration,
    );
    const legendKey = JSON.stringify([rem, L.legend]);
    if (legendKey !== legendDrawn) {
      drawLegend(layers.legend, L.legend, rem, prefix, duration);
      legendDrawn = legendKey;
    }

    overlay
      .attr('x', x0)
      .attr('y', top)
      .attr('width', Math.max(0, x1 - x0))
      .attr('height', Math.max(0, bottom - top));
    if (cursor !== undefined) cursor = Math.min(cursor, Math.max(0, next.minutes - 1));
    drawCursor();
  }

  return {
    update,
    setCursor(minute) {
      cursor = minute;
      drawCursor();
    },
    get layout() {
      return layout;
    },
    destroy() {
      stopAnimations(svg.node()!);
      svg.remove();
    },
  };
}

/** Each panel: its title, its left axis, and a grid line with a label per y tick. */
function drawPanels(
  layer: Layer,
  panels: ReadonlyArray<PlacedPanel>,
  x0: number,
  x1: number,
  rem: number,
  duration: number,
): void {
  const all = keyedJoin(layer, 'sc-panel', panels, duration, (g) => {
    g.append('text').attr('class', 'sc-title');
    g.append('g').attr('class', 'sc-grid');
    g.append('line').attr('class', 'sc-axis sc-axis-y');
    g.append('line').attr('class', 'sc-axis sc-axis-x');
  }).all;
  all.attr('data-panel', (p) => p.key);
  all
    .select('.sc-title')
    .attr('x', x0)
    .attr('y', (p) => p.top - 0.75 * rem)
    .text((p) => p.title);
  all
    .select('.sc-axis-y')
    .attr('x1', x0)
    .attr('x2', x0)
    .attr('y1', (p) => p.top)
    .attr('y2', (p) => p.bottom);
  all
    .select('.sc-axis-x')
    .attr('x1', x0)
    .attr('x2', x1)
    .attr('y1', (p) => p.bottom)
    .attr('y2', (p) => p.bottom);
  all.each(function (p) {
    const grid = select(this).select<SVGGElement>('.sc-grid') as unknown as Layer;
    const g = joinTicks(grid, 'sc-tick-g', 'sc-tick', p.yTicks, duration);
    g.select('line')
      .attr('x1', x0)
      .attr('x2', x1)
      .attr('y1', (t) => t.at)
      .attr('y2', (t) => t.at);
    g.select('text')
      .attr('x', x0 - 0.4 * rem)
      .attr('y', (t) => t.at);
  });
}

const LEGEND_GLYPH = { out: '▲', in: '▼', set: '●', blocked: '✕' } as const;

function drawLegend(
  layer: Layer,
  items: ReadonlyArray<PlacedLegendItem>,
  rem: number,
  prefix: string,
  duration: number,
): void {
  const size = SIZES.swatch * rem;
  const all = keyedJoin(layer, 'sc-legend-item', items, duration, (g) => {
    g.append('line');
    g.append('rect');
    g.append('text').attr('class', 'sc-glyph');
    g.append('text').attr('class', 'sc-legend-text');
  }).all;
  all.attr('transform', (i) => translate(i.x, i.y));
  all
    .select('line')
    .attr('x2', size)
    .attr('display', (i) => (i.mark.kind === 'line' ? null : 'none'))
    .attr('class', (i) =>
      i.mark.kind === 'line' ? `sc-line sc-line-${i.mark.style} sc-line-${i.mark.cls}` : null,
    );
  all
    .select('rect')
    .attr('y', -0.45 * rem)
    .attr('height', 0.9 * rem)
    .attr('width', size)
    .attr('rx', (i) => (i.mark.kind === 'badge' ? 0.45 * rem : 0))
    .attr('display', (i) => (i.mark.kind === 'line' ? 'none' : null))
    .attr('class', (i) =>
      i.mark.kind === 'band'
        ? `sc-band-${i.mark.state}`
        : i.mark.kind === 'badge'
          ? `sc-lgb sc-lgb-${i.mark.badge} sc-lgb-${i.mark.tier}`
          : null,
    )
    .attr('fill', (i) =>
      i.mark.kind === 'band' && i.mark.state === 'INSUFFICIENT_DATA' ? `url(#${prefix}-hatch)` : null,
    );
  all
    .select('.sc-glyph')
    .attr('x', size / 2)
    .attr('text-anchor', 'middle')
    .attr('class', (i) => (i.mark.kind === 'badge' ? `sc-glyph sc-glyph-${i.mark.tier}` : 'sc-glyph'))
    .text((i) => (i.mark.kind === 'badge' ? LEGEND_GLYPH[i.mark.badge] : ''));
  all
    .select('.sc-legend-text')
    .attr('x', size + 0.5 * rem)
    .text((i) => i.text);
}
