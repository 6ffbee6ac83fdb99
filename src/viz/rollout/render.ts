import { select } from 'd3';
import { keyedJoin, type Joined, type Layer } from '../shared/join';
import { remPx } from '../shared/scales';
import { drawPills, drawTimeTicks, joinTicks, translate } from '../shared/timeChart';
import { animate, motionDuration, stopAnimations, type MotionPreference } from '../shared/transition';
import { layoutRollout, SIZES, type PlacedArea, type PlacedLegendItem, type RolloutLayout } from './layout';
import { ROLLOUT_CSS } from './styles';
import type { RolloutChartData } from './types';

export interface RolloutRenderOptions {
  /** px; default: the container's width, or 720 when it reports none (jsdom) */
  readonly width?: number;
  /** px per rem; default: the document's root font size */
  readonly remPx?: number;
  readonly motion?: MotionPreference;
}

export interface RolloutRenderer {
  /** Redraws for new data; deployments, steps and ticks are joined by key, so nothing jumps. */
  update(data: RolloutChartData): void;
  /** The layout of the last update (for tests). */
  readonly layout: RolloutLayout | undefined;
  /** Stops animations and removes everything the renderer added to the container. */
  destroy(): void;
}

const DEFAULT_WIDTH = 720;
let chartsCreated = 0;

/** Two hatch patterns (opposite directions) that tell old deployments apart without colour. */
function appendHatches(defs: Layer, prefix: string): void {
  [45, -45].forEach((angle, i) => {
    const p = defs
      .append('pattern')
      .attr('id', `${prefix}-hatch${i}`)
      .attr('class', 'ro-hatch')
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 8)
      .attr('height', 8)
      .attr('patternTransform', `rotate(${angle})`);
    p.append('rect').attr('width', 8).attr('height', 8);
    p.append('path').attr('d', 'M0,0 V8');
  });
}

/**
 * Creates the rollout chart inside `container` (with the container's own document, so it works in jsdom): an
 * SVG with role img named by the data's summary, holding the band between the bounds, the deployments as
 * stacked step areas (new solid, old hatched), the bound lines with their labels, a "now" line, numbered step
 * badges (each with a title giving its rule) and a legend.
 */
export function createRolloutChart(
  container: HTMLElement,
  options: RolloutRenderOptions = {},
): RolloutRenderer {
  const doc = container.ownerDocument;
  const prefix = `ro${++chartsCreated}`;
  const svg = select(container)
    .append('svg')
    .attr('class', 'ro-svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('role', 'img');
  svg.append('style').text(ROLLOUT_CSS);
  appendHatches(svg.append('defs') as unknown as Layer, prefix);
  const band = svg.append('rect').attr('class', 'ro-band');
  const layer = (cls: string) => svg.append('g').attr('class', cls).attr('aria-hidden', 'true') as Layer;
  const layers = {
    y: layer('ro-y'),
    areas: layer('ro-areas'),
    total: svg.append('path').attr('class', 'ro-total'),
    axes: layer('ro-axes'),
    x: layer('ro-x'),
    bounds: layer('ro-bounds'),
    labels: layer('ro-labels'),
    now: layer('ro-now'),
    steps: layer('ro-steps'),
    legend: layer('ro-legend'),
  };
  const axisY = layers.axes.append('line').attr('class', 'ro-axis');
  const axisX = layers.axes.append('line').attr('class', 'ro-axis');
  const nowLine = layers.now.append('line');
  const nowText = layers.now.append('text').text('now');
  let layout: RolloutLayout | undefined;

  function update(data: RolloutChartData): void {
    const width = options.width ?? (container.clientWidth || DEFAULT_WIDTH);
    const rem = options.remPx ?? remPx(doc);
    const duration = motionDuration(doc, options.motion);
    const L = layoutRollout(data, width, rem);
    layout = L;
    const { x0, x1, top, bottom } = L.plot;
    svg.attr('width', L.width).attr('height', L.height).attr('viewBox', `0 0 ${L.width} ${L.height}`);
    svg.attr('aria-label', data.summary);
    band
      .attr('x', x0)
      .attr('width', x1 - x0)
      .attr('y', L.band.y)
      .attr('height', L.band.h);
    axisY.attr('x1', x0).attr('x2', x0).attr('y1', top).attr('y2', bottom);
    axisX.attr('x1', x0).attr('x2', x1).attr('y1', bottom).attr('y2', bottom);

    const yTicks = joinTicks(layers.y, 'ro-tick-g', 'ro-tick', L.yTicks, duration);
    yTicks
      .select('line')
      .attr('x1', x0)
      .attr('x2', x1)
      .attr('y1', (t) => t.at)
      .attr('y2', (t) => t.at);
    yTicks
      .select('text')
      .attr('x', x0 - 0.5 * rem)
      .attr('y', (t) => t.at);
    drawTimeTicks(layers.x, 'ro-tick-g', 'ro-tick', L.xTicks, bottom, rem, duration);

    const areas = keyedJoin(layers.areas, 'ro-series', L.areas, duration, (g) => {
      g.append('path').attr('class', 'ro-area');
      g.append('path').attr('class', 'ro-edge');
    }).all;
    const fill = (a: PlacedArea) => (a.role === 'new' ? '' : `url(#${prefix}-hatch${a.hatch})`);
    areas
      .select('.ro-area')
      .attr('class', (a) => `ro-area ro-area-${a.role}`)
      .attr('fill', fill);
    areas.select('.ro-edge').attr('class', (a) => `ro-edge ro-edge-${a.role}`);
    animate(areas.select<SVGPathElement>('.ro-area') as unknown as Joined<PlacedArea>, duration, (attr) =>
      attr('d', (a) => a.d),
    );
    animate(areas.select<SVGPathElement>('.ro-edge') as unknown as Joined<PlacedArea>, duration, (attr) =>
      attr('d', (a) => a.edge),
    );
    layers.total.attr('d', L.total);

    const bounds = keyedJoin(layers.bounds, 'ro-bound', L.bounds, duration, (g) => {
      g.attr('class', (b) => `ro-bound ro-bound-${b.key}`);
      g.append('line');
    }).all;
    animate(bounds.select<SVGLineElement>('line') as unknown as typeof bounds, duration, (attr) => {
      attr('x1', () => x0);
      attr('x2', () => x1);
      attr('y1', (b) => b.y);
      attr('y2', (b) => b.y);
    });
    const labels = keyedJoin(layers.labels, 'ro-bound', L.boundLabels, duration, (g) => {
      g.append('text').attr('class', 'ro-bound-label');
    }).all;
    labels.attr('class', (l) => `ro-bound ro-bound-${l.cls}`);
    labels
      .select('text')
      .attr('x', x1 + 0.5 * rem)
      .attr('y', (l) => l.y)
      .text((l) => l.text);

    layers.now.attr('display', L.now === undefined ? 'none' : null);
    if (L.now !== undefined) {
      nowLine.attr('x1', L.now).attr('x2', L.now).attr('y1', top).attr('y2', bottom);
      nowText.attr('x', L.now - 0.25 * rem).attr('y', top + 0.6 * rem);
    }

    drawPills(
      layers.steps,
      'ro-step',
      L.steps.map((step) => ({
        key: step.key,
        x: step.x,
        row: step.row,
        width: step.width,
        label: step.first === step.last ? String(step.first) : `${step.first}–${step.last}`,
        title: step.title,
        className: `ro-step-${step.kind}`,
      })),
      { top: L.badgeY, rowHeight: L.badgeRow, plotBottom: L.plot.bottom, height: 2 * SIZES.badge * rem },
      duration,
    );
    drawLegend(layers.legend, L.legend, rem, prefix, duration);
  }

  return {
    update,
    get layout() {
      return layout;
    },
    destroy() {
      stopAnimations(svg.node()!);
      svg.remove();
    },
  };
}

function drawLegend(
  layer: Layer,
  items: ReadonlyArray<PlacedLegendItem>,
  rem: number,
  prefix: string,
  duration: number,
): void {
  const size = SIZES.swatch * rem;
  const all = keyedJoin(layer, 'ro-legend-item', items, duration, (g) => {
    g.append('rect');
    g.append('line').attr('class', 'ro-total');
    g.append('text');
  }).all;
  all.attr('transform', (i) => translate(i.x, i.y));
  all
    .select('rect')
    .attr('y', -size / 2)
    .attr('width', size)
    .attr('height', size)
    .attr('display', (i) => (i.swatch === 'total' ? 'none' : null))
    .attr('class', (i) => (i.swatch === 'new' ? 'ro-area-new' : null))
    .attr('fill', (i) => (i.swatch === 'old' ? `url(#${prefix}-hatch${i.hatch})` : null));
  all
    .select('line')
    .attr('x2', size)
    .attr('display', (i) => (i.swatch === 'total' ? null : 'none'));
  all
    .select('text')
    .attr('x', size + 0.5 * rem)
    .text((i) => i.text);
}
